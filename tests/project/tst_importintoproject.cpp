// Writing imported flows into a project: one transaction, nothing twice.
#include "import/importer.h"
#include "project/importintoproject.h"
#include "store/projectstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

namespace {

ImportResult table(const QString &markdown)
{
    return importText(markdown, SourceFormat::Markdown, u"t.md"_s);
}

const QString twoFlows = u"| Product | Source | Destination | Ports | Protocol | Purpose |\n"
                         u"| --- | --- | --- | --- | --- | --- |\n"
                         u"| P | Admin | vCenter Server | 443 | TCP | UI |\n"
                         u"| Q | vCenter Server | ESXi Host | 902 | TCP/UDP | heartbeat |\n"_s;

} // namespace

class TestImportIntoProject : public QObject
{
    Q_OBJECT

private slots:
    void addsFlowsComponentsProducts()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY(store);
        ImportSummary summary;
        QVERIFY2(importIntoProject(*store, { table(twoFlows) }, &summary, &error),
                 qPrintable(error));
        QCOMPARE(summary.flowsAdded, 3); // TCP/UDP is two flows
        QCOMPARE(summary.flowsAlreadyPresent, 0);
        QCOMPARE(summary.componentsAdded, 3);
        QCOMPARE(summary.productsAdded, 2);
        const QList<Product> products = store->products();
        QCOMPARE(products.size(), 2);
        QCOMPARE(products.at(0).color, productColor(0));
        QCOMPARE(products.at(1).color, productColor(1));
        QVERIFY(products.at(0).color != products.at(1).color);
        QCOMPARE(store->findComponent(u"admin"_s)->kind, guessComponentKind(u"Admin"_s));
    }

    void secondImportAddsNothing()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY(store);
        QVERIFY(importIntoProject(*store, { table(twoFlows) }, nullptr, &error));
        ImportSummary summary;
        QVERIFY(importIntoProject(*store, { table(twoFlows) }, &summary, &error));
        QCOMPARE(summary.flowsAdded, 0);
        QCOMPARE(summary.flowsAlreadyPresent, 3);
        QCOMPARE(summary.componentsAdded, 0);
        QCOMPARE(summary.productsAdded, 0);
        QCOMPARE(store->counts().flows, 3);
    }

    void namesMatchExistingComponents()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY(store);
        Component existing;
        existing.name = u"vCenter Server"_s;
        existing.kind = ComponentKind::Appliance;
        QVERIFY(store->addComponent(existing));
        const QString shouting = u"| Source | Destination | Ports | Protocol |\n|---|---|---|---|\n"
                                 u"| VCENTER SERVER. | esxi host | 443 | TCP |\n"_s;
        ImportSummary summary;
        QVERIFY(importIntoProject(*store, { table(shouting) }, &summary, &error));
        QCOMPARE(summary.componentsAdded, 1);
        QCOMPARE(store->findComponent(u"vCenter Server"_s)->kind, ComponentKind::Appliance);
        QCOMPARE(store->components().first().name, u"vCenter Server"_s);
    }

    void failedSourceWritesNothing()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY(store);
        ImportResult broken;
        broken.ok = false;
        QVERIFY(!importIntoProject(*store, { table(twoFlows), broken }, nullptr, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store->counts().flows, 0);
        QCOMPARE(store->counts().components, 0);
    }

    void readOnlyProjectWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.portolan"_s);
        QString error;
        QVERIFY(ProjectStore::create(path, &error));
        auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(!importIntoProject(*store, { table(twoFlows) }, nullptr, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store->counts().components, 0);
    }

    void paletteRepeats()
    {
        QCOMPARE(productColor(6), productColor(0));
        QCOMPARE(productColor(-1), productColor(5));
        QVERIFY(productColor(0).startsWith(u'#'));
    }
};

QTEST_GUILESS_MAIN(TestImportIntoProject)
#include "tst_importintoproject.moc"

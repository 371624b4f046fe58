// The bundled TKO sample: the seed sheet's flows, zoned the way the seed's
// own diagram groups them.
#include "domain/names.h"
#include "project/sample.h"
#include "project/snapshot.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

class TestSample : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<ProjectStore> loaded()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        if (!store || !loadSample(*store, u"tko"_s, &error))
            qWarning("%s", qPrintable(error));
        return store;
    }

private slots:
    void listed()
    {
        QVERIFY(sampleNames().contains(u"tko"_s));
        QVERIFY(sampleTitle(u"tko"_s).contains(u"Tanzu"_s));
    }

    void counts()
    {
        const auto store = loaded();
        QVERIFY(store);
        const ProjectCounts counts = store->counts();
        QCOMPARE(counts.products, 2);
        QCOMPARE(counts.flows, 33);
        QCOMPARE(counts.zones, 6);
        QCOMPARE(counts.components, 26);
        QCOMPARE(store->property(u"name"_s), sampleTitle(u"tko"_s));
    }

    void everyComponentIsZoned()
    {
        const auto store = loaded();
        const ProjectSnapshot project = Testing::readSnapshot(*store);
        for (const Component &component : project.components)
            QVERIFY2(component.zoneId != 0 && project.zone(component.zoneId),
                     qPrintable(component.name));
    }

    void everyComponentHasFlows()
    {
        // components.csv names exactly the sheet's endpoints: a typo there
        // would leave a zoned component without flows and an unzoned twin.
        const auto store = loaded();
        const ProjectSnapshot project = Testing::readSnapshot(*store);
        QSet<Id> used;
        for (const Flow &flow : project.flows)
            used << flow.sourceId << flow.destinationId;
        for (const Component &component : project.components)
            QVERIFY2(used.contains(component.id), qPrintable(component.name));
    }

    void grouping_data()
    {
        QTest::addColumn<QString>("component");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("kind");
        QTest::newRow("avi") << u"Avi Controller"_s << u"NSX Advanced Load Balancer"_s
                             << u"appliance"_s;
        QTest::newRow("se") << u"Avi Service Engine"_s << u"NSX Advanced Load Balancer"_s
                            << u"appliance"_s;
        QTest::newRow("vcenter") << u"vCenter Server"_s << u"vSphere infrastructure"_s
                                 << u"appliance"_s;
        QTest::newRow("esxi") << u"ESXi Host"_s << u"vSphere infrastructure"_s << u"host"_s;
        QTest::newRow("mgmt cidr")
            << u"TKG Management Cluster CIDR"_s << u"Tanzu Kubernetes Grid"_s << u"network"_s;
        QTest::newRow("dns") << u"DNS Server"_s << u"Shared services"_s << u"service"_s;
        QTest::newRow("harbor") << u"Harbor"_s << u"Shared services"_s << u"service"_s;
        QTest::newRow("tmc") << u"Tanzu Mission Control"_s << u"VMware SaaS"_s << u"saas"_s;
        QTest::newRow("client") << u"Management Client"_s << u"Admin clients"_s << u"client"_s;
        QTest::newRow("bootstrap") << u"Bootstrap Machine"_s << u"Admin clients"_s << u"client"_s;
    }

    void grouping()
    {
        QFETCH(QString, component);
        QFETCH(QString, zone);
        QFETCH(QString, kind);
        const auto store = loaded();
        const auto found = store->findComponent(component);
        QVERIFY(found);
        QCOMPARE(componentKindName(found->kind), kind);
        const auto foundZone = store->zone(found->zoneId);
        QVERIFY(foundZone);
        QCOMPARE(foundZone->name, zone);
    }

    void unknownSample()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY(store);
        QVERIFY(!loadSample(*store, u"nope"_s, &error));
        QVERIFY(error.contains(u"tko"_s));
        QCOMPARE(store->counts().flows, 0);
    }
};

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"

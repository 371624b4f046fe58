// Baselines: named read-only revisions inside the project file. Making one
// freezes the design, the addresses and the drawing; it never holds other
// baselines; it opens read-only and refuses every edit, leaving the file as
// it was; names follow the rules of names (unique, not "working"); the
// document makes, renames and deletes them as undo steps; a damaged one is
// reported, never trusted.
#include "document/projectdocument.h"
#include "project/revision.h"
#include "project/sample.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QtEndian>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestBaselines : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
    std::unique_ptr<ProjectStore> m_store;

    Baseline freeze(const QString &name, const QString &note = {})
    {
        Baseline baseline;
        baseline.name = name;
        baseline.note = note;
        baseline.author = u"Ana"_s;
        baseline.created = QDateTime::currentDateTimeUtc();
        const auto content = m_store->freezeProject();
        if (content)
            baseline.content = *content;
        return baseline;
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(
            u"project-%1.portolan"_s.arg(++m_count));
        QString error;
        m_store = ProjectStore::create(m_path, &error);
        QVERIFY2(m_store, qPrintable(error));
        QVERIFY2(loadSample(*m_store, u"tko"_s, &error), qPrintable(error));
        const Id prod = m_store->addEnvironment({ 0, u"Prod"_s });
        QVERIFY(m_store->addAddress(
            { 0, prod, m_store->findComponent(u"Harbor"_s)->id, u"ipv4"_s, u"10.0.20.17"_s }));
        DrawnItem box;
        box.key = u"c1"_s;
        box.box = QRectF(10, 20, 30, 40);
        QVERIFY(m_store->writeDrawing({ box }, {}));
    }

    void cleanup() { m_store.reset(); }

    void aBaselineFreezesDesignAddressesAndDrawing()
    {
        const Id id = m_store->addBaseline(freeze(u"1.0"_s, u"handed over to Prod"_s));
        QVERIFY2(id, qPrintable(m_store->errorString()));
        const ProjectSnapshot before = Testing::readSnapshot(*m_store);
        // Later edits never reach it.
        QVERIFY(m_store->removeFlow(before.flows.first().id));
        QVERIFY(m_store->updateComponent([&] {
            Component c = *m_store->findComponent(u"Harbor"_s);
            c.name = u"Registry"_s;
            return c;
        }()));
        QString error;
        const auto revision = readRevision(*m_store, u"1.0"_s, &error);
        QVERIFY2(revision, qPrintable(error));
        QCOMPARE(revision->name, u"1.0"_s);
        QVERIFY(!revision->isWorking());
        QCOMPARE(revision->baseline->note, u"handed over to Prod"_s);
        QCOMPARE(revision->baseline->author, u"Ana"_s);
        const ProjectSnapshot &frozen = revision->project;
        QCOMPARE(frozen.flows, before.flows);
        QCOMPARE(frozen.components, before.components);
        QCOMPARE(frozen.zones, before.zones);
        QCOMPARE(frozen.products, before.products);
        QCOMPARE(frozen.environments, before.environments);
        QCOMPARE(frozen.addresses, before.addresses);
        QCOMPARE(frozen.drawing.value(u"c1"_s).box, QRectF(10, 20, 30, 40));
        QVERIFY(frozen.baselines.isEmpty());
        // The working design is the other revision.
        const auto working = readRevision(*m_store, u"Working"_s, &error);
        QVERIFY(working && working->isWorking());
        QCOMPARE(working->project.flows.size(), before.flows.size() - 1);
    }

    void aBaselineNeverHoldsOtherBaselines()
    {
        QVERIFY(m_store->addBaseline(freeze(u"1.0"_s)));
        const qint64 first = m_store->baselines().constFirst().contentSize;
        QVERIFY(m_store->addBaseline(freeze(u"1.1"_s)));
        QVERIFY(m_store->addBaseline(freeze(u"1.2"_s)));
        const QList<Baseline> baselines = m_store->baselines();
        QCOMPARE(baselines.size(), 3);
        // Unchanged design: about the same size each time (the header's
        // change counter differs), not growing with the others.
        QVERIFY2(qAbs(baselines.at(2).contentSize - first) < 64,
                 qPrintable(u"%1 then %2"_s.arg(first).arg(baselines.at(2).contentSize)));
        QString error;
        const auto revision = readRevision(*m_store, u"1.2"_s, &error);
        QVERIFY2(revision, qPrintable(error));
        QVERIFY(revision->project.baselines.isEmpty());
    }

    void namesAreCheckedLikeEveryName()
    {
        QVERIFY(m_store->addBaseline(freeze(u"1.0"_s)));
        QCOMPARE(m_store->addBaseline(freeze(u" 1.0 "_s)), 0);
        QVERIFY(m_store->errorString().contains(u"already exists"_s));
        QCOMPARE(m_store->addBaseline(freeze(u"WORKING"_s)), 0);
        QVERIFY(m_store->errorString().contains(u"design as it is now"_s));
        QCOMPARE(m_store->addBaseline(freeze(u"  "_s)), 0);
        QVERIFY(m_store->errorString().contains(u"needs a name"_s));
        Baseline empty = freeze(u"2.0"_s);
        empty.content.clear();
        QCOMPARE(m_store->addBaseline(empty), 0);
        QVERIFY(m_store->findBaseline(u"1.0"_s));
        QString error;
        QVERIFY(!readRevision(*m_store, u"9.9"_s, &error));
        QCOMPARE(error, u"there is no baseline named \"9.9\" (there are \"1.0\")"_s);
    }

    void renamingKeepsWhatWasFrozen()
    {
        const Id id = m_store->addBaseline(freeze(u"1.0"_s));
        const QByteArray content = *m_store->baselineContent(id);
        Baseline renamed = *m_store->baseline(id);
        renamed.name = u"1.0 Prod"_s;
        renamed.note = u"signed off"_s;
        QVERIFY(m_store->updateBaseline(renamed));
        QCOMPARE(m_store->baseline(id)->name, u"1.0 Prod"_s);
        QCOMPARE(m_store->baseline(id)->note, u"signed off"_s);
        QCOMPARE(*m_store->baselineContent(id), content);
        QVERIFY(m_store->removeBaseline(id));
        QVERIFY(m_store->baselines().isEmpty());
    }

    // An open baseline is read-only: every edit is refused and the file is
    // left byte for byte as it was.
    void editingABaselineIsRefused()
    {
        const Id id = m_store->addBaseline(freeze(u"1.0"_s));
        m_store.reset();
        const QByteArray before = digest(m_path);
        QString error;
        auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error));
        auto opened = openBaseline(*store, *store->baseline(id), &error);
        QVERIFY2(opened, qPrintable(error));
        QVERIFY(opened->isReadOnly());
        QCOMPARE(opened->filePath(),
                 u"baseline \"1.0\" of project-%1.portolan"_s.arg(m_count));
        const ProjectSnapshot frozen = Testing::readSnapshot(*opened);
        Component added;
        added.name = u"New"_s;
        QCOMPARE(opened->addComponent(added), 0);
        QVERIFY(opened->errorString().contains(u"read-only"_s));
        QVERIFY(!opened->removeFlow(frozen.flows.first().id));
        QVERIFY(!opened->setProperty(u"name"_s, u"x"_s));
        QVERIFY(!opened->writeDrawing({}, { u"c1"_s }));
        ProjectDocument document(std::move(opened), nullptr, u"a baseline is read-only"_s);
        QVERIFY(document.isReadOnly());
        QVERIFY(!document.renameComponent(frozen.components.first().id, u"Other"_s));
        QCOMPARE(document.errorString(), u"a baseline is read-only"_s);
        QCOMPARE(document.undoStack()->count(), 0);
        store.reset();
        QCOMPARE(digest(m_path), before);
    }

    void damagedContentIsReportedNotTrusted_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << u"it holds no project"_s;
        QByteArray huge(8, '\0');
        qToBigEndian<quint32>(0xF0000000u, huge.data());
        QTest::newRow("claims 3.8 GB") << huge << u"more than a baseline may hold"_s;
        QTest::newRow("not zlib") << QByteArray("\0\0\0\x10garbage-garbage!", 20)
                                  << u"cannot be unpacked"_s;
        QTest::newRow("not a database") << qCompress(QByteArray(4096, 'x')) << u"baseline \"x\""_s;
        QTest::newRow("another SQLite file") << QByteArray() << u"is not a Portolan project"_s;
    }

    void damagedContentIsReportedNotTrusted()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        if (QByteArray(QTest::currentDataTag()) == "another SQLite file") {
            // A real database, but not a project: no Portolan id.
            QByteArray image = qUncompress(*m_store->freezeProject());
            image[68] = 0; // the application id, bytes 68-71
            content = qCompress(image);
        }
        QString error;
        QVERIFY(!ProjectStore::openBaseline(content, u"baseline \"x\""_s, &error));
        QVERIFY2(error.startsWith(u"baseline \"x\""_s), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // Making, renaming and deleting a baseline are one undo step each; undo
    // of a delete brings back what it froze.
    void theDocumentMakesThemAsUndoSteps()
    {
        m_store.reset();
        QString error;
        auto document = ProjectDocument::open(m_path, &error);
        QVERIFY2(document, qPrintable(error));
        QUndoStack *stack = document->undoStack();
        const Id id = document->createBaseline(u"1.0"_s, u"Prod"_s, u"Ana"_s);
        QVERIFY2(id, qPrintable(document->errorString()));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(document->project().baselines.size(), 1);
        QCOMPARE(document->project().baselines.constFirst().name, u"1.0"_s);
        const QByteArray content = *document->store().baselineContent(id);
        stack->undo();
        QVERIFY(document->project().baselines.isEmpty());
        QVERIFY(document->store().baselines().isEmpty());
        stack->redo();
        QCOMPARE(document->store().baseline(id)->name, u"1.0"_s);
        QCOMPARE(*document->store().baselineContent(id), content);

        QVERIFY(document->renameBaseline(id, u"1.0 Prod"_s));
        QCOMPARE(document->project().baseline(id)->name, u"1.0 Prod"_s);
        QVERIFY(!document->renameBaseline(id, u"working"_s));
        QVERIFY(document->deleteBaseline(id));
        QVERIFY(document->project().baselines.isEmpty());
        QCOMPARE(stack->count(), 3);
        stack->undo();
        QCOMPARE(document->project().baseline(id)->name, u"1.0 Prod"_s);
        QCOMPARE(*document->store().baselineContent(id), content);
        stack->undo();
        QCOMPARE(document->store().baseline(id)->name, u"1.0"_s);
        // A name taken is refused and pushes nothing.
        QCOMPARE(document->createBaseline(u"1.0"_s, {}, {}), 0);
        QCOMPARE(stack->count(), 3);
    }
};

QTEST_MAIN(TestBaselines)
#include "tst_baselines.moc"

// The import preview dialog on the TKO sample: it shows what an import would
// add without writing anything, imports as one undo step, shows the
// importer's warnings and errors, refuses files it cannot read, and re-reads
// when the default product changes. Also the sorting of dropped files.

#include "diagram/drawingkeeper.h"
#include "diagram/viewproject.h"
#include "document/projectdocument.h"
#include "document/storedump.h"
#include "import/componentimportdialog.h"
#include "import/droppedfiles.h"
#include "import/importmessagemodel.h"
#include "import/importpreviewdialog.h"
#include "import/importpreviewmodel.h"
#include "project/sample.h"
#include "store/projectstore.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Portolan;
using namespace Portolan::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString Header = u"| Product | Source | Destination | Ports | Protocols | Purpose |\n"
                       "| --- | --- | --- | --- | --- | --- |\n"_s;
// Already in the sample, word for word.
const QString KnownRow = u"| NSX Advanced Load Balancer | Avi Controller| Syslog | 514 | TCP | "
                         "Log Export|\n"_s;
const QString NewRow = u"| NSX Advanced Load Balancer | Avi Controller | NTP Server | 4444 | "
                       "TCP | Test feed |\n"_s;
const QString NewComponentRow = u"| NSX Advanced Load Balancer | Avi Controller | Backup "
                                "Appliance | 22 | TCP | Backups |\n"_s;

struct DialogParts
{
    QLabel *summary;
    QTableView *flows;
    QListView *messages;
    QLabel *problem;
    QLineEdit *defaultProduct;
    QPushButton *import;
};

DialogParts partsOf(const ImportPreviewDialog &dialog)
{
    return { dialog.findChild<QLabel *>(u"summary"_s),
             dialog.findChild<QTableView *>(u"flows"_s),
             dialog.findChild<QListView *>(u"messages"_s),
             dialog.findChild<QLabel *>(u"problem"_s),
             dialog.findChild<QLineEdit *>(u"defaultProduct"_s),
             dialog.findChild<QPushButton *>(u"import"_s) };
}

QStringList column(const QAbstractItemModel *model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data(role).toString());
    return values;
}

// Which cells of a column are marked as new (and shown in bold).
QList<bool> newMarks(const QAbstractItemModel *model, int column)
{
    QList<bool> marks;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        const bool bold = index.data(Qt::FontRole).value<QFont>().bold();
        if (bold != index.data(ImportPreviewModel::IsNewRole).toBool())
            qFatal("a new name not in bold, or the other way round");
        marks.append(bold);
    }
    return marks;
}

QMimeData *mimeWith(const QList<QUrl> &urls)
{
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

} // namespace

class TestImportPreview : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<QTemporaryDir> m_dir;

    ProjectStore &store() { return m_document->store(); }

    QString writeFile(const QString &name, const QByteArray &contents)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QString writeText(const QString &name, const QString &text)
    {
        return writeFile(name, text.toUtf8());
    }

private slots:
    void init()
    {
        QString error;
        auto projectStore = ProjectStore::createInMemory(&error);
        QVERIFY2(projectStore, qPrintable(error));
        QVERIFY2(loadSample(*projectStore, u"tko"_s, &error), qPrintable(error));
        m_document = std::make_unique<ProjectDocument>(std::move(projectStore));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_document.reset();
        m_dir.reset();
    }

    void previewWritesNothingAndImportIsOneUndoStep()
    {
        const QString path = writeText(u"flows.md"_s, Header + KnownRow + NewRow + NewComponentRow);
        const QStringList before = dump(store());
        const ProjectCounts counts = store().counts();

        ImportPreviewDialog dialog(m_document.get(), { path });
        dialog.show();
        const DialogParts parts = partsOf(dialog);
        QVERIFY(parts.summary && parts.flows && parts.import && parts.problem);
        QCOMPARE(parts.summary->text(),
                 u"2 flows to add, 1 already in the project, 1 new component"_s);
        QCOMPARE(parts.flows->model()->rowCount(), 2);
        QCOMPARE(column(parts.flows->model(), ImportPreviewModel::DestinationColumn),
                 QStringList({ u"NTP Server"_s, u"Backup Appliance"_s }));
        QCOMPARE(column(parts.flows->model(), ImportPreviewModel::PortsColumn),
                 QStringList({ u"4444"_s, u"22"_s }));
        // Only the new component is marked.
        const QAbstractItemModel *model = parts.flows->model();
        QCOMPARE(newMarks(model, ImportPreviewModel::DestinationColumn), QList({ false, true }));
        QCOMPARE(newMarks(model, ImportPreviewModel::SourceColumn), QList({ false, false }));
        QCOMPARE(newMarks(model, ImportPreviewModel::ProductColumn), QList({ false, false }));
        QVERIFY(parts.import->isEnabled());
        QVERIFY(parts.import->isDefault());
        QVERIFY(parts.problem->isHidden());
        // Nothing written by reading and planning.
        QCOMPARE(dump(store()), before);
        QCOMPARE(m_document->undoStack()->count(), 0);

        QTest::mouseClick(parts.import, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->undoText(), u"Import flows.md"_s);
        QCOMPARE(store().counts().flows, counts.flows + 2);
        QCOMPARE(store().counts().components, counts.components + 1);
        QCOMPARE(store().counts().products, counts.products);
        QCOMPARE(dialog.summary().flowsAdded, 2);
        QCOMPARE(dialog.summary().flowsAlreadyPresent, 1);
        QCOMPARE(dialog.summary().componentsAdded, 1);
        QCOMPARE(dialog.importedFlows().size(), 2);
        const auto backup = store().findComponent(u"Backup Appliance");
        QVERIFY(backup);
        const auto added = store().flow(dialog.importedFlows().at(1));
        QVERIFY(added);
        QCOMPARE(added->destinationId, backup->id);
        QCOMPARE(added->purpose, u"Backups"_s);

        // The same file again adds nothing, and says so.
        ImportPreviewDialog again(m_document.get(), { path });
        again.show();
        const DialogParts second = partsOf(again);
        QVERIFY(!second.import->isEnabled());
        QVERIFY2(second.problem->text().contains(u"already in the project"_s),
                 qPrintable(second.problem->text()));
        QVERIFY(second.summary->text().startsWith(u"0 flows to add, 3 already in the project"_s));

        m_document->undoStack()->undo();
        QCOMPARE(dump(store()), before);
        // The open dialog follows the project: there is something to add again.
        QVERIFY(second.import->isEnabled());
        QCOMPARE(second.flows->model()->rowCount(), 2);
    }

    void componentListPreviewThenOneUndoStep()
    {
        const QString path = writeText(u"cmdb.csv"_s,
                                       u"name,kind,zone,parent zone\n"
                                       u"Avi Controller,,Load balancing,Site A\n"
                                       u"Backup Appliance,appliance,Backup,Site A\n"
                                       u"Backup Appliance,host,Backup,Site A\n"_s);
        QVERIFY(m_document->storeDrawing(keptDrawing(viewProject(m_document->project(), 0))));
        QVERIFY(!m_document->project().drawing.isEmpty());
        const QStringList before = dump(store());
        ComponentImportDialog dialog(m_document.get(), path);
        dialog.show();
        const auto *summary = dialog.findChild<QLabel *>(u"summary"_s);
        const auto *rows = dialog.findChild<QTableView *>(u"rows"_s);
        const auto *messages = dialog.findChild<QListView *>(u"messages"_s);
        auto *import = dialog.findChild<QPushButton *>(u"import"_s);
        QVERIFY(summary && rows && messages && import);
        QCOMPARE(summary->text(), u"1 new component(s), 1 moved to another zone, 3 new zone(s)."_s);
        QCOMPARE(column(rows->model(), 1),
                 QStringList({ u"Avi Controller"_s, u"Backup Appliance"_s }));
        QCOMPARE(column(rows->model(), 3),
                 QStringList({ u"Site A › Load balancing"_s, u"Site A › Backup"_s }));
        QVERIFY(column(rows->model(), 4).at(0).startsWith(u"zone "_s));
        QCOMPARE(column(rows->model(), 4).at(1), u"new"_s);
        QCOMPARE(messages->model()->rowCount(), 1); // the repeated row
        QCOMPARE(dump(store()), before); // a preview writes nothing
        QVERIFY(import->isEnabled());
        // A list that moves components suggests laying the diagram out afresh.
        const auto *afresh = dialog.findChild<QCheckBox *>(u"layOutAfresh"_s);
        QVERIFY(afresh && afresh->isChecked());

        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->undoText(), u"Import components from cmdb.csv"_s);
        QVERIFY(m_document->project().drawing.isEmpty());
        const auto site = store().findZone(u"Site A"_s);
        QVERIFY(site);
        QCOMPARE(store().findZone(u"Backup"_s)->parentId, site->id);
        QCOMPARE(store().findComponent(u"Backup Appliance"_s)->kind, ComponentKind::Appliance);
        QCOMPARE(store().findComponent(u"Avi Controller"_s)->zoneId,
                 store().findZone(u"Load balancing"_s)->id);
        m_document->undoStack()->undo();
        QCOMPARE(dump(store()), before);
        m_document->undoStack()->redo();
        QCOMPARE(store().findComponent(u"Backup Appliance"_s)->zoneId,
                 store().findZone(u"Backup"_s)->id);

        // Once imported, the list changes nothing: Import is off, and says why.
        ComponentImportDialog again(m_document.get(), path);
        again.show();
        QVERIFY(!again.findChild<QPushButton *>(u"import"_s)->isEnabled());
        QVERIFY(again.findChild<QLabel *>(u"problem"_s)->text().contains(u"nothing to import"_s));
    }

    void previewFollowsProjectChanges()
    {
        const QString path = writeText(u"flows.md"_s, Header + NewComponentRow);
        ImportPreviewDialog dialog(m_document.get(), { path });
        const DialogParts parts = partsOf(dialog);
        QCOMPARE(parts.summary->text(), u"1 flow to add, 1 new component"_s);
        Component backup;
        backup.name = u"backup appliance"_s;
        QVERIFY(m_document->addComponent(backup));
        QCOMPARE(parts.summary->text(), u"1 flow to add"_s);
        QCOMPARE(newMarks(parts.flows->model(), ImportPreviewModel::DestinationColumn),
                 QList({ false }));
    }

    void warningsShowTheirLine()
    {
        const QString path = writeText(u"bad.md"_s,
                                       Header + NewRow
                                           + u"| NSX Advanced Load Balancer | Avi Controller | "
                                             "NTP Server | 70000 | TCP | Too high |\n"_s);
        const QStringList before = dump(store());
        ImportPreviewDialog dialog(m_document.get(), { path });
        dialog.show();
        const DialogParts parts = partsOf(dialog);
        const QAbstractItemModel *messages = parts.messages->model();
        QCOMPARE(messages->rowCount(), 1);
        const QString shown = messages->index(0, 0).data().toString();
        QVERIFY2(shown.startsWith(u"bad.md:4: warning: "_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"70000"_s), qPrintable(shown));
        QVERIFY(!messages->index(0, 0).data(ImportMessageModel::IsErrorRole).toBool());
        QVERIFY(parts.messages->isVisible());
        // The summary counts it, so that it is not missed.
        QVERIFY2(parts.summary->text().endsWith(u", 1 warning to read below"_s),
                 qPrintable(parts.summary->text()));
        // The good row can still be imported.
        QCOMPARE(parts.flows->model()->rowCount(), 1);
        QVERIFY(parts.import->isEnabled());
        QCOMPARE(dump(store()), before);
    }

    // A row whose lists were paired by guess: its flows carry the warning
    // sign and its line, an "(optional)" one is checked, and clicking the
    // warning selects exactly the flows of that row.
    void guessedPairingIsShownOnItsFlows()
    {
        const QString path
            = writeText(u"lists.md"_s,
                        u"| Source | Destination | Service | Purpose |\n|---|---|---|---|\n"
                        "| Admin | vCenter<br>ESXi | TCP:443<br>TCP:902 | UI<br>Console |\n"
                        "| Nodes | Harbor<br>Mirror | TCP:443<br>TCP:80 | Images |\n"
                        "| Nodes | Proxy<br>(optional) | TCP:3128 | Egress |\n"_s);
        ImportPreviewDialog dialog(m_document.get(), { path });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const DialogParts parts = partsOf(dialog);
        const QAbstractItemModel *flows = parts.flows->model();
        QCOMPARE(column(flows, ImportPreviewModel::DestinationColumn),
                 QStringList({ u"vCenter"_s, u"ESXi"_s, u"Harbor"_s, u"Mirror"_s, u"Proxy"_s }));
        QCOMPARE(column(flows, ImportPreviewModel::LineColumn),
                 QStringList({ u"lists.md:3"_s, u"lists.md:3"_s, u"lists.md:4"_s, u"lists.md:4"_s,
                               u"lists.md:5"_s }));
        QList<bool> warned;
        QList<bool> optional;
        for (int row = 0; row < flows->rowCount(); ++row) {
            const QModelIndex line = flows->index(row, ImportPreviewModel::LineColumn);
            warned.append(!line.data(Qt::DecorationRole).isNull());
            optional.append(
                flows->index(row, ImportPreviewModel::OptionalColumn).data(Qt::CheckStateRole)
                == Qt::Checked);
            if (warned.last())
                QVERIFY2(line.data(Qt::ToolTipRole).toString().contains(u"paired by position"_s),
                         qPrintable(line.data(Qt::ToolTipRole).toString()));
        }
        QCOMPARE(warned, QList({ false, false, true, true, false }));
        QCOMPARE(optional, QList({ false, false, false, false, true }));

        const QAbstractItemModel *messages = parts.messages->model();
        QCOMPARE(messages->rowCount(), 1);
        QVERIFY(messages->index(0, 0).data().toString().startsWith(u"lists.md:4: warning: "_s));
        const QRect rect = parts.messages->visualRect(messages->index(0, 0));
        QTest::mouseClick(parts.messages->viewport(), Qt::LeftButton, {}, rect.center());
        QList<int> selected;
        for (const QModelIndex &index : parts.flows->selectionModel()->selectedRows())
            selected.append(index.row());
        std::sort(selected.begin(), selected.end());
        QCOMPARE(selected, QList({ 2, 3 }));
    }

    void unreadableFileDisablesImport()
    {
        const QString good = writeText(u"good.md"_s, Header + NewRow);
        QByteArray garbage;
        for (int i = 0; i < 512; ++i)
            garbage.append(char(i % 7 == 0 ? 0 : i % 251));
        const QString bad = writeFile(u"garbage.csv"_s, garbage);
        const QStringList before = dump(store());

        ImportPreviewDialog dialog(m_document.get(), { good, bad });
        dialog.show();
        const DialogParts parts = partsOf(dialog);
        QVERIFY(!parts.import->isEnabled());
        QVERIFY(parts.problem->isVisible());
        QVERIFY2(parts.problem->text().contains(u"garbage.csv"_s),
                 qPrintable(parts.problem->text()));
        const QAbstractItemModel *messages = parts.messages->model();
        QStringList errors;
        for (int row = 0; row < messages->rowCount(); ++row) {
            if (messages->index(row, 0).data(ImportMessageModel::IsErrorRole).toBool())
                errors.append(messages->index(row, 0).data().toString());
        }
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().startsWith(u"garbage.csv: error: not a text file"_s),
                 qPrintable(errors.constFirst()));
        QCOMPARE(parts.flows->model()->rowCount(), 0);

        // Return cannot import either.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dump(store()), before);
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void defaultProductRereads()
    {
        const QString path
            = writeText(u"noproduct.md"_s,
                        u"| Source | Destination | Ports | Protocols | Purpose |\n"
                        "| --- | --- | --- | --- | --- |\n"
                        "| Bootstrap Machine | vCenter Server | 8443 | TCP | Test |\n"_s);
        const QStringList before = dump(store());
        ImportPreviewDialog dialog(m_document.get(), { path });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const DialogParts parts = partsOf(dialog);
        QCOMPARE(parts.defaultProduct->text(), QString());
        // The importer's own default: the file's name, a new product.
        QCOMPARE(parts.summary->text(), u"1 flow to add, 1 new product"_s);
        QCOMPARE(column(parts.flows->model(), ImportPreviewModel::ProductColumn),
                 QStringList { u"noproduct"_s });

        parts.defaultProduct->setFocus();
        QTest::keyClicks(parts.defaultProduct, u"Tanzu Kubernetes Grid"_s);
        QTest::keyClick(parts.defaultProduct, Qt::Key_Return);
        QCOMPARE(column(parts.flows->model(), ImportPreviewModel::ProductColumn),
                 QStringList { u"Tanzu Kubernetes Grid"_s });
        QCOMPARE(parts.summary->text(), u"1 flow to add"_s);
        // Return in the field refreshed the preview; it did not import.
        QVERIFY(dialog.isVisible());
        QCOMPARE(dump(store()), before);

        dialog.setDefaultProduct(u"Lab tools"_s);
        QCOMPARE(parts.summary->text(), u"1 flow to add, 1 new product"_s);
        QTest::mouseClick(parts.import, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto lab = store().findProduct(u"Lab tools");
        QVERIFY(lab);
        QCOMPARE(store().flow(dialog.importedFlows().value(0))->productId, lab->id);
    }

    void classifyDrop_data()
    {
        // Names under /data (or remote URLs), and what each is: Project,
        // Importable or Rejected.
        QTest::addColumn<QStringList>("dropped");
        QTest::addColumn<QString>("kinds");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("project") << QStringList { u"Platform.PORTOLAN"_s } << u"P"_s << true;
        QTest::newRow("tables") << QStringList { u"a.md"_s, u"b.Markdown"_s, u"c.CSV"_s, u"d.tsv"_s,
                                                 u"e.txt"_s }
                                << u"IIIII"_s << true;
        QTest::newRow("mixed") << QStringList { u"x.pdf"_s, u"p.portolan"_s, u"flows.md"_s }
                               << u"RPI"_s << true;
        QTest::newRow("only rejected")
            << QStringList { u"x.pdf"_s, u"README"_s, u"flows.md.zip"_s } << u"RRR"_s << false;
        QTest::newRow("remote") << QStringList { u"https://example.com/flows.md"_s } << u"R"_s
                                << false;
        QTest::newRow("nothing") << QStringList() << QString() << false;
    }

    void classifyDrop()
    {
        QFETCH(QStringList, dropped);
        QFETCH(QString, kinds);
        QList<QUrl> urls;
        DroppedFiles expected;
        for (qsizetype i = 0; i < dropped.size(); ++i) {
            const bool remote = dropped.at(i).startsWith(u"https:"_s);
            const QString path = remote ? dropped.at(i) : u"/data/"_s + dropped.at(i);
            urls.append(remote ? QUrl(path) : QUrl::fromLocalFile(path));
            const QChar kind = kinds.at(i);
            (kind == u'P'       ? expected.projects
                 : kind == u'I' ? expected.importable
                                : expected.rejected)
                .append(path);
        }
        const std::unique_ptr<QMimeData> mime(mimeWith(urls));
        const DroppedFiles files = Portolan::classifyDrop(mime.get());
        QCOMPARE(files.projects, expected.projects);
        QCOMPARE(files.importable, expected.importable);
        QCOMPARE(files.rejected, expected.rejected);
        QTEST(acceptsDrop(mime.get()), "accepted");
    }

    void droppedFolderAndText()
    {
        QVERIFY(QDir(m_dir->path()).mkdir(u"tables.md"_s));
        const std::unique_ptr<QMimeData> folder(
            mimeWith({ QUrl::fromLocalFile(m_dir->filePath(u"tables.md"_s)) }));
        QCOMPARE(Portolan::classifyDrop(folder.get()).rejected.size(), 1);
        QVERIFY(!acceptsDrop(folder.get()));

        QMimeData text;
        text.setText(u"/data/flows.md"_s);
        QVERIFY(!acceptsDrop(&text));
        QVERIFY(!acceptsDrop(nullptr));
    }

    void rejectedMessage()
    {
        QCOMPARE(rejectedDropMessage({ u"/data/x.pdf"_s }),
                 u"Portolan cannot import “x.pdf”: only markdown (.md) and CSV (.csv, .tsv) "
                 "files can be imported."_s);
        QCOMPARE(rejectedDropMessage({ u"/data/x.pdf"_s, u"https://example.com/a.md"_s }),
                 u"Portolan cannot import “x.pdf”, “https://example.com/a.md”: only markdown "
                 "(.md) and CSV (.csv, .tsv) files can be imported."_s);
        QCOMPARE(rejectedDropMessage({}), QString());
    }
};

QTEST_MAIN(TestImportPreview)
#include "tst_importpreview.moc"

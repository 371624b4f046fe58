// Baselines from the window: File → Baselines… on the TKO sample, through
// the real main window — made, refused, renamed, noted and deleted in the
// dialog as undo steps; one opened read-only in a window of its own that
// refuses every edit and leaves the file as it was. (The handover pack
// recorded as a baseline: tst_handoveractions.)
#include "baselineactions.h"
#include "baselines/baselinesdialog.h"
#include "diagram/diagrameditor.h"
#include "diagram/diagrampane.h"
#include "document/projectdocument.h"
#include "domain/names.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "preferences.h"
#include "project/sample.h"
#include "recentfiles.h"
#include "store/projectstore.h"
#include "tables/componentspanel.h"
#include "tables/componenttablemodel.h"
#include "whenshown.h"
#include "workspacedocks.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Portolan;
using namespace Portolan::Testing;
using namespace Qt::StringLiterals;

class TestBaselineWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    ProjectDocument *document() const { return m_window->document(); }
    QUndoStack *undo() const { return document()->undoStack(); }
    ProjectStore *store() const { return &document()->store(); }
    BaselinesDialog *openDialog() const
    {
        QAction *action = menuAction(u"baselines"_s);
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        return m_window->baselines()->dialog();
    }
    QStringList baselineNames() const { return namesOf(document()->project().baselines); }
    QStringList listedNames(BaselinesDialog *dialog) const
    {
        QStringList names;
        for (int row = 0; row < dialog->list()->topLevelItemCount(); ++row)
            names.append(dialog->list()->topLevelItem(row)->text(0));
        return names;
    }
    Id baselineId(const QString &name) const { return store()->findBaseline(name)->id; }
    // The project file as it is on disk.
    QByteArray fileBytes() const
    {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QAction *menuAction(const QString &name) const
    {
        for (QAction *top : m_window->menuBar()->actions()) {
            if (!top->menu())
                continue;
            for (QAction *action : top->menu()->actions()) {
                if (action->objectName() == name)
                    return action;
            }
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PortolanTests"_s);
        QCoreApplication::setApplicationName(u"tst_baselinewindow"_s);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        Preferences::setAuthor(u"Ada Lovelace"_s);
        m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".portolan"_s);
        QString error;
        auto store = ProjectStore::create(m_path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(loadSample(*store, u"tko"_s, &error), qPrintable(error));
        store.reset();
        m_window = std::make_unique<MainWindow>(nullptr, QStringLiteral(PORTOLAN_BINARY));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(m_path));
    }

    void cleanup()
    {
        if (m_window) {
            for (MainWindow *window : m_window->baselines()->openWindows())
                delete window;
        }
        m_window.reset();
    }

    void createThroughTheDialog()
    {
        BaselinesDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->list()->topLevelItemCount(), 0);
        QVERIFY(dialog->newButton()->isEnabled());
        QVERIFY(!dialog->deleteButton()->isEnabled()); // nothing selected

        const int steps = undo()->count();
        QString suggested;
        bool asked = false;
        whenShown<BaselineEditDialog>(
            [&](BaselineEditDialog *edit) {
                suggested = edit->nameEdit()->text();
                edit->nameEdit()->setText(u"1.0"_s);
                edit->noteEdit()->setPlainText(u"handed over to the firewall team"_s);
                edit->accept();
            },
            &asked);
        dialog->newButton()->click();
        QVERIFY(asked);
        QCOMPARE(suggested, u"Baseline 1"_s);
        QCOMPARE(baselineNames(), QStringList { u"1.0"_s });
        const Baseline made = document()->project().baselines.constFirst();
        QCOMPARE(made.note, u"handed over to the firewall team"_s);
        QCOMPARE(made.author, u"Ada Lovelace"_s);
        QCOMPARE(undo()->count(), steps + 1);
        QCOMPARE(undo()->undoText(), u"Create baseline “1.0”"_s);
        // Listed with its local time, author and note, and selected.
        QCOMPARE(dialog->list()->topLevelItemCount(), 1);
        const QTreeWidgetItem *row = dialog->list()->topLevelItem(0);
        QCOMPARE(row->text(0), u"1.0"_s);
        QCOMPARE(row->text(1),
                 QLocale().toString(made.created.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(row->text(2), u"Ada Lovelace"_s);
        QCOMPARE(row->text(3), u"handed over to the firewall team"_s);
        QCOMPARE(dialog->currentId(), made.id);
        QVERIFY(dialog->deleteButton()->isEnabled());

        // The list follows undo and redo; the file too.
        undo()->undo();
        QCOMPARE(dialog->list()->topLevelItemCount(), 0);
        QVERIFY(!store()->findBaseline(u"1.0"_s));
        undo()->redo();
        QCOMPARE(listedNames(dialog), QStringList { u"1.0"_s });
        QVERIFY(store()->findBaseline(u"1.0"_s));
    }

    void emptyAndDuplicateNamesAreRefused()
    {
        QVERIFY(document()->createBaseline(u"1.0"_s, {}, u"Ada"_s));
        BaselinesDialog *dialog = openDialog();
        QVERIFY(dialog);
        const int steps = undo()->count();
        QStringList refusals;
        bool stayedOpen = true;
        bool asked = false;
        whenShown<BaselineEditDialog>(
            [&](BaselineEditDialog *edit) {
                for (const QString &name : { u" 1.0. "_s, u"   "_s, u"WORKING"_s }) {
                    edit->nameEdit()->setText(name);
                    whenShown<QMessageBox>([&](QMessageBox *box) {
                        refusals.append(box->text());
                        box->accept();
                    });
                    edit->accept(); // shows the refusal and stays open
                    stayedOpen = stayedOpen && edit->isVisible();
                }
                edit->reject();
            },
            &asked);
        dialog->newButton()->click();
        QVERIFY(asked);
        QVERIFY(stayedOpen);
        QCOMPARE(refusals.size(), 3);
        QCOMPARE(refusals.at(0),
                 u"There is already a baseline named “1.0”; choose another name."_s);
        QCOMPARE(refusals.at(1), u"Give the baseline a name."_s);
        QVERIFY2(refusals.at(2).contains(u"the design as it is now"_s), qPrintable(refusals.at(2)));
        QCOMPARE(baselineNames(), QStringList { u"1.0"_s });
        QCOMPARE(undo()->count(), steps);

        // Renaming into a taken name is refused the same way.
        QVERIFY(document()->createBaseline(u"2.0"_s, {}, u"Ada"_s));
        dialog->selectBaseline(baselineId(u"2.0"_s));
        QString refusal;
        whenShown<BaselineEditDialog>([&](BaselineEditDialog *edit) {
            edit->nameEdit()->setText(u"1.0"_s);
            whenShown<QMessageBox>([&](QMessageBox *box) {
                refusal = box->text();
                box->accept();
            });
            edit->accept();
            edit->reject();
        });
        dialog->renameButton()->click();
        QCOMPARE(refusal, u"There is already a baseline named “1.0”; choose another name."_s);
        QCOMPARE(baselineNames(), (QStringList { u"1.0"_s, u"2.0"_s }));
    }

    void renameAndEditTheNote()
    {
        QVERIFY(document()->createBaseline(u"1.0"_s, u"first"_s, u"Ada"_s));
        BaselinesDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->selectBaseline(baselineId(u"1.0"_s));
        const int steps = undo()->count();
        bool noteShown = true;
        whenShown<BaselineEditDialog>([&](BaselineEditDialog *edit) {
            noteShown = edit->noteEdit()->isVisible();
            edit->nameEdit()->setText(u"1.0 final"_s);
            edit->accept();
        });
        dialog->renameButton()->click();
        QVERIFY(!noteShown);
        QCOMPARE(baselineNames(), QStringList { u"1.0 final"_s });
        QCOMPARE(listedNames(dialog), QStringList { u"1.0 final"_s });
        QCOMPARE(undo()->count(), steps + 1);

        QString shownNote;
        bool nameShown = true;
        whenShown<BaselineEditDialog>([&](BaselineEditDialog *edit) {
            shownNote = edit->noteEdit()->toPlainText();
            nameShown = edit->nameEdit()->isVisible();
            edit->noteEdit()->setPlainText(u"signed off by the CAB"_s);
            edit->accept();
        });
        dialog->noteButton()->click();
        QCOMPARE(shownNote, u"first"_s);
        QVERIFY(!nameShown);
        QCOMPARE(document()->project().baselines.constFirst().note, u"signed off by the CAB"_s);
        QCOMPARE(dialog->list()->topLevelItem(0)->text(3), u"signed off by the CAB"_s);
        QCOMPARE(undo()->count(), steps + 2);

        undo()->undo();
        QCOMPARE(dialog->list()->topLevelItem(0)->text(3), u"first"_s);
        undo()->undo();
        QCOMPARE(listedNames(dialog), QStringList { u"1.0"_s });
        QCOMPARE(store()->findBaseline(u"1.0"_s)->note, u"first"_s);
    }

    void deleteAsksFirstAndUndoBringsItBack()
    {
        QVERIFY(document()->createBaseline(u"1.0"_s, u"first"_s, u"Ada"_s));
        BaselinesDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->selectBaseline(baselineId(u"1.0"_s));
        const int steps = undo()->count();

        QString question;
        whenShown<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        dialog->deleteButton()->click();
        QCOMPARE(question, u"Delete baseline “1.0”? Edit → Undo brings it back."_s);
        QCOMPARE(baselineNames(), QStringList { u"1.0"_s });
        QCOMPARE(undo()->count(), steps);

        whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        dialog->deleteButton()->click();
        QVERIFY(baselineNames().isEmpty());
        QCOMPARE(dialog->list()->topLevelItemCount(), 0);
        QVERIFY(!store()->findBaseline(u"1.0"_s));
        QCOMPARE(undo()->count(), steps + 1);

        undo()->undo();
        QCOMPARE(listedNames(dialog), QStringList { u"1.0"_s });
        // Back whole: it still opens.
        dialog->selectBaseline(baselineId(u"1.0"_s));
        MainWindow *window = m_window->baselines()->openBaseline(baselineId(u"1.0"_s));
        QVERIFY(window);
        QCOMPARE(window->document()->project().components.size(),
                 document()->project().components.size());
    }

    void aBaselineOpensReadOnlyInANewWindow()
    {
        QVERIFY(document()->createBaseline(u"1.0"_s, {}, u"Ada"_s));
        // The design moves on after the baseline.
        const Component first = document()->project().components.constFirst();
        QVERIFY(document()->renameComponent(first.id, u"Renamed after 1.0"_s));
        const QStringList recent = m_window->fileActions()->recentFiles()->files();
        // Nothing more of the window's own is written (its first layout).
        QTRY_VERIFY_WITH_TIMEOUT(m_window->diagram()->isSettled(), 30000);
        const QByteArray before = fileBytes();
        QVERIFY(!before.isEmpty());

        BaselinesDialog *dialog = openDialog();
        QVERIFY(dialog);
        // Double-clicking the row opens it.
        QTreeWidget *list = dialog->list();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QRect row = list->visualItemRect(list->topLevelItem(0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(m_window->baselines()->openWindows().size(), 1);
        QPointer<MainWindow> window = m_window->baselines()->openWindows().constFirst();
        QVERIFY(window != m_window.get() && window->isVisible());
        QVERIFY(window->testAttribute(Qt::WA_DeleteOnClose));
        ProjectDocument *frozen = window->document();
        QVERIFY(frozen);
        QVERIFY(frozen->isReadOnly());
        QVERIFY2(window->windowTitle().contains(u"baseline “1.0” (read-only)"_s),
                 qPrintable(window->windowTitle()));
        auto *bar = window->findChild<QLabel *>(u"readOnlyBar"_s);
        QVERIFY(bar && bar->isVisible());
        QVERIFY2(bar->text().startsWith(u"Baseline “1.0” is read-only"_s), qPrintable(bar->text()));
        // It shows the project as it was frozen.
        QCOMPARE(frozen->project().component(first.id)->name, first.name);
        QCOMPARE(document()->project().component(first.id)->name, u"Renamed after 1.0"_s);

        // Every edit is refused, with the reason.
        QVERIFY(!window->diagramEditor()->newComponentAction()->isEnabled());
        QVERIFY(!frozen->renameComponent(first.id, u"Changed in the baseline"_s));
        QVERIFY(frozen->errorString().startsWith(u"Baseline “1.0” is read-only"_s));
        Component extra;
        extra.name = u"Added to the baseline"_s;
        QVERIFY(!frozen->addComponent(extra));
        ComponentTableModel *table = window->docks()->components()->model();
        int firstRow = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->index(r, ComponentTableModel::NameColumn).data().toString() == first.name)
                firstRow = r;
        }
        QVERIFY(firstRow >= 0);
        QVERIFY(!table->setData(table->index(firstRow, ComponentTableModel::NameColumn),
                                u"Changed in the table"_s));
        QVERIFY2(window->statusBar()->currentMessage().startsWith(u"Baseline “1.0” is read-only"_s),
                 qPrintable(window->statusBar()->currentMessage()));
        QCOMPARE(frozen->project().component(first.id)->name, first.name);
        // Its own Baselines dialog changes nothing.
        BaselinesDialog *own = window->baselines()->showDialog();
        QVERIFY(own);
        QVERIFY(!own->newButton()->isEnabled());
        own->close();

        // The file is as it was, and the recent files are the project's.
        QCOMPARE(fileBytes(), before);
        QCOMPARE(m_window->fileActions()->recentFiles()->files(), recent);
        QCOMPARE(document()->project().component(first.id)->name, u"Renamed after 1.0"_s);

        // Closing the window deletes it.
        window->close();
        QTRY_VERIFY(window.isNull());
        QVERIFY(m_window->baselines()->openWindows().isEmpty());
        QCOMPARE(fileBytes(), before);
    }

    void aReadOnlyProjectLeavesOnlyOpen()
    {
        QVERIFY(document()->createBaseline(u"1.0"_s, {}, u"Ada"_s));
        MainWindow second(nullptr, QStringLiteral(PORTOLAN_BINARY));
        second.show();
        QVERIFY(second.openProject(m_path)); // in use here: read-only there
        QVERIFY(second.document()->isReadOnly());
        BaselinesDialog *dialog = second.baselines()->showDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->topLevelItemCount(), 1);
        QVERIFY(dialog->currentId());
        QVERIFY(dialog->openButton()->isEnabled());
        for (QPushButton *button : { dialog->newButton(), dialog->renameButton(),
                                     dialog->noteButton(), dialog->deleteButton() })
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
        dialog->deleteCurrent(); // refused without asking
        QCOMPARE(second.document()->project().baselines.size(), 1);

        for (MainWindow *window : second.baselines()->openWindows())
            delete window;
    }
};

QTEST_MAIN(TestBaselineWindow)
#include "tst_baselinewindow.moc"

// The handover pack from the window: File → Export Handover Pack and File →
// Print Handover Pack on the TKO sample with the Lab plan, through the real
// main window — the dialog's choices remembered, the author of Edit →
// Preferences, the PDF read back with pdfinfo and pdftotext, and the print
// preview's pages (a printer turns no page: the diagram is turned instead);
// a pack recorded as a baseline, which its title block names.
#include "addressing/addressplan.h"
#include "dialogs/preferencesdialog.h"
#include "document/projectdocument.h"
#include "domain/names.h"
#include "environment/currentenvironment.h"
#include "handover/handoverdialog.h"
#include "handoveractions.h"
#include "mainwindow.h"
#include "pdfreader.h"
#include "preferences.h"
#include "project/sample.h"
#include "store/projectstore.h"
#include "whenshown.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Portolan;
using namespace Portolan::Testing;
using namespace Qt::StringLiterals;

class TestHandoverActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    HandoverActions *handover() const { return m_window->handover(); }
    QStringList baselineNames() const { return namesOf(m_window->document()->project().baselines); }
    // The action of that object name in the window's menus (null if none).
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
        QCoreApplication::setApplicationName(u"tst_handoveractions"_s);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".portolan"_s);
        QString error;
        auto store = ProjectStore::create(m_path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(loadSample(*store, u"tko"_s, &error), qPrintable(error));
        const Id lab = ensureEnvironment(*store, u"Lab"_s, &error);
        QVERIFY(lab);
        QVERIFY(setZonePrefix(*store, lab, store->findZone(u"Shared services"_s)->id,
                              u"10.0.20.0/24"_s, 120, u"10.0.20.1"_s, &error));
        QFile plan(QStringLiteral(PORTOLAN_TEST_DATA "/handover/tko-lab-plan.csv"));
        QVERIFY(plan.open(QIODevice::ReadOnly));
        QStringList messages;
        QVERIFY2(loadPlan(*store, lab, QString::fromUtf8(plan.readAll()), &messages, &error),
                 qPrintable(error));
        store.reset();
        m_window = std::make_unique<MainWindow>(nullptr, QStringLiteral(PORTOLAN_BINARY));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(m_path));
        QCOMPARE(m_window->environment()->name(), u"Lab"_s);
    }

    void cleanup() { m_window.reset(); }

    void actionsFollowTheEnvironment()
    {
        QAction *exportAction = menuAction(u"exportHandover"_s);
        QAction *printAction = menuAction(u"printHandover"_s);
        QVERIFY(exportAction && printAction);
        QCOMPARE(printAction->shortcut(), QKeySequence(QKeySequence::Print));
        QVERIFY(exportAction->isEnabled());
        QVERIFY(printAction->isEnabled());
        QVERIFY(m_window->document()->deleteEnvironment(m_window->environment()->id()));
        QVERIFY(!exportAction->isEnabled());
        QVERIFY(!printAction->isEnabled());
        m_window->document()->undoStack()->undo();
        QVERIFY(exportAction->isEnabled());
    }

    void choicesAreRememberedAndTheAuthorComesFromThePreferences()
    {
        // Edit → Preferences, as the user fills it in.
        bool shown = false;
        whenShown<PreferencesDialog>(
            [](PreferencesDialog *dialog) {
                dialog->authorEdit()->setText(u"  Ada Lovelace "_s);
                dialog->accept();
            },
            &shown);
        menuAction(u"preferences"_s)->trigger();
        QVERIFY(shown);
        QCOMPARE(Preferences::author(), u"Ada Lovelace"_s);

        HandoverChoices choices = handover()->rememberedChoices();
        QCOMPARE(choices.pack.author, u"Ada Lovelace"_s);
        QCOMPARE(choices.pages.paper.id(), QPageSize::A4);
        QCOMPARE(choices.pack.revision, QString());
        choices.pages.paper = QPageSize(QPageSize::Letter);
        choices.pages.diagramOrientation = DiagramOrientation::Portrait;
        choices.pack.consolidation = Consolidation::Ports;
        choices.pack.revision = u"1.2"_s;
        handover()->remember(choices);
        const HandoverChoices back = handover()->rememberedChoices();
        QCOMPARE(back.pages.paper.id(), QPageSize::Letter);
        QCOMPARE(back.pages.diagramOrientation, DiagramOrientation::Portrait);
        QCOMPARE(back.pack.consolidation, Consolidation::Ports);
        QCOMPARE(back.pack.revision, u"1.2"_s); // of this project's Lab

        // The dialog shows and returns them.
        HandoverDialog dialog(u"Lab"_s, u"Save PDF…"_s);
        dialog.setChoices(back);
        QCOMPARE(dialog.paperBox()->currentText(), u"Letter"_s);
        QCOMPARE(dialog.revisionEdit()->text(), u"1.2"_s);
        QCOMPARE(dialog.authorEdit()->text(), u"Ada Lovelace"_s);
        dialog.orientationBox()->setCurrentIndex(2);
        dialog.authorEdit()->setText(u" Grace Hopper "_s);
        const HandoverChoices edited = dialog.choices();
        QCOMPARE(edited.pages.diagramOrientation, DiagramOrientation::Landscape);
        QCOMPARE(edited.pack.author, u"Grace Hopper"_s);
        QCOMPARE(edited.pack.consolidation, Consolidation::Ports);
        // The author typed for a pack is the next pack's, and the preference.
        handover()->remember(edited);
        QCOMPARE(handover()->rememberedChoices().pack.author, u"Grace Hopper"_s);
        QCOMPARE(Preferences::author(), u"Grace Hopper"_s);
    }

    void exportWritesThePackOfTheCurrentEnvironment()
    {
        HandoverChoices choices = handover()->rememberedChoices();
        choices.pack.author = u"Ada Lovelace"_s;
        choices.pack.revision = u"3"_s;
        const QString pdf = m_dir.filePath(u"lab.pdf"_s);
        QSignalSpy messages(handover(), &HandoverActions::message);
        QVERIFY(handover()->exportTo(pdf, choices));
        QCOMPARE(messages.last().first().toString(),
                 u"Wrote the handover pack of Lab to lab.pdf."_s);
        // The diagram's pages (a map and its parts on A4) start on page 2.
        QVERIFY(PdfReader::text(pdf, 2).contains(u"Port diagram · Lab"_s));
        const QString text = PdfReader::text(pdf);
        for (const QString &expected :
             { u"Network handover pack · Lab"_s, u"Ada Lovelace"_s, u"Handover pack · revision 3"_s,
               u"*.tmc.cloud.vmware.com"_s, u"Sign-off"_s })
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void printPreviewShowsEveryPage()
    {
        bool chose = false;
        bool previewed = false;
        int previewPages = 0;
        whenShown<HandoverDialog>(
            [&](HandoverDialog *dialog) {
                dialog->revisionEdit()->setText(u"print-1"_s);
                whenShown<QPrintPreviewDialog>(
                    [&](QPrintPreviewDialog *preview) {
                        auto *widget = preview->findChild<QPrintPreviewWidget *>();
                        previewPages = widget ? widget->pageCount() : -1;
                        preview->reject();
                    },
                    &previewed);
                dialog->accept();
            },
            &chose);
        handover()->printAction()->trigger();
        QVERIFY(chose);
        QVERIFY(previewed);
        QVERIFY2(previewPages >= 6, qPrintable(QString::number(previewPages)));
        QCOMPARE(handover()->rememberedChoices().pack.revision, u"print-1"_s);

        // What the printer gets, printed to a file: every page portrait,
        // the diagram turned on its page.
        const auto content = handover()->prepare(handover()->rememberedChoices());
        QVERIFY(content);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = m_dir.filePath(u"printed.pdf"_s);
        printer.setOutputFileName(pdf);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QVERIFY(handover()->printTo(&printer, *content, handover()->rememberedChoices()));
        const int pages = PdfReader::pageCount(pdf);
        QCOMPARE(pages, previewPages);
        for (int page = 1; page <= pages; ++page)
            QCOMPARE(PdfReader::pageSize(pdf, page), u"595 x 842"_s);
        QVERIFY(PdfReader::text(pdf).contains(u"Port diagram · Lab"_s));
    }

    void handoverRecordsTheBaselineItPrints()
    {
        QVERIFY(m_window->document()->createBaseline(u"1.0"_s, {}, u"Ada"_s));
        // The dialog offers it, the name following the revision, and refuses
        // a name taken.
        bool shown = false;
        QString followed;
        QString refusal;
        bool stayedOpen = false;
        bool offered = false;
        whenShown<HandoverDialog>(
            [&](HandoverDialog *dialog) {
                dialog->revisionEdit()->setText(u"2.0"_s);
                followed = dialog->baselineNameEdit()->text();
                offered = dialog->recordBaselineBox()->isEnabled();
                dialog->recordBaselineBox()->setChecked(true);
                dialog->baselineNameEdit()->setText(u"1.0"_s);
                whenShown<QMessageBox>([&](QMessageBox *box) {
                    refusal = box->text();
                    box->accept();
                });
                dialog->accept();
                stayedOpen = dialog->isVisible();
                dialog->reject();
            },
            &shown);
        m_window->handover()->exportAction()->trigger();
        QVERIFY(shown);
        QCOMPARE(followed, u"2.0"_s);
        QVERIFY(offered);
        QVERIFY(stayedOpen);
        QCOMPARE(refusal, u"There is already a baseline named “1.0”; choose another name."_s);
        QCOMPARE(baselineNames(), QStringList { u"1.0"_s });

        // Written: the baseline is made first, one step, and the pack names it.
        HandoverChoices choices = m_window->handover()->rememberedChoices();
        choices.recordBaseline = true;
        choices.baselineName = u"2.0"_s;
        choices.pack.revision = u"2.0"_s;
        const int steps = m_window->document()->undoStack()->count();
        const QString pdf = m_dir.filePath(u"recorded.pdf"_s);
        QVERIFY(m_window->handover()->exportTo(pdf, choices));
        QCOMPARE(baselineNames(), (QStringList { u"1.0"_s, u"2.0"_s }));
        QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
        const auto made = m_window->document()->store().findBaseline(u"2.0"_s);
        QVERIFY(made);
        QCOMPARE(made->note, u"printed as the handover pack of Lab"_s);
        const QString text = PdfReader::text(pdf);
        const QString named
            = u"2.0, frozen %1"_s.arg(made->created.toUTC().date().toString(Qt::ISODate));
        QVERIFY2(text.contains(named), qPrintable(text.left(2000)));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"Recorded baseline “2.0”"_s));
        // The choice is remembered.
        m_window->handover()->remember(choices);
        QVERIFY(m_window->handover()->rememberedChoices().recordBaseline);

        // A pack that cannot be written takes its baseline back.
        choices.baselineName = u"3.0"_s;
        QVERIFY(
            !m_window->handover()->exportTo(m_dir.filePath(u"no/such/folder/x.pdf"_s), choices));
        QCOMPARE(baselineNames(), (QStringList { u"1.0"_s, u"2.0"_s }));
        QVERIFY(!m_window->document()->store().findBaseline(u"3.0"_s));
        QCOMPARE(m_window->document()->undoStack()->undoText(), u"Create baseline “2.0”"_s);
    }

    void aReadOnlyProjectRecordsNoBaseline()
    {
        MainWindow second(nullptr, QStringLiteral(PORTOLAN_BINARY));
        second.show();
        QVERIFY(second.openProject(m_path)); // in use here: read-only there
        QVERIFY(second.document()->isReadOnly());
        QCOMPARE(second.environment()->name(), u"Lab"_s);
        bool shown = false;
        bool offered = true;
        whenShown<HandoverDialog>(
            [&](HandoverDialog *handover) {
                offered = handover->recordBaselineBox()->isEnabled();
                handover->reject();
            },
            &shown);
        second.handover()->exportAction()->trigger();
        QVERIFY(shown);
        QVERIFY(!offered);
        // Even when remembered, the choice is not taken.
        HandoverDialog dialog(u"Lab"_s, u"Save PDF…"_s);
        HandoverChoices remembered = handover()->rememberedChoices();
        remembered.recordBaseline = true;
        dialog.setChoices(remembered);
        dialog.setBaselineOffered(true, second.document()->readOnlyReason());
        QVERIFY(!dialog.choices().recordBaseline);
        dialog.setBaselineOffered(true);
        QVERIFY(dialog.choices().recordBaseline);
        dialog.setBaselineOffered(false); // printing
        QVERIFY(!dialog.choices().recordBaseline);
    }
};

QTEST_MAIN(TestHandoverActions)
#include "tst_handoveractions.moc"

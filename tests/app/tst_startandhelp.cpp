// The start page, the Help menu (User Guide, Keyboard Shortcuts, About) and
// Edit → Preferences…, driven through the real main window.
#include "diagram/diagrameditor.h"
#include "diagramexportaction.h"
#include "dialogs/preferencesdialog.h"
#include "document/projectdocument.h"
#include "export/exportdiagramdialog.h"
#include "fileactions.h"
#include "handoveractions.h"
#include "help/shortcutsdialog.h"
#include "help/userguide.h"
#include "helpactions.h"
#include "layout/layoutservice.h"
#include "mainwindow.h"
#include "preferences.h"
#include "project/sample.h"
#include "recentfiles.h"
#include "start/startpage.h"
#include "store/projectstore.h"
#include "store/sqlitesettings.h"
#include "translations.h"
#include "whenshown.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QWidgetAction>

using namespace Portolan;
using namespace Portolan::Testing;
using namespace Qt::StringLiterals;

namespace {

QList<QTreeWidgetItem *> rows(const QTreeWidget *tree)
{
    QList<QTreeWidgetItem *> found;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            found.append(tree->topLevelItem(g)->child(i));
    }
    return found;
}

QString keysOf(const QTreeWidget *tree, const QString &action)
{
    for (const QTreeWidgetItem *row : rows(tree)) {
        if (row->text(0) == action)
            return row->text(1);
    }
    return u"(no row)"_s;
}

} // namespace

class TestStartAndHelp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QString sampleProject(const QString &name)
    {
        const QString path = m_dir.filePath(name + u".portolan"_s);
        if (!QFile::exists(path)) {
            QString error;
            auto store = ProjectStore::create(path, &error);
            if (!store || !loadSample(*store, u"tko"_s, &error))
                qWarning("%s", qPrintable(error));
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PortolanTests"_s);
        QCoreApplication::setApplicationName(u"tst_startandhelp"_s);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>(nullptr, QStringLiteral(PORTOLAN_BINARY));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        installTranslations(*qApp, QLocale::c());
    }

    void startPageOffersTheWaysToBegin()
    {
        StartPage *start = m_window->startPage();
        QVERIFY(start->isVisible());
        for (const QString &name :
             { u"startSample"_s, u"startImport"_s, u"startNew"_s, u"startOpen"_s }) {
            auto *button = start->findChild<QCommandLinkButton *>(name);
            QVERIFY2(button && button->isVisible(), qPrintable(name));
        }
        QVERIFY(start->findChildren<QCommandLinkButton *>(u"recentProject"_s).isEmpty());

        // Opened projects are listed, newest first; a file that has gone is not.
        const QString first = sampleProject(u"first"_s);
        const QString second = sampleProject(u"second"_s);
        const QString gone = sampleProject(u"gone"_s);
        RecentFiles *recent = m_window->fileActions()->recentFiles();
        for (const QString &path : { gone, first, second })
            recent->add(path);
        QVERIFY(QFile::remove(gone));
        m_window->startPage()->setRecentProjects(recent->files());
        const QList<QCommandLinkButton *> listed
            = start->findChildren<QCommandLinkButton *>(u"recentProject"_s);
        QStringList names;
        for (const QCommandLinkButton *button : listed)
            names.append(button->text());
        QCOMPARE(names, (QStringList { u"second"_s, u"first"_s }));

        // A recent project opens with one click, and the diagram takes over.
        QTest::mouseClick(listed.constLast(), Qt::LeftButton);
        QVERIFY(m_window->document());
        QCOMPARE(QFileInfo(m_window->document()->filePath()).fileName(), u"first.portolan"_s);
        QVERIFY(!start->isVisible());
    }

    void recentProjectsKeptAreAPreference()
    {
        Preferences::setRecentCount(2);
        RecentFiles *recent = m_window->fileActions()->recentFiles();
        for (const QString &name : { u"a"_s, u"b"_s, u"c"_s })
            recent->add(sampleProject(name));
        QCOMPARE(recent->files().size(), 2);
        QVERIFY(recent->files().constFirst().endsWith(u"c.portolan"_s));
        QCOMPARE(
            m_window->startPage()->findChildren<QCommandLinkButton *>(u"recentProject"_s).size(),
            2);
    }

    // Every action of the menus and tool bars says what it does in the status
    // bar and in its tooltip, with a project open (when the environment and
    // view menus have their entries too).
    void everyActionExplainsItself()
    {
        QVERIFY(m_window->openProject(sampleProject(u"explained"_s)));
        QStringList silent;
        std::function<void(const QList<QAction *> &, const QString &)> check
            = [&](const QList<QAction *> &actions, const QString &where) {
                  for (QAction *action : actions) {
                      if (action->isSeparator() || qobject_cast<QWidgetAction *>(action))
                          continue;
                      if (QMenu *menu = action->menu()) {
                          emit menu->aboutToShow(); // menus filled when shown
                          check(menu->actions(), where + action->text() + u" › "_s);
                          continue;
                      }
                      if (action->statusTip().isEmpty() || action->toolTip().isEmpty())
                          silent.append(where + action->text());
                  }
              };
        check(m_window->menuBar()->actions(), {});
        for (QToolBar *bar : m_window->findChildren<QToolBar *>())
            check(bar->actions(), bar->windowTitle() + u": "_s);
        for (const QString &action : std::as_const(silent))
            qWarning("No status tip or tooltip: %s", qPrintable(action));
        QVERIFY(silent.isEmpty());
    }

    void shortcutsListEveryMenuShortcutAndTheGestures()
    {
        ShortcutsDialog dialog(m_window->menuBar());
        const QTreeWidget *list = dialog.list();
        QCOMPARE(keysOf(list, u"Open…"_s),
                 QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
        QCOMPARE(keysOf(list, u"User Guide"_s), u"F1"_s);
        QVERIFY(keysOf(list, u"Zoom In"_s).contains(u"Ctrl++"_s));
        QVERIFY(keysOf(list, u"Draw a flow"_s).startsWith(u"Shift+drag"_s));
        // No action without a shortcut is listed.
        QCOMPARE(keysOf(list, u"About Portolan"_s), u"(no row)"_s);
        for (const QTreeWidgetItem *row : rows(list))
            QVERIFY2(!row->text(1).isEmpty(), qPrintable(row->text(0)));

        auto *filter = dialog.findChild<QLineEdit *>(u"shortcutsFilter"_s);
        filter->setText(u"zoom"_s);
        int shown = 0;
        for (const QTreeWidgetItem *row : rows(list)) {
            if (!row->isHidden()) {
                ++shown;
                QVERIFY(row->text(0).contains(u"Zoom"_s, Qt::CaseInsensitive)
                        || row->text(1).contains(u"zoom"_s, Qt::CaseInsensitive));
            }
        }
        QVERIFY(shown >= 3);
    }

    void userGuideOpensInTheWindowsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("heading");
        QTest::newRow("English") << u"en"_s << u"Drawing"_s;
        QTest::newRow("German") << u"de"_s << u"Zeichnen"_s;
        QTest::newRow("French") << u"fr"_s << u"Dessiner"_s;
        QTest::newRow("Japanese") << u"ja"_s << u"描画"_s;
    }

    void userGuideOpensInTheWindowsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, heading);
        installTranslations(*qApp, uiLocale(language));
        UserGuide *guide = m_window->help()->showGuide(u"drawing"_s);
        QVERIFY(guide->isVisible());
        const QUrl source = guide->browser()->source();
        QCOMPARE(source.path(), u"/guide/%1/index.html"_s.arg(language));
        QCOMPARE(source.fragment(), u"drawing"_s);
        const QString text = guide->browser()->toPlainText();
        QVERIFY2(text.contains(heading), qPrintable(text.left(400)));
        // The illustrations are found (a missing one is an empty resource).
        const QVariant image = guide->browser()->loadResource(
            QTextDocument::ImageResource, source.resolved(QUrl(u"../images/window.png"_s)));
        QVERIFY(!image.isNull());
        guide->close();
    }

    void aboutNamesTheLibrariesAndTheirVersions()
    {
        const QString about = HelpActions::aboutText();
        QVERIFY(about.contains(QApplication::applicationVersion()));
        for (const QString &expected :
             { QString::fromLatin1(qVersion()), graphvizVersion(), Sqlite::libraryVersion(),
               u"libxlsxwriter"_s, u"LGPL"_s, u"Eclipse Public License"_s, u"public domain"_s,
               u"BSD"_s })
            QVERIFY2(about.contains(expected), qPrintable(expected));
        QVERIFY(QRegularExpression(u"^\\d+\\.\\d+"_s).match(graphvizVersion()).hasMatch());
        QVERIFY(Sqlite::libraryVersion().startsWith(u"3."_s));
    }

    void preferencesAreKeptAndTheThemeAppliedAtOnce()
    {
        const QPalette before = QApplication::palette();
        whenShown<PreferencesDialog>([](PreferencesDialog *dialog) {
            PreferenceValues values = dialog->values();
            values.theme = u"dark"_s;
            values.language = u"fr"_s;
            values.recentCount = 4;
            values.paper = QPageSize::A3;
            values.showAddresses = true;
            values.orthogonal = false;
            values.topToBottom = true;
            dialog->setValues(values);
            QCOMPARE(dialog->values().topToBottom, true);
            // The language's note comes next.
            whenShown<QMessageBox>([](QMessageBox *box) { box->accept(); });
            dialog->accept();
        });
        QAction *preferences = m_window->findChild<QAction *>(u"preferences"_s);
        QVERIFY(preferences);
        preferences->trigger();
        QCOMPARE(Preferences::theme(), u"dark"_s);
        QCOMPARE(Preferences::language(), u"fr"_s);
        QCOMPARE(Preferences::recentCount(), 4);
        QCOMPARE(Preferences::paper(), QPageSize::A3);
        QVERIFY(Preferences::showAddresses());
        QVERIFY(m_window->diagramEditor()->showAddressesAction()->isChecked());
        QVERIFY(!Preferences::orthogonalForNewProjects());
        QVERIFY(Preferences::topToBottomForNewProjects());
        // A new empty project takes both; a sample keeps its own.
        const QString made = m_dir.filePath(u"made.portolan"_s);
        QVERIFY(m_window->fileActions()->createProject(made));
        QCOMPARE(m_window->document()->project().drawingSettings.curved, true);
        QCOMPARE(m_window->document()->project().drawingSettings.topToBottom, true);
        QVERIFY(m_window->fileActions()->createProject(made, u"tko"_s));
        QCOMPARE(m_window->document()->project().drawingSettings.topToBottom, false);
        QVERIFY(m_window->findChild<QAction *>(u"leftToRight"_s)->isChecked());
        // The default paper is the handover pack's and the diagram export's
        // until they remember one of their own.
        QVERIFY(m_window->openProject(sampleProject(u"papers"_s)));
        QCOMPARE(m_window->handover()->rememberedChoices().pages.paper.id(), QPageSize::A3);
        ExportDiagramDialog *exportDialog = m_window->diagramExport()->openDialog();
        QVERIFY(exportDialog);
        QCOMPARE(exportDialog->findChild<QComboBox *>(u"paper"_s)->currentText(), u"A3"_s);
        exportDialog->reject();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);

        // Light, then back to what the application started with.
        whenShown<PreferencesDialog>([](PreferencesDialog *dialog) {
            PreferenceValues values = dialog->values();
            QCOMPARE(values.theme, u"dark"_s);
            QCOMPARE(values.recentCount, 4);
            values.theme = u"light"_s;
            dialog->setValues(values);
            dialog->accept();
        });
        preferences->trigger();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        whenShown<PreferencesDialog>([](PreferencesDialog *dialog) {
            PreferenceValues values = dialog->values();
            values.theme = u"system"_s;
            dialog->setValues(values);
            dialog->accept();
        });
        preferences->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), before.color(QPalette::Window));
        QCOMPARE(QSettings().value(u"ui/theme"_s), QVariant()); // the default is not stored
    }
};

QTEST_MAIN(TestStartAndHelp)
#include "tst_startandhelp.moc"

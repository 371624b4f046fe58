#include "helpactions.h"

#include "help/shortcutsdialog.h"
#include "help/userguide.h"
#include "io/xlsxwriter.h"
#include "layout/layoutservice.h"
#include "store/sqlitesettings.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace Portolan {

HelpActions::HelpActions(QMainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_guide = new QAction(QIcon::fromTheme(u"help-contents"_s), tr("&User Guide"), this);
    m_guide->setObjectName(u"userGuide"_s);
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_guide->setStatusTip(tr("How to draw, plan addresses, export rules and hand over, "
                             "illustrated"));
    connect(m_guide, &QAction::triggered, this, [this] { showGuide(); });
    m_shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcuts->setObjectName(u"keyboardShortcuts"_s);
    m_shortcuts->setStatusTip(tr("Every shortcut and mouse gesture, by menu"));
    connect(m_shortcuts, &QAction::triggered, this, &HelpActions::showShortcuts);
    m_about = new QAction(QIcon::fromTheme(u"help-about"_s), tr("&About Portolan"), this);
    m_about->setObjectName(u"aboutPortolan"_s);
    m_about->setMenuRole(QAction::AboutRole);
    m_about->setStatusTip(tr("Portolan's version, and the libraries it is built on"));
    connect(m_about, &QAction::triggered, this, &HelpActions::showAbout);
    m_aboutQt = new QAction(tr("About &Qt"), this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    m_aboutQt->setStatusTip(tr("The version and licence of the Qt toolkit"));
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void HelpActions::fillMenu(QMenu *menu) const
{
    menu->addAction(m_guide);
    menu->addAction(m_shortcuts);
    menu->addSeparator();
    menu->addAction(m_about);
    menu->addAction(m_aboutQt);
}

UserGuide *HelpActions::showGuide(const QString &anchor)
{
    if (!m_openGuide)
        m_openGuide = new UserGuide(m_window);
    m_openGuide->showSection(anchor);
    m_openGuide->show();
    m_openGuide->raise();
    m_openGuide->activateWindow();
    return m_openGuide;
}

void HelpActions::showShortcuts()
{
    ShortcutsDialog dialog(m_window->menuBar(), m_window);
    dialog.exec();
}

QString HelpActions::aboutText()
{
    struct Library
    {
        QString name;
        QString version;
        QString licence;
    };
    const QList<Library> libraries {
        { u"Qt"_s, QString::fromLatin1(qVersion()), tr("LGPL 3.0") },
        { u"Graphviz"_s, graphvizVersion(), tr("Eclipse Public License 1.0") },
        { u"SQLite"_s, Sqlite::libraryVersion(), tr("public domain") },
        { u"libxlsxwriter"_s, xlsxWriterVersion(), tr("BSD 2-Clause") },
    };
    QString rows;
    for (const Library &library : libraries)
        rows += u"<tr><td>%1</td><td style=\"padding: 0 14px\">%2</td><td>%3</td></tr>"_s.arg(
            library.name, library.version.toHtmlEscaped(), library.licence);
    return tr("<h3>Portolan %1</h3><p>Port diagrams, address plans and firewall rules from one "
              "model of a platform's components and flows.</p>")
               .arg(QApplication::applicationVersion())
        + tr("<p>Built on:</p>") + u"<table>"_s + rows + u"</table>"_s;
}

void HelpActions::showAbout()
{
    QMessageBox::about(m_window, tr("About Portolan"), aboutText());
}

} // namespace Portolan

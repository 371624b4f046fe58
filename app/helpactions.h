#pragma once
// The Help menu: the bundled User Guide, the list of keyboard shortcuts,
// and About with the versions and licences of the libraries Portolan is
// built on.

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace Portolan {

class UserGuide;

class HelpActions : public QObject
{
    Q_OBJECT
public:
    explicit HelpActions(QMainWindow *window, QObject *parent = nullptr);

    void fillMenu(QMenu *menu) const;

    QAction *guideAction() const { return m_guide; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutAction() const { return m_about; }

    // The About box's text: Portolan's version, then each library's version
    // and licence.
    static QString aboutText();

    // Opens the guide (or raises it) at `anchor`, empty for its start.
    UserGuide *showGuide(const QString &anchor = {});

private:
    void showShortcuts();
    void showAbout();

    QMainWindow *m_window;
    QAction *m_guide;
    QAction *m_shortcuts;
    QAction *m_about;
    QAction *m_aboutQt;
    QPointer<UserGuide> m_openGuide;
};

} // namespace Portolan

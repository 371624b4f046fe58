#pragma once
// Help → Keyboard Shortcuts: every menu action that has a shortcut, by
// menu, then the keys and gestures of the diagram that no menu lists.

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace Portolan {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // Reads the menus of `menus` as they are when the dialog is made.
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace Portolan

#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QString plainText(QString text)
{
    // "&Open…" → "Open…", "Save && Quit" → "Save & Quit".
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString shortcutsOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(u",  "_s);
}

// The actions of `menu` and its submenus that have a shortcut, as rows
// under `group` ("View › Edge Style" for a submenu's).
void addMenu(QTreeWidgetItem *group, const QMenu *menu, const QString &prefix)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            addMenu(group, sub, prefix + plainText(action->text()) + u" › "_s);
            continue;
        }
        const QString keys = shortcutsOf(action);
        if (keys.isEmpty())
            continue;
        auto *row = new QTreeWidgetItem(group, { prefix + plainText(action->text()), keys });
        row->setToolTip(0, action->statusTip());
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(u"shortcuts"_s);
    m_list->setHeaderLabels({ tr("Action"), tr("Keys") });
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    for (QAction *top : menus->actions()) {
        const QMenu *menu = top->menu();
        if (!menu)
            continue;
        auto *group = new QTreeWidgetItem(m_list, { plainText(top->text()) });
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        addMenu(group, menu, {});
        if (group->childCount() == 0)
            delete group;
    }
    auto *diagram = new QTreeWidgetItem(m_list, { tr("On the diagram") });
    diagram->setFirstColumnSpanned(true);
    QFont bold = diagram->font(0);
    bold.setBold(true);
    diagram->setFont(0, bold);
    const QList<QStringList> gestures {
        { tr("Draw a flow"), tr("Shift+drag from one component to another") },
        { tr("Add a component"), tr("Double-click empty space") },
        { tr("Edit a component or flow"), tr("Double-click it") },
        { tr("Move to the next component"), tr("Tab, Shift+Tab, or the arrow keys") },
        { tr("Leave the diagram"), tr("Ctrl+Tab") },
        { tr("Centre on the selection"), tr("Space or Enter") },
        { tr("Clear the selection"), tr("Esc") },
        { tr("Zoom"), tr("+ and −, or Ctrl+wheel") },
        { tr("Scroll"), tr("Wheel, Shift+wheel") },
    };
    for (const QStringList &gesture : gestures)
        new QTreeWidgetItem(diagram, gesture);
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *filter = new QLineEdit(this);
    filter->setObjectName(u"shortcutsFilter"_s);
    filter->setPlaceholderText(tr("Find an action or a key"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = m_list->topLevelItem(g);
            bool any = false;
            for (int i = 0; i < group->childCount(); ++i) {
                QTreeWidgetItem *row = group->child(i);
                const bool match = row->text(0).contains(text, Qt::CaseInsensitive)
                    || row->text(1).contains(text, Qt::CaseInsensitive);
                row->setHidden(!match);
                any = any || match;
            }
            group->setHidden(!any);
        }
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 640);
}

} // namespace Portolan

#include "componentnamedelegate.h"

#include "domain/names.h"
#include "recordtablemodel.h"
#include "validatinglineedit.h"

#include <QCompleter>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Portolan {

ComponentNameDelegate::ComponentNameDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QWidget *ComponentNameDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                             const QModelIndex &index) const
{
    auto *editor = new ValidatingLineEdit(parent);
    editor->setObjectName(u"componentNameEditor"_s);
    const QStringList names = index.data(RecordTableModel::ChoicesRole).toStringList();
    auto *completer = new QCompleter(names, editor);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    editor->setCompleter(completer);
    QSet<QString> keys;
    for (const QString &name : names)
        keys.insert(nameKey(name));
    editor->setCheck([keys](const QString &text) {
        if (cleanName(text).isEmpty())
            return tr("Type the name of a component.");
        if (!keys.contains(nameKey(text)))
            return tr("There is no component “%1”.").arg(cleanName(text));
        return QString();
    });
    return editor;
}

} // namespace Portolan

#include "choicedelegate.h"

#include "recordtablemodel.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

namespace Portolan {

ChoiceDelegate::ChoiceDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"choiceEditor"_s);
    combo->addItems(index.data(RecordTableModel::ChoicesRole).toStringList());
    // A pick is the whole edit: no need to press Enter as well.
    connect(combo, &QComboBox::activated, this, &ChoiceDelegate::commitAndClose);
    return combo;
}

void ChoiceDelegate::commitAndClose()
{
    if (auto *editor = qobject_cast<QWidget *>(sender())) {
        emit commitData(editor);
        emit closeEditor(editor);
    }
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int current = combo->findText(index.data(Qt::EditRole).toString(), Qt::MatchFixedString);
    combo->setCurrentIndex(qMax(current, 0));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentText(), Qt::EditRole);
}

} // namespace Portolan

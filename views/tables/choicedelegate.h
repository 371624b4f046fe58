#pragma once
// Edits a cell by picking one of a fixed list — protocols, products, kinds,
// zones — offered by the model (RecordTableModel::ChoicesRole). The choice
// is committed as soon as it is picked.

#include <QStyledItemDelegate>

namespace Portolan {

class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ChoiceDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    void commitAndClose();
};

} // namespace Portolan

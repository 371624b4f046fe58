#pragma once
// Edits the Source or Destination cell of a flow: a line edit completing
// component names (any part of the name, any case) that says, while the
// text names no component, that it does not; the model refuses such a name
// when it is committed.

#include <QStyledItemDelegate>

namespace Portolan {

class ComponentNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ComponentNameDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
};

} // namespace Portolan

#pragma once
// Edits the Ports cell of a flow: a line edit that checks the text as it is
// typed ("70000" is out of range, "5-3" runs backwards, ICMP takes none) and
// says why; committing bad text is refused by the model, which keeps the
// old ports.

#include <QStyledItemDelegate>

namespace Portolan {

class PortsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PortsDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
};

} // namespace Portolan

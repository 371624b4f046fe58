#include "portsdelegate.h"

#include "flowtablemodel.h"
#include "validatinglineedit.h"

using namespace Qt::StringLiterals;

namespace Portolan {

PortsDelegate::PortsDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QWidget *PortsDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                     const QModelIndex &index) const
{
    auto *editor = new ValidatingLineEdit(parent);
    editor->setObjectName(u"portsEditor"_s);
    const QString protocol
        = index.siblingAtColumn(FlowTableModel::ProtocolColumn).data(Qt::EditRole).toString();
    const Transport transport = transportFromName(protocol).value_or(Transport::Tcp);
    editor->setPlaceholderText(transportHasPorts(transport)
                                   ? tr("e.g. 443 or 8080,8443 or 30000-32767")
                                   : tr("%1 flows have no ports").arg(transportName(transport)));
    editor->setCheck(
        [transport](const QString &text) { return FlowTableModel::portsProblem(text, transport); });
    return editor;
}

} // namespace Portolan

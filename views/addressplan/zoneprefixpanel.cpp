#include "zoneprefixpanel.h"

#include "document/projectdocument.h"
#include "tables/choicedelegate.h"
#include "zoneprefixdialog.h"
#include "zoneprefixmodel.h"

#include <QAction>
#include <QLineEdit>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Portolan {

ZonePrefixPanel::ZonePrefixPanel(QWidget *parent)
    : TablePanel(new ZonePrefixModel, ProjectSelection::Kind::None, parent)
{
    setObjectName(u"zonePrefixPanel"_s);
    table()->setObjectName(u"zonePrefixTable"_s);
    filterEdit()->setPlaceholderText(tr("Filter zone prefixes"));
    table()->setItemDelegateForColumn(ZonePrefixModel::ZoneColumn, new ChoiceDelegate(this));
    m_addPrefix
        = addTableAction(tr("&Add Zone Prefix…"), QKeySequence(), u"addZonePrefix"_s, copyAction());
    m_addPrefix->setToolTip(tr("Give a zone a prefix in this environment"));
    connect(m_addPrefix, &QAction::triggered, this, &ZonePrefixPanel::addPrefix);
    deleteAction()->setText(tr("&Delete Zone Prefix"));
    updateActions();
}

ZonePrefixModel *ZonePrefixPanel::model() const
{
    return static_cast<ZonePrefixModel *>(recordModel());
}

void ZonePrefixPanel::setEnvironment(Id environment)
{
    model()->setEnvironment(environment);
    refitColumns();
    updateActions();
}

void ZonePrefixPanel::updateActions()
{
    TablePanel::updateActions();
    if (m_addPrefix)
        m_addPrefix->setEnabled(isEditable() && model()->environment() != 0);
}

void ZonePrefixPanel::addPrefix()
{
    if (!isEditable() || !model()->environment())
        return;
    ZonePrefixDialog dialog(document(), model()->environment(), m_zoneHint ? m_zoneHint() : 0,
                            this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Added %1 to “%2”.")
                               .arg(dialog.prefix().cidr.trimmed(),
                                    document()->project().zoneName(dialog.prefix().zoneId)));
}

void ZonePrefixPanel::deleteSelected()
{
    const QList<Id> ids = selectedIds();
    if (!ids.isEmpty() && isEditable() && !document()->deleteZonePrefixes(ids))
        emit editRejected(document()->errorString());
}

} // namespace Portolan

#include "multipage.h"

#include "document/projectdocument.h"
#include "inspectorfields.h"
#include "zones/zonetree.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Portolan {

MultiPage::MultiPage(QWidget *parent)
    : InspectorPage(parent)
    , m_list(new QListWidget(this))
    , m_zoneLabel(new QLabel(tr("Zone:"), this))
    , m_zone(new QComboBox(this))
    , m_move(new QPushButton(tr("Move to Zone"), this))
{
    setObjectName(u"multiPage"_s);
    m_list->setObjectName(u"selectedRecords"_s);
    m_list->setToolTip(tr("Double-click one to inspect it alone"));
    m_list->setWordWrap(true);
    m_zone->setObjectName(u"multiZone"_s);
    m_move->setObjectName(u"multiMoveToZone"_s);
    auto *move = new QHBoxLayout;
    move->addWidget(m_zone, 1);
    move->addWidget(m_move);
    form()->addRow(m_zoneLabel, move);
    m_error = addErrorRow(u"multiError"_s);
    form()->addRow(m_list);
    addField(m_zone);
    addField(m_move);

    connect(m_move, &QPushButton::clicked, this, &MultiPage::moveToZone);
    connect(m_list, &QListWidget::itemActivated, this, &MultiPage::openOne);
}

void MultiPage::showRecords(const QList<Id> &ids)
{
    m_ids = ids;
    showError(m_error, {});
    load();
}

void MultiPage::documentChanged(const DocumentChange &change)
{
    if (!change.positionsOnly)
        load();
}

void MultiPage::load()
{
    if (!document())
        return;
    const ProjectSnapshot &project = document()->project();
    QList<Id> present;
    for (Id id : std::as_const(m_ids)) {
        if (!nameOf(id).isNull())
            present.append(id);
    }
    const int n = int(present.size());
    switch (m_kind) {
    case ProjectSelection::Kind::Components:
        title()->setText(tr("%n component(s) selected", nullptr, n));
        break;
    case ProjectSelection::Kind::Flows:
        title()->setText(tr("%n flow(s) selected", nullptr, n));
        break;
    case ProjectSelection::Kind::Zones:
        title()->setText(tr("%n zone(s) selected", nullptr, n));
        break;
    case ProjectSelection::Kind::Products:
        title()->setText(tr("%n product(s) selected", nullptr, n));
        break;
    case ProjectSelection::Kind::None:
        title()->clear();
        break;
    }
    const bool components = m_kind == ProjectSelection::Kind::Components;
    m_zoneLabel->setVisible(components);
    m_zone->setVisible(components);
    m_move->setVisible(components);
    if (components) {
        // Preselect the zone they share, if they share one.
        QSet<Id> zones;
        for (Id id : std::as_const(present))
            zones.insert(project.component(id)->zoneId);
        const Id current = zones.size() == 1 ? *zones.cbegin() : m_zone->currentData().toLongLong();
        fillZoneCombo(m_zone, project, tr("(no zone)"), current);
    }
    m_list->clear();
    for (Id id : std::as_const(present)) {
        auto *item = new QListWidgetItem(nameOf(id), m_list);
        item->setData(Qt::UserRole, id);
    }
}

QString MultiPage::nameOf(Id id) const
{
    const ProjectSnapshot &project = document()->project();
    switch (m_kind) {
    case ProjectSelection::Kind::Components:
        return project.component(id) ? project.componentName(id) : QString();
    case ProjectSelection::Kind::Flows:
        return project.flow(id) ? flowLine(project, *project.flow(id)) : QString();
    case ProjectSelection::Kind::Zones:
        return project.zone(id) ? project.zoneName(id) : QString();
    case ProjectSelection::Kind::Products:
        return project.product(id) ? project.productName(id) : QString();
    case ProjectSelection::Kind::None:
        break;
    }
    return {};
}

void MultiPage::moveToZone()
{
    if (!document())
        return;
    const bool ok = document()->moveComponentsToZone(m_ids, m_zone->currentData().toLongLong());
    showError(m_error, ok ? QString() : document()->errorString());
}

void MultiPage::openOne(QListWidgetItem *item)
{
    if (item && selection())
        selection()->select(m_kind, { item->data(Qt::UserRole).toLongLong() }, this);
}

} // namespace Portolan

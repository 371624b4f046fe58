// ProjectDocument: the operations on flows, zones and products, and imports.

#include "changecommand.h"
#include "project/componentimport.h"
#include "project/importplan.h"
#include "projectdocument.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// The fields of a flow that can be edited one at a time, for merging and
// for naming the undo step.
enum class FlowField { Product, Source, Destination, Protocol, Ports, Purpose, Optional, Notes };

QList<FlowField> changedFields(const Flow &a, const Flow &b)
{
    QList<FlowField> fields;
    if (a.productId != b.productId)
        fields.append(FlowField::Product);
    if (a.sourceId != b.sourceId)
        fields.append(FlowField::Source);
    if (a.destinationId != b.destinationId)
        fields.append(FlowField::Destination);
    if (a.protocol != b.protocol)
        fields.append(FlowField::Protocol);
    if (a.ports != b.ports)
        fields.append(FlowField::Ports);
    if (a.purpose != b.purpose)
        fields.append(FlowField::Purpose);
    if (a.optional != b.optional)
        fields.append(FlowField::Optional);
    if (a.notes != b.notes)
        fields.append(FlowField::Notes);
    return fields;
}

QString fieldEditText(FlowField field)
{
    switch (field) {
    case FlowField::Product:
        return QCoreApplication::translate("Portolan::ProjectDocument",
                                           "Change the product of flow %1");
    case FlowField::Source:
        return QCoreApplication::translate("Portolan::ProjectDocument",
                                           "Change the source of flow %1");
    case FlowField::Destination:
        return QCoreApplication::translate("Portolan::ProjectDocument",
                                           "Change the destination of flow %1");
    case FlowField::Protocol:
        return QCoreApplication::translate("Portolan::ProjectDocument",
                                           "Change the protocol of flow %1");
    case FlowField::Ports:
        return QCoreApplication::translate("Portolan::ProjectDocument",
                                           "Change the ports of flow %1");
    case FlowField::Purpose:
        return QCoreApplication::translate("Portolan::ProjectDocument",
                                           "Change the purpose of flow %1");
    case FlowField::Optional:
        return QCoreApplication::translate("Portolan::ProjectDocument",
                                           "Change whether flow %1 is optional");
    case FlowField::Notes:
        return QCoreApplication::translate("Portolan::ProjectDocument",
                                           "Edit the notes of flow %1");
    }
    return QCoreApplication::translate("Portolan::ProjectDocument", "Edit flow %1");
}

QString flowName(const ProjectSnapshot &project, const Flow &flow)
{
    return u"“%1 → %2”"_s.arg(project.componentName(flow.sourceId),
                              project.componentName(flow.destinationId));
}

} // namespace

// --- flows -------------------------------------------------------------------

Id ProjectDocument::addFlow(const Flow &flow)
{
    Flow added = flow;
    added.id = newId();
    if (!push(tr("Add flow %1").arg(flowName(m_project, flow)), { RecordChange::added(added) }))
        return 0;
    return m_lastNewIds.value(added.id);
}

bool ProjectDocument::updateFlow(const Flow &flow)
{
    const Flow *before = m_project.flow(flow.id);
    if (!before)
        return fail(tr("There is no flow %1.").arg(flow.id));
    const QList<FlowField> fields = changedFields(*before, flow);
    if (fields.isEmpty())
        return editable();
    if (fields.size() == 1) {
        return push(fieldEditText(fields.constFirst()).arg(flowName(m_project, flow)),
                    { RecordChange::updated(*before, flow) }, int(MergeId::FlowField),
                    int(fields.constFirst()));
    }
    return push(tr("Edit flow %1").arg(flowName(m_project, flow)),
                { RecordChange::updated(*before, flow) });
}

bool ProjectDocument::deleteFlows(const QList<Id> &ids)
{
    ChangeList changes;
    for (Id id : ids) {
        const Flow *flow = m_project.flow(id);
        if (!flow)
            return fail(tr("There is no flow %1.").arg(id));
        changes.append(RecordChange::removed(*flow));
    }
    const QString text = changes.size() == 1
        ? tr("Delete flow %1").arg(flowName(m_project, *m_project.flow(ids.constFirst())))
        : tr("Delete %n flow(s)", nullptr, int(changes.size()));
    return push(text, changes);
}

bool ProjectDocument::importFlows(const QList<ImportResult> &results, const QString &what,
                                  ImportSummary *summary)
{
    m_lastImported.clear();
    if (!editable())
        return false;
    QString error;
    const std::optional<ImportPlan> plan = planImport(m_project, results, &error);
    if (!plan)
        return fail(error);
    if (!push(what, plan->changes))
        return false;
    for (Id id : plan->flowIds)
        m_lastImported.append(m_lastNewIds.value(id));
    if (summary)
        *summary = plan->summary;
    return true;
}

bool ProjectDocument::importComponents(const ComponentTable &table, ComponentImportSummary *summary,
                                       bool layOutAfresh)
{
    if (!editable())
        return false;
    if (!table.ok)
        return fail(tr("%1 cannot be imported.").arg(table.source));
    ComponentImportPlan plan = planComponentImport(m_project, table);
    if (!plan.summary.changesAnything())
        return fail(tr("%1 changes nothing in the project.").arg(table.source));
    DrawingEdit drawing;
    if (layOutAfresh) {
        // Every drawing goes within the step, and every place a component
        // was dragged to: the window lays the diagram out afresh.
        forgetPlaces(plan.changes);
        drawing.items = drawingChanges(m_project.drawing, {});
        for (auto it = m_project.viewDrawings.cbegin(); it != m_project.viewDrawings.cend(); ++it)
            drawing.items += drawingChanges(it.value(), {}, it.key());
    }
    if (!push(tr("Import components from %1").arg(QFileInfo(table.source).fileName()), plan.changes,
              -1, 0, std::move(drawing)))
        return false;
    if (summary)
        *summary = plan.summary;
    return true;
}

// --- zones -------------------------------------------------------------------

Id ProjectDocument::addZone(const Zone &zone)
{
    Zone added = zone;
    added.id = newId();
    if (!push(tr("Add zone “%1”").arg(zone.name.trimmed()), { RecordChange::added(added) }))
        return 0;
    return m_lastNewIds.value(added.id);
}

bool ProjectDocument::renameZone(Id id, const QString &name)
{
    const Zone *zone = m_project.zone(id);
    if (!zone)
        return fail(tr("There is no zone %1.").arg(id));
    Zone after = *zone;
    after.name = name;
    return editRecord(*zone, after, tr("Rename zone to “%1”").arg(name.trimmed()),
                      int(MergeId::ZoneName));
}

bool ProjectDocument::setZoneParent(Id id, Id parentId)
{
    const Zone *zone = m_project.zone(id);
    if (!zone)
        return fail(tr("There is no zone %1.").arg(id));
    Zone after = *zone;
    after.parentId = parentId;
    const QString text = parentId
        ? tr("Move zone “%1” into “%2”").arg(zone->name, m_project.zoneName(parentId))
        : tr("Move zone “%1” to the top level").arg(zone->name);
    return editRecord(*zone, after, text, int(MergeId::ZoneParent));
}

bool ProjectDocument::setZoneNotes(Id id, const QString &notes)
{
    const Zone *zone = m_project.zone(id);
    if (!zone)
        return fail(tr("There is no zone %1.").arg(id));
    Zone after = *zone;
    after.notes = notes;
    return editRecord(*zone, after, tr("Edit notes of zone “%1”").arg(zone->name),
                      int(MergeId::ZoneNotes));
}

bool ProjectDocument::deleteZone(Id id)
{
    const Zone *zone = m_project.zone(id);
    if (!zone)
        return fail(tr("There is no zone %1.").arg(id));
    ChangeList changes;
    for (const Component &component : m_project.components) {
        if (component.zoneId != id)
            continue;
        Component moved = component;
        moved.zoneId = zone->parentId;
        changes.append(RecordChange::updated(component, moved));
    }
    for (const Zone &child : m_project.zones) {
        if (child.parentId != id)
            continue;
        Zone moved = child;
        moved.parentId = zone->parentId;
        changes.append(RecordChange::updated(child, moved));
    }
    for (const ZonePrefix &prefix : m_store->zonePrefixes(id))
        changes.append(RecordChange::removed(prefix));
    changes.append(RecordChange::removed(*zone));
    return push(tr("Delete zone “%1”").arg(zone->name), changes);
}

// --- products ----------------------------------------------------------------

Id ProjectDocument::addProduct(const Product &product)
{
    Product added = product;
    added.id = newId();
    if (added.color.isEmpty())
        added.color = productColor(int(m_project.products.size()));
    if (!push(tr("Add product “%1”").arg(product.name.trimmed()), { RecordChange::added(added) }))
        return 0;
    return m_lastNewIds.value(added.id);
}

bool ProjectDocument::renameProduct(Id id, const QString &name)
{
    const Product *product = m_project.product(id);
    if (!product)
        return fail(tr("There is no product %1.").arg(id));
    Product after = *product;
    after.name = name;
    return editRecord(*product, after, tr("Rename product to “%1”").arg(name.trimmed()),
                      int(MergeId::ProductName));
}

bool ProjectDocument::setProductColor(Id id, const QString &color)
{
    const Product *product = m_project.product(id);
    if (!product)
        return fail(tr("There is no product %1.").arg(id));
    Product after = *product;
    after.color = color;
    return editRecord(*product, after, tr("Change the colour of “%1”").arg(product->name),
                      int(MergeId::ProductColor));
}

bool ProjectDocument::deleteProduct(Id id)
{
    const Product *product = m_project.product(id);
    if (!product)
        return fail(tr("There is no product %1.").arg(id));
    ChangeList changes;
    for (const Flow &flow : m_project.flows) {
        if (flow.productId != id)
            continue;
        Flow moved = flow;
        moved.productId = 0;
        changes.append(RecordChange::updated(flow, moved));
    }
    changes.append(RecordChange::removed(*product));
    return push(tr("Delete product “%1”").arg(product->name), changes);
}

} // namespace Portolan

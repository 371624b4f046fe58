#include "importplan.h"

#include "domain/names.h"
#include "plannedzones.h"
#include "snapshot.h"

#include <QHash>
#include <QSet>

#include <map>

using namespace Qt::StringLiterals;

namespace Portolan {

QString flowKey(const Flow &flow)
{
    return u"%1|%2|%3|%4|%5|%6"_s.arg(flow.productId)
        .arg(flow.sourceId)
        .arg(flow.destinationId)
        .arg(transportName(flow.protocol), flow.ports.toString(), flow.purpose);
}

namespace {

// Finds products and components by name, planning new ones on first mention.
class PlannedNames
{
public:
    PlannedNames(const ProjectSnapshot &project, ImportPlan &plan)
        : m_plan(plan)
        , m_productCount(int(project.products.size()))
        , m_zones(project, plan.changes, m_lastId)
    {
        for (const Product &product : project.products)
            m_products.insert(nameKey(product.name), product.id);
        for (const Component &component : project.components)
            m_components.insert(nameKey(component.name), component.id);
    }

    Id product(const QString &name)
    {
        const QString cleaned = cleanName(name);
        if (cleaned.isEmpty())
            return 0;
        Id &id = m_products[nameKey(cleaned)];
        if (!id) {
            id = nextId();
            m_plan.changes.append(
                RecordChange::added(Product { id, cleaned, productColor(m_productCount++) }));
            ++m_plan.summary.productsAdded;
        }
        return id;
    }

    // A component new to the project goes into the zone the first row
    // naming one for it gives; existing components stay where they are.
    void setZone(const QString &component, const QString &zone)
    {
        if (!zone.isEmpty())
            m_zoneOf.try_emplace(nameKey(cleanName(component)), zone);
    }

    Id component(const QString &name)
    {
        const QString cleaned = cleanName(name);
        const QString key = nameKey(cleaned);
        Id &id = m_components[key];
        if (!id) {
            Component component;
            const auto zone = m_zoneOf.find(key);
            if (zone != m_zoneOf.end()) // planned before the component
                component.zoneId = m_zones.zone(zone->second);
            id = nextId();
            component.id = id;
            component.name = cleaned;
            component.kind = guessComponentKind(cleaned);
            m_plan.changes.append(RecordChange::added(component));
            ++m_plan.summary.componentsAdded;
        }
        return id;
    }

    Id nextId() { return --m_lastId; }
    int zonesAdded() const { return m_zones.added(); }

private:
    ImportPlan &m_plan;
    int m_productCount;
    Id m_lastId = 0;
    PlannedZones m_zones;
    std::map<QString, QString> m_zoneOf; // component key -> zone name
    QHash<QString, Id> m_products;
    QHash<QString, Id> m_components;
};

} // namespace

std::optional<ImportPlan> planImport(const ProjectSnapshot &project,
                                     const QList<ImportResult> &results, QString *error)
{
    for (const ImportResult &result : results) {
        if (!result.ok) {
            *error = u"a source could not be read"_s;
            return std::nullopt;
        }
    }
    ImportPlan plan;
    PlannedNames names(project, plan);
    QSet<QString> known;
    for (const Flow &flow : project.flows)
        known.insert(flowKey(flow));
    for (const ImportResult &result : results) {
        for (const ImportedFlow &imported : result.flows) {
            names.setZone(imported.source, imported.sourceZone);
            names.setZone(imported.destination, imported.destinationZone);
        }
    }
    for (const ImportResult &result : results) {
        for (const ImportedFlow &imported : result.flows) {
            if (cleanName(imported.source).isEmpty() || cleanName(imported.destination).isEmpty()) {
                *error = u"a flow without a source or destination"_s;
                return std::nullopt;
            }
            Flow flow;
            flow.productId = names.product(imported.product);
            flow.sourceId = names.component(imported.source);
            flow.destinationId = names.component(imported.destination);
            flow.protocol = imported.protocol;
            flow.ports = imported.ports;
            flow.purpose = imported.purpose;
            flow.optional = imported.optional;
            flow.notes = imported.notes;
            if (known.contains(flowKey(flow))) {
                ++plan.summary.flowsAlreadyPresent;
                continue;
            }
            known.insert(flowKey(flow));
            flow.id = names.nextId();
            plan.flowIds.append(flow.id);
            plan.origins.append(ImportOrigin { result.source, imported.line });
            plan.changes.append(RecordChange::added(flow));
            ++plan.summary.flowsAdded;
        }
    }
    plan.summary.zonesAdded = names.zonesAdded();
    return plan;
}

} // namespace Portolan

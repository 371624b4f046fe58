#pragma once
// A plain, immutable copy of a project's design (products, zones,
// components, flows) with look-ups by id: what views, layout and exports
// read instead of going back to the store for every cell.

#include "domain/types.h"

#include <QHash>
#include <QList>

namespace Portolan {

class ProjectStore;

struct ProjectSnapshot
{
    QString name;
    QList<Product> products;
    QList<Zone> zones;
    QList<Component> components;
    QList<Flow> flows;

    static ProjectSnapshot read(const ProjectStore &store);

    const Product *product(Id id) const;
    const Zone *zone(Id id) const;
    const Component *component(Id id) const;
    const Flow *flow(Id id) const;

    QString productName(Id id) const;
    QString zoneName(Id id) const;
    QString componentName(Id id) const;

    // Edits kept in step with the store: a record is replaced by id or
    // inserted in id (creation) order; removing an absent id does nothing.
    void put(const Product &product);
    void put(const Zone &zone);
    void put(const Component &component);
    void put(const Flow &flow);
    void removeProduct(Id id);
    void removeZone(Id id);
    void removeComponent(Id id);
    void removeFlow(Id id);

private:
    void index();

    QHash<Id, qsizetype> m_productIndex;
    QHash<Id, qsizetype> m_zoneIndex;
    QHash<Id, qsizetype> m_componentIndex;
    QHash<Id, qsizetype> m_flowIndex;
};

} // namespace Portolan

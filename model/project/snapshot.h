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

    // Edits kept in step with the store, all at once: records replaced by
    // id or inserted in id (creation) order, ids removed (absent ones are
    // ignored). The look-ups are rebuilt once, not per record.
    struct Edit
    {
        QList<Product> products;
        QList<Zone> zones;
        QList<Component> components;
        QList<Flow> flows;
        QList<Id> removedProducts;
        QList<Id> removedZones;
        QList<Id> removedComponents;
        QList<Id> removedFlows;
    };
    void apply(const Edit &edit);

private:
    void index();

    QHash<Id, qsizetype> m_productIndex;
    QHash<Id, qsizetype> m_zoneIndex;
    QHash<Id, qsizetype> m_componentIndex;
    QHash<Id, qsizetype> m_flowIndex;
};

} // namespace Portolan

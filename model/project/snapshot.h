#pragma once
// A plain, immutable copy of a project's design (products, zones,
// components, flows) and address plan (environments, component addresses,
// zone prefixes) with look-ups by id: what views, layout and exports
// read instead of going back to the store for every cell.

#include "domain/baseline.h"
#include "domain/drawnitem.h"
#include "domain/types.h"
#include "domain/view.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace Portolan {

class ProjectStore;

struct ProjectSnapshot
{
    QString name;
    QList<Product> products;
    QList<Zone> zones;
    QList<Component> components;
    QList<Flow> flows;
    QList<Environment> environments;
    QList<Address> addresses; // every environment, id order
    QList<ZonePrefix> zonePrefixes; // every environment, id order
    QList<View> views; // id order; viewsInOrder() for the user's
    // The project's baselines, in creation order, without their content
    // (a baseline's own project has none).
    QList<Baseline> baselines;
    // The stored drawing of the diagram by key, and how it is drawn.
    QHash<QString, DrawnItem> drawing;
    // Each view's own drawing, by view id (views without one are absent).
    QHash<Id, QHash<QString, DrawnItem>> viewDrawings;
    DrawingSettings drawingSettings;

    // The whole project as one committed state (one read transaction).
    // nullopt, with the store's message in *error, when any read fails:
    // a project is never read short.
    static std::optional<ProjectSnapshot> read(const ProjectStore &store, QString *error);

    const Product *product(Id id) const;
    const Zone *zone(Id id) const;
    const Component *component(Id id) const;
    const Flow *flow(Id id) const;
    const Environment *environment(Id id) const;
    const Address *address(Id id) const;
    const ZonePrefix *zonePrefix(Id id) const;
    const View *view(Id id) const;
    const Baseline *baseline(Id id) const;
    // The addresses of a component in one environment, in the order bound.
    QList<Address> addressesOf(Id componentId, Id environmentId) const;
    // Every component's addresses in one environment, by component id.
    QHash<Id, QList<Address>> addressesIn(Id environmentId) const;
    // The prefixes of a zone in one environment (not those of its parents).
    QList<ZonePrefix> prefixesOf(Id zoneId, Id environmentId) const;

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
        QList<Environment> environments;
        QList<Address> addresses;
        QList<ZonePrefix> zonePrefixes;
        QList<View> views;
        QList<Baseline> baselines;
        QList<Id> removedProducts;
        QList<Id> removedZones;
        QList<Id> removedComponents;
        QList<Id> removedFlows;
        QList<Id> removedEnvironments;
        QList<Id> removedAddresses;
        QList<Id> removedZonePrefixes;
        QList<Id> removedViews;
        QList<Id> removedBaselines;
        // Drawn items as they are now (an empty `after` is removed), each in
        // its drawing.
        QList<DrawnChange> drawn;
        std::optional<DrawingSettings> drawingSettings;
    };
    void apply(const Edit &edit);

private:
    void index();

    QHash<Id, qsizetype> m_productIndex;
    QHash<Id, qsizetype> m_zoneIndex;
    QHash<Id, qsizetype> m_componentIndex;
    QHash<Id, qsizetype> m_flowIndex;
    QHash<Id, qsizetype> m_environmentIndex;
    QHash<Id, qsizetype> m_addressIndex;
    QHash<Id, qsizetype> m_zonePrefixIndex;
    QHash<Id, qsizetype> m_viewIndex;
    QHash<Id, qsizetype> m_baselineIndex;
};

} // namespace Portolan

#include "snapshot.h"

#include "store/projectstore.h"

#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

template<typename T> QHash<Id, qsizetype> indexById(const QList<T> &items)
{
    QHash<Id, qsizetype> index;
    index.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert(items.at(i).id, i);
    return index;
}

template<typename T>
const T *lookUp(const QList<T> &items, const QHash<Id, qsizetype> &index, Id id)
{
    const auto it = index.constFind(id);
    return it == index.cend() ? nullptr : &items.at(*it);
}

// Puts and removes records of one kind; the index is rebuilt only when rows
// come or go (a put of a known id replaces it in place).
template<typename T>
void edit(QList<T> &items, QHash<Id, qsizetype> &index, const QList<T> &put,
          const QList<Id> &removed)
{
    QList<T> added;
    for (const T &item : put) {
        if (const auto it = index.constFind(item.id); it != index.cend())
            items[*it] = item;
        else
            added.append(item);
    }
    if (added.isEmpty() && removed.isEmpty())
        return;
    if (!removed.isEmpty()) {
        const QSet<Id> gone(removed.cbegin(), removed.cend());
        items.removeIf([&gone](const T &item) { return gone.contains(item.id); });
    }
    // Restored records (an undo) go back among the others: merge, in id order.
    const auto byId = [](const T &a, const T &b) { return a.id < b.id; };
    std::sort(added.begin(), added.end(), byId);
    const qsizetype kept = items.size();
    items.append(added);
    std::inplace_merge(items.begin(), items.begin() + kept, items.end(), byId);
    index = indexById(items);
}

} // namespace

void ProjectSnapshot::apply(const Edit &change)
{
    edit(products, m_productIndex, change.products, change.removedProducts);
    edit(zones, m_zoneIndex, change.zones, change.removedZones);
    edit(components, m_componentIndex, change.components, change.removedComponents);
    edit(flows, m_flowIndex, change.flows, change.removedFlows);
    edit(environments, m_environmentIndex, change.environments, change.removedEnvironments);
    edit(addresses, m_addressIndex, change.addresses, change.removedAddresses);
    edit(zonePrefixes, m_zonePrefixIndex, change.zonePrefixes, change.removedZonePrefixes);
    edit(views, m_viewIndex, change.views, change.removedViews);
    edit(baselines, m_baselineIndex, change.baselines, change.removedBaselines);
    for (const DrawnChange &drawn : change.drawn) {
        QHash<QString, DrawnItem> &into = drawn.view ? viewDrawings[drawn.view] : drawing;
        if (drawn.after)
            into.insert(drawn.key, *drawn.after);
        else
            into.remove(drawn.key);
        if (drawn.view && into.isEmpty())
            viewDrawings.remove(drawn.view);
    }
    for (const Id view : change.removedViews)
        viewDrawings.remove(view);
    if (change.drawingSettings)
        drawingSettings = *change.drawingSettings;
}

std::optional<ProjectSnapshot> ProjectSnapshot::read(const ProjectStore &store, QString *error)
{
    const ProjectStore::Reading reading(store);
    ProjectSnapshot snapshot;
    QList<Id> drawnViews;
    // One read a step; each leaves its own message, and the first that
    // fails ends the reading (a busy project fails each after the timeout).
    const std::function<void()> steps[] = {
        [&] { snapshot.name = store.property(u"name"_s); },
        [&] { snapshot.products = store.products(); },
        [&] { snapshot.zones = store.zones(); },
        [&] { snapshot.components = store.components(); },
        [&] { snapshot.flows = store.flows(); },
        [&] { snapshot.environments = store.environments(); },
        [&] { snapshot.addresses = store.allAddresses(); },
        [&] { snapshot.zonePrefixes = store.allZonePrefixes(); },
        [&] { snapshot.views = store.views(); },
        [&] { snapshot.baselines = store.baselines(); },
        [&] { snapshot.drawingSettings = store.drawingSettings(); },
        [&] {
            for (const DrawnItem &item : store.drawing())
                snapshot.drawing.insert(item.key, item);
        },
        [&] { drawnViews = store.drawnViews(); },
    };
    const auto failed = [&store, error] {
        if (store.errorString().isEmpty())
            return false;
        if (error)
            *error = u"cannot read the project: %1"_s.arg(store.errorString());
        return true;
    };
    for (const auto &step : steps) {
        step();
        if (failed())
            return std::nullopt;
    }
    for (const Id view : std::as_const(drawnViews)) {
        for (const DrawnItem &item : store.drawing(view))
            snapshot.viewDrawings[view].insert(item.key, item);
        if (failed())
            return std::nullopt;
    }
    snapshot.index();
    return snapshot;
}

void ProjectSnapshot::index()
{
    m_productIndex = indexById(products);
    m_zoneIndex = indexById(zones);
    m_componentIndex = indexById(components);
    m_flowIndex = indexById(flows);
    m_environmentIndex = indexById(environments);
    m_addressIndex = indexById(addresses);
    m_zonePrefixIndex = indexById(zonePrefixes);
    m_viewIndex = indexById(views);
    m_baselineIndex = indexById(baselines);
}

const Product *ProjectSnapshot::product(Id id) const
{
    return lookUp(products, m_productIndex, id);
}

const Zone *ProjectSnapshot::zone(Id id) const
{
    return lookUp(zones, m_zoneIndex, id);
}

const Component *ProjectSnapshot::component(Id id) const
{
    return lookUp(components, m_componentIndex, id);
}

const Flow *ProjectSnapshot::flow(Id id) const
{
    return lookUp(flows, m_flowIndex, id);
}

const Environment *ProjectSnapshot::environment(Id id) const
{
    return lookUp(environments, m_environmentIndex, id);
}

const Address *ProjectSnapshot::address(Id id) const
{
    return lookUp(addresses, m_addressIndex, id);
}

const ZonePrefix *ProjectSnapshot::zonePrefix(Id id) const
{
    return lookUp(zonePrefixes, m_zonePrefixIndex, id);
}

const View *ProjectSnapshot::view(Id id) const
{
    return lookUp(views, m_viewIndex, id);
}

const Baseline *ProjectSnapshot::baseline(Id id) const
{
    return lookUp(baselines, m_baselineIndex, id);
}

QList<Address> ProjectSnapshot::addressesOf(Id componentId, Id environmentId) const
{
    QList<Address> found;
    for (const Address &address : addresses) {
        if (address.componentId == componentId && address.environmentId == environmentId)
            found.append(address);
    }
    return found;
}

QHash<Id, QList<Address>> ProjectSnapshot::addressesIn(Id environmentId) const
{
    QHash<Id, QList<Address>> byComponent;
    for (const Address &address : addresses) {
        if (address.environmentId == environmentId)
            byComponent[address.componentId].append(address);
    }
    return byComponent;
}

QList<ZonePrefix> ProjectSnapshot::prefixesOf(Id zoneId, Id environmentId) const
{
    QList<ZonePrefix> found;
    for (const ZonePrefix &prefix : zonePrefixes) {
        if (prefix.zoneId == zoneId && prefix.environmentId == environmentId)
            found.append(prefix);
    }
    return found;
}

QString ProjectSnapshot::productName(Id id) const
{
    const Product *p = product(id);
    return p ? p->name : QString();
}

QString ProjectSnapshot::zoneName(Id id) const
{
    const Zone *z = zone(id);
    return z ? z->name : QString();
}

QString ProjectSnapshot::componentName(Id id) const
{
    const Component *c = component(id);
    return c ? c->name : QString();
}

} // namespace Portolan

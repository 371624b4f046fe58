#include "snapshot.h"

#include "store/projectstore.h"

#include <algorithm>

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

// Replaces the record with item's id, or inserts it in id order; returns
// whether positions after it moved (the index then needs rebuilding).
template<typename T> bool putById(QList<T> &items, QHash<Id, qsizetype> &index, const T &item)
{
    if (const auto it = index.constFind(item.id); it != index.cend()) {
        items[*it] = item;
        return false;
    }
    const auto at = std::lower_bound(items.begin(), items.end(), item.id,
                                     [](const T &a, Id id) { return a.id < id; });
    const bool atEnd = at == items.end();
    const qsizetype position = at - items.begin();
    items.insert(position, item);
    if (atEnd)
        index.insert(item.id, position);
    return !atEnd;
}

template<typename T> bool removeById(QList<T> &items, const QHash<Id, qsizetype> &index, Id id)
{
    const auto it = index.constFind(id);
    if (it == index.cend())
        return false;
    items.removeAt(*it);
    return true;
}

} // namespace

void ProjectSnapshot::put(const Product &product)
{
    if (putById(products, m_productIndex, product))
        m_productIndex = indexById(products);
}

void ProjectSnapshot::put(const Zone &zone)
{
    if (putById(zones, m_zoneIndex, zone))
        m_zoneIndex = indexById(zones);
}

void ProjectSnapshot::put(const Component &component)
{
    if (putById(components, m_componentIndex, component))
        m_componentIndex = indexById(components);
    m_flowIndex = indexById(flows);
}

void ProjectSnapshot::put(const Flow &flow)
{
    if (putById(flows, m_flowIndex, flow))
        m_flowIndex = indexById(flows);
}

void ProjectSnapshot::removeProduct(Id id)
{
    if (removeById(products, m_productIndex, id))
        m_productIndex = indexById(products);
}

void ProjectSnapshot::removeZone(Id id)
{
    if (removeById(zones, m_zoneIndex, id))
        m_zoneIndex = indexById(zones);
}

void ProjectSnapshot::removeComponent(Id id)
{
    if (removeById(components, m_componentIndex, id))
        m_componentIndex = indexById(components);
    m_flowIndex = indexById(flows);
}

void ProjectSnapshot::removeFlow(Id id)
{
    if (removeById(flows, m_flowIndex, id))
        m_flowIndex = indexById(flows);
}

ProjectSnapshot ProjectSnapshot::read(const ProjectStore &store)
{
    ProjectSnapshot snapshot;
    snapshot.name = store.property(u"name"_s);
    snapshot.products = store.products();
    snapshot.zones = store.zones();
    snapshot.components = store.components();
    snapshot.flows = store.flows();
    snapshot.index();
    return snapshot;
}

void ProjectSnapshot::index()
{
    m_productIndex = indexById(products);
    m_zoneIndex = indexById(zones);
    m_componentIndex = indexById(components);
    m_flowIndex = indexById(flows);
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

#include "snapshot.h"

#include "store/projectstore.h"

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

} // namespace

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

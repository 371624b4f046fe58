#pragma once
// A whole project as lines of text — every product, zone, component, flow,
// address, zone prefix and view with every field — so that a test can compare the
// file before an edit and after its undo, and QCOMPARE shows what differs.

#include "project/snapshot.h"
#include "readsnapshot.h"
#include "store/projectstore.h"
#include "store/storefixture.h"

#include <QStringList>

namespace Portolan::Testing {

using namespace Qt::StringLiterals;

inline QString line(const Product &p)
{
    return u"product #%1 %2 %3"_s.arg(p.id).arg(p.name, p.color);
}

inline QString line(const Zone &z)
{
    return u"zone #%1 %2 parent=%3 notes=[%4]"_s.arg(z.id).arg(z.name).arg(z.parentId).arg(z.notes);
}

inline QString line(const Component &c)
{
    return u"component "_s + describe(c);
}

inline QString line(const Flow &f)
{
    return u"flow "_s + describe(f);
}

inline QString line(const Environment &e)
{
    return u"environment #%1 %2"_s.arg(e.id).arg(e.name);
}

inline QString line(const Address &a)
{
    return u"address #%1 env=%2 component=%3 %4 %5"_s.arg(a.id)
        .arg(a.environmentId)
        .arg(a.componentId)
        .arg(a.kind, a.value);
}

inline QString line(const ZonePrefix &p)
{
    return u"prefix #%1 env=%2 zone=%3 %4 vlan=%5 gw=%6 [%7]"_s.arg(p.id)
        .arg(p.environmentId)
        .arg(p.zoneId)
        .arg(p.cidr, p.vlan ? QString::number(*p.vlan) : u"-"_s, p.gateway, p.name);
}

inline QString line(const View &v)
{
    return u"view #%1 %2 at=%3 %4 %5 print=%6"_s.arg(v.id)
        .arg(v.name)
        .arg(v.position)
        .arg(viewLevelName(v.level), viewSelectionToJson(v.selection))
        .arg(v.print);
}

template<typename T> void append(QStringList &lines, const QList<T> &records)
{
    for (const T &record : records)
        lines.append(line(record));
}

// What the store holds.
inline QStringList dump(const ProjectStore &store)
{
    QStringList lines;
    append(lines, store.products());
    append(lines, store.zones());
    append(lines, store.components());
    append(lines, store.flows());
    append(lines, store.environments());
    for (const Component &component : store.components())
        append(lines, store.addresses(component.id));
    for (const Zone &zone : store.zones())
        append(lines, store.zonePrefixes(zone.id));
    append(lines, store.views());
    return lines;
}

// What a snapshot holds.
inline QStringList dump(const ProjectSnapshot &project)
{
    QStringList lines;
    append(lines, project.products);
    append(lines, project.zones);
    append(lines, project.components);
    append(lines, project.flows);
    append(lines, project.environments);
    append(lines, project.addresses);
    append(lines, project.zonePrefixes);
    append(lines, project.views);
    return lines;
}

inline QStringList designOf(const ProjectStore &store)
{
    return dump(Testing::readSnapshot(store));
}

} // namespace Portolan::Testing

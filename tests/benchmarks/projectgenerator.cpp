#include "projectgenerator.h"

#include "import/componenttable.h"
#include "io/csv.h"
#include "project/componentimport.h"
#include "project/snapshot.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <utility>

using namespace Qt::StringLiterals;

namespace Portolan::Bench {

QString sizeName(ProjectSize size)
{
    switch (size) {
    case ProjectSize::S:
        return u"S"_s;
    case ProjectSize::M:
        return u"M"_s;
    case ProjectSize::L:
        return u"L"_s;
    case ProjectSize::XL:
        return u"XL"_s;
    }
    return {};
}

ProjectShape projectShape(ProjectSize size)
{
    switch (size) {
    case ProjectSize::S:
        return { 25, 35, 6, 1, 2 };
    case ProjectSize::M:
        return { 150, 600, 12, 3, 3 };
    case ProjectSize::L:
        return { 600, 3000, 30, 8, 4 };
    case ProjectSize::XL:
        return { 2000, 10000, 80, 20, 6 };
    }
    return {};
}

namespace {

const QStringList zoneNames {
    u"Management network"_s,    u"Workload network"_s, u"Shared services"_s,
    u"SaaS / Internet"_s,       u"Admin LAN"_s,        u"DMZ"_s,
    u"Tanzu Kubernetes Grid"_s, u"Storage network"_s
};
const QStringList componentNames { u"vCenter Server"_s,
                                   u"NSX ALB Controller"_s,
                                   u"Service Engine"_s,
                                   u"ESXi host"_s,
                                   u"DNS"_s,
                                   u"NTP"_s,
                                   u"AD/LDAP Server"_s,
                                   u"Harbor"_s,
                                   u"TKG Workload Cluster"_s,
                                   u"Bootstrap VM"_s,
                                   u"syslog.example.com"_s,
                                   u"*.tmc.cloud.vmware.com"_s };
const QStringList productNames { u"NSX Advanced Load Balancer"_s,
                                 u"Tanzu Kubernetes Grid"_s,
                                 u"vSphere"_s,
                                 u"Tanzu Mission Control"_s,
                                 u"Harbor"_s,
                                 u"Backup"_s };
const QStringList portChoices {
    u"22"_s,   u"53"_s,   u"80"_s,    u"123"_s,       u"389"_s,
    u"443"_s,  u"514"_s,  u"636"_s,   u"902"_s,       u"6443"_s,
    u"8443"_s, u"9000"_s, u"67-68"_s, u"2379-2380"_s, u"30000-32767"_s
};

} // namespace

bool generateProject(ProjectStore &store, ProjectSize size, quint32 seed, QString *error)
{
    const ProjectShape shape = projectShape(size);
    QRandomGenerator random(seed);
    const auto pick = [&](int n) { return int(random.bounded(quint32(qMax(1, n)))); };
    const auto failed = [&](const QString &what) {
        if (error)
            *error = what + u": "_s + store.errorString();
        return false;
    };

    ProjectStore::Transaction transaction(store);
    store.setProperty(u"name"_s, u"Generated %1"_s.arg(sizeName(size)));
    QList<Id> products;
    for (int p = 0; p < shape.products; ++p) {
        const Id id = store.addProduct({ 0, productNames.at(p % productNames.size()), {} });
        if (id == 0)
            return failed(u"product"_s);
        products << id;
    }

    // Zones and components arrive as a CMDB list would bring them: a
    // "name,kind,zone,parent zone" table through the component import.
    QStringList zones;
    QStringList zoneParents;
    const int topLevel = shape.zones - shape.nestedZones;
    for (int z = 0; z < shape.zones; ++z) {
        zoneParents << (z >= topLevel ? zones.at(pick(topLevel)) : QString());
        zones << u"%1 %2"_s.arg(zoneNames.at(z % zoneNames.size())).arg(z);
    }
    const QList<ComponentKind> kinds = allComponentKinds();
    QString list = csvLine({ u"name"_s, u"kind"_s, u"zone"_s, u"parent zone"_s });
    QStringList names;
    QList<int> componentZones; // index into zones, -1: none
    QHash<int, QList<int>> zoneMembers; // zone -> indexes into components
    for (int c = 0; c < shape.components; ++c) {
        // One component in twenty lives in no zone.
        const int zone = pick(20) == 0 ? -1 : pick(zones.size());
        names << u"%1 %2"_s.arg(componentNames.at(pick(componentNames.size()))).arg(c);
        const ComponentKind kind = kinds.at(pick(kinds.size()));
        list += csvLine({ names.last(), componentKindName(kind), zones.value(zone),
                          zone < 0 ? QString() : zoneParents.at(zone) });
        zoneMembers[zone].append(c);
        componentZones << zone;
    }
    const ComponentTable table
        = readComponentText(list, SourceFormat::Csv, u"generated components"_s);
    QString importError;
    if (!importComponentsIntoProject(store, table, nullptr, &importError))
        return failed(u"components: "_s + importError);
    QHash<QString, Id> ids;
    for (const Component &component : Testing::readSnapshot(store).components)
        ids.insert(component.name, component.id);
    QList<Id> components;
    for (const QString &name : std::as_const(names)) {
        components << ids.value(name);
        if (!components.last())
            return failed(u"component “%1” not imported"_s.arg(name));
    }

    // A tenth of the components are shared services that many flows reach;
    // a quarter of the flows stay inside their zone; some pairs carry
    // several flows, as a controller and its hosts do.
    const int hubs = qMax(2, shape.components / 10);
    QList<std::pair<int, int>> pairs;
    for (int f = 0; f < shape.flows; ++f) {
        int source = pick(shape.components);
        int target = 0;
        const int roll = pick(100);
        if (roll < 20 && !pairs.isEmpty()) {
            std::tie(source, target) = pairs.at(pick(pairs.size()));
        } else if (roll < 45) {
            target = pick(hubs);
        } else if (roll < 70) {
            const QList<int> &same = zoneMembers[componentZones.at(source)];
            target = same.at(pick(same.size()));
        } else {
            target = pick(shape.components);
        }
        if (target == source && pick(100) != 0) // self loops are rare
            target = (target + 1) % shape.components;
        pairs.append({ source, target });

        Flow flow;
        flow.productId = products.at(pick(products.size()));
        flow.sourceId = components.at(source);
        flow.destinationId = components.at(target);
        flow.protocol = pick(4) == 0 ? Transport::Udp : Transport::Tcp;
        QString ports = portChoices.at(pick(portChoices.size()));
        if (pick(3) == 0)
            ports += u',' + portChoices.at(pick(portChoices.size()));
        flow.ports = PortSet::parse(ports).value_or(PortSet::single(443));
        flow.purpose = u"Generated flow %1"_s.arg(f); // unique: no flow is a duplicate
        if (store.addFlow(flow) == 0)
            return failed(u"flow"_s);
    }
    if (!transaction.commit())
        return failed(u"commit"_s);
    return true;
}

} // namespace Portolan::Bench

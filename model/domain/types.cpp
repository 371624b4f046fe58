#include "types.h"

#include <QCoreApplication>

namespace Portolan {

namespace {

struct KindWord
{
    QStringView word;
    ComponentKind kind;
};

// The first entry of each kind is its canonical name; the others are what
// vendor tables and hand-written sample data call the same thing. Keys are
// lower case with single spaces ("network cidr").
// clang-format off
constexpr KindWord kindWords[] = {
    { u"host", ComponentKind::Host },
    { u"appliance", ComponentKind::Appliance },
    { u"cluster", ComponentKind::Cluster },
    { u"network", ComponentKind::Network },
    { u"service", ComponentKind::Service },
    { u"saas", ComponentKind::Saas },
    { u"client", ComponentKind::Client },
    { u"any", ComponentKind::Any },
    { u"vm", ComponentKind::Host },
    { u"virtual machine", ComponentKind::Host },
    { u"server", ComponentKind::Host },
    { u"network cidr", ComponentKind::Network },
    { u"cidr", ComponentKind::Network },
    { u"subnet", ComponentKind::Network },
    { u"fqdn", ComponentKind::Saas },
    { u"saas fqdn", ComponentKind::Saas },
    { u"cloud", ComponentKind::Saas },
    { u"workstation", ComponentKind::Client },
    { u"laptop", ComponentKind::Client },
    { u"desktop", ComponentKind::Client },
    { u"router", ComponentKind::Appliance },
    { u"switch", ComponentKind::Appliance },
    { u"firewall", ComponentKind::Appliance },
    { u"load balancer", ComponentKind::Appliance },
    { u"controller", ComponentKind::Appliance },
    { u"kubernetes cluster", ComponentKind::Cluster },
    { u"vlan", ComponentKind::Network },
    { u"prefix", ComponentKind::Network },
};
// clang-format on

} // namespace

QString componentKindName(ComponentKind kind)
{
    for (const KindWord &w : kindWords) {
        if (w.kind == kind)
            return w.word.toString();
    }
    Q_UNREACHABLE();
    return {};
}

QString componentKindLabel(ComponentKind kind)
{
    // The English texts are the identifiers of componentKindName().
    const char *text = nullptr;
    switch (kind) {
    case ComponentKind::Host:
        //: A kind of component, shown in the Kind column and inside sentences
        //: ("Make “%1” a %2").
        text = QT_TRANSLATE_NOOP("Portolan::ComponentKind", "host");
        break;
    case ComponentKind::Appliance:
        //: A kind of component (router, firewall, load balancer…).
        text = QT_TRANSLATE_NOOP("Portolan::ComponentKind", "appliance");
        break;
    case ComponentKind::Cluster:
        //: A kind of component.
        text = QT_TRANSLATE_NOOP("Portolan::ComponentKind", "cluster");
        break;
    case ComponentKind::Network:
        //: A kind of component: a network given as a CIDR.
        text = QT_TRANSLATE_NOOP("Portolan::ComponentKind", "network");
        break;
    case ComponentKind::Service:
        //: A kind of component.
        text = QT_TRANSLATE_NOOP("Portolan::ComponentKind", "service");
        break;
    case ComponentKind::Saas:
        //: A kind of component: software as a service, reached by its FQDN.
        text = QT_TRANSLATE_NOOP("Portolan::ComponentKind", "saas");
        break;
    case ComponentKind::Client:
        //: A kind of component: workstations, laptops.
        text = QT_TRANSLATE_NOOP("Portolan::ComponentKind", "client");
        break;
    case ComponentKind::Any:
        //: A kind of component: any address at all.
        text = QT_TRANSLATE_NOOP("Portolan::ComponentKind", "any");
        break;
    }
    if (!text)
        return componentKindName(kind);
    return QCoreApplication::translate("Portolan::ComponentKind", text);
}

std::optional<ComponentKind> componentKindFromName(QStringView name)
{
    // "Network-CIDR", "network_cidr", "SaaS/FQDN" and "network  cidr" all
    // spell the same kind.
    QString key = name.toString().toLower();
    for (QChar &c : key) {
        if (c == u'-' || c == u'_' || c == u'/')
            c = u' ';
    }
    key = key.simplified();
    for (const KindWord &w : kindWords) {
        if (w.word == key)
            return w.kind;
    }
    return std::nullopt;
}

QList<ComponentKind> allComponentKinds()
{
    return { ComponentKind::Host,    ComponentKind::Appliance, ComponentKind::Cluster,
             ComponentKind::Network, ComponentKind::Service,   ComponentKind::Saas,
             ComponentKind::Client,  ComponentKind::Any };
}

} // namespace Portolan

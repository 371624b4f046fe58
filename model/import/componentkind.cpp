// A first guess of a component's kind from the words of its name.

#include "import/importer.h"

#include "domain/names.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

constexpr auto caseless = QRegularExpression::CaseInsensitiveOption;

// Words matched where a word starts ("Services" has "service", "SecureLDAP"
// has no "ldap"), case-insensitively.
QRegularExpression wordStarts(const QString &alternatives)
{
    return QRegularExpression(u"\\b(?:"_s + alternatives + u")"_s, caseless);
}

} // namespace

ComponentKind guessComponentKind(QStringView name)
{
    static const QStringList anyNames { u"any"_s,       u"anywhere"_s, u"any host"_s, u"all"_s,
                                        u"0.0.0.0/0"_s, u"::/0"_s,     u"internet"_s, u"*"_s };
    static const QRegularExpression fqdn(
        uR"(^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]\.?$)"_s,
        caseless);
    static const QRegularExpression cidr(uR"(^[0-9a-f:.]+/[0-9]{1,3}$)"_s, caseless);
    static const QRegularExpression network = wordStarts(u"cidr|network|subnet|vlan|segment"_s);
    static const QRegularExpression cluster = wordStarts(u"cluster"_s);
    static const QRegularExpression client = wordStarts(
        u"client|workstation|bootstrap|jumpbox|jump ?host|jump ?server|admin|browser|user"_s);
    static const QRegularExpression saasProduct
        = wordStarts(u"mission control|observability|service mesh"_s);
    static const QRegularExpression appliance
        = wordStarts(u"controller|manager|appliance|vcenter|nsx"_s);
    static const QRegularExpression service = wordStarts(
        u"dns|ntp|syslog|ldap|dhcp|harbor|registry|server|service|proxy|domain name"_s);
    static const QRegularExpression saas = wordStarts(u"cloud|saas"_s);

    const QString text = cleanName(name);
    if (anyNames.contains(text.toLower()))
        return ComponentKind::Any;
    if (text.startsWith(u"*."_s) || fqdn.match(text).hasMatch())
        return ComponentKind::Saas;
    if (cidr.match(text).hasMatch() || network.match(text).hasMatch())
        return ComponentKind::Network;
    // In that order: "TKG Management Cluster CIDR" is a network, "Tanzu
    // Service Mesh" SaaS rather than a service.
    const QList<std::pair<const QRegularExpression *, ComponentKind>> rules {
        { &cluster, ComponentKind::Cluster },  { &client, ComponentKind::Client },
        { &saasProduct, ComponentKind::Saas }, { &appliance, ComponentKind::Appliance },
        { &service, ComponentKind::Service },  { &saas, ComponentKind::Saas },
    };
    for (const auto &[pattern, kind] : rules) {
        if (pattern->match(text).hasMatch())
            return kind;
    }
    return ComponentKind::Host;
}

} // namespace Portolan

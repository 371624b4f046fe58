#include "rules.h"

#include "project/snapshot.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

RuleEndpoint endpoint(const ProjectSnapshot &project, Id component,
                      const QHash<Id, QList<Address>> &addresses)
{
    RuleEndpoint end;
    end.componentId = component;
    end.name = project.componentName(component);
    if (const Component *record = project.component(component))
        end.zone = project.zoneName(record->zoneId);
    for (const Address &address : addresses.value(component))
        end.addresses.append(address.value);
    return end;
}

void appendDistinct(QStringList &list, const QString &value)
{
    if (!value.trimmed().isEmpty() && !list.contains(value))
        list.append(value);
}

Rule ruleFor(const ProjectSnapshot &project, const Flow &flow,
             const QHash<Id, QList<Address>> &addresses)
{
    Rule rule;
    rule.id = u"R%1"_s.arg(flow.id, 4, 10, QLatin1Char('0'));
    appendDistinct(rule.products, project.productName(flow.productId));
    rule.source = endpoint(project, flow.sourceId, addresses);
    rule.destination = endpoint(project, flow.destinationId, addresses);
    rule.protocol = flow.protocol;
    rule.ports = flow.ports;
    appendDistinct(rule.purposes, flow.purpose.trimmed());
    appendDistinct(rule.notes, flow.notes.trimmed());
    rule.optional = flow.optional;
    rule.flowIds = { flow.id };
    return rule;
}

} // namespace

std::optional<Consolidation> consolidationFromName(QStringView name)
{
    const QString key = name.trimmed().toString().toLower();
    if (key == u"none"_s)
        return Consolidation::None;
    if (key == u"ports"_s)
        return Consolidation::Ports;
    return std::nullopt;
}

QList<Rule> generateRules(const ProjectSnapshot &project, Id environment,
                          Consolidation consolidation)
{
    const QHash<Id, QList<Address>> addresses
        = environment ? project.addressesIn(environment) : QHash<Id, QList<Address>>();
    QList<Rule> rules;
    // (source, destination, protocol) → index of its rule, when consolidating.
    QHash<std::pair<std::pair<Id, Id>, int>, qsizetype> groups;
    for (const Flow &flow : project.flows) {
        if (consolidation == Consolidation::Ports) {
            const auto key = std::make_pair(std::make_pair(flow.sourceId, flow.destinationId),
                                            int(flow.protocol));
            if (const auto found = groups.constFind(key); found != groups.cend()) {
                Rule &rule = rules[*found];
                appendDistinct(rule.products, project.productName(flow.productId));
                rule.ports.merge(flow.ports);
                appendDistinct(rule.purposes, flow.purpose.trimmed());
                appendDistinct(rule.notes, flow.notes.trimmed());
                rule.optional = rule.optional && flow.optional;
                rule.flowIds.append(flow.id);
                continue;
            }
            groups.insert(key, rules.size());
        }
        rules.append(ruleFor(project, flow, addresses));
    }
    return rules;
}

QString rulePortsText(const Rule &rule)
{
    const QString protocol = transportName(rule.protocol);
    if (!transportHasPorts(rule.protocol))
        return protocol;
    return rule.ports.isEmpty() ? protocol + u" any"_s : protocol + u' ' + rule.ports.toString();
}

} // namespace Portolan

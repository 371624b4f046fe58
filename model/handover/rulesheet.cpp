#include "rulesheet.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::RuleSheet", text);
}

QString addressesCell(const RuleEndpoint &end, const QString &environment)
{
    return end.resolved() ? end.addresses.join(u'\n') : tr("(no address in %1)").arg(environment);
}

QString portsCell(const Rule &rule)
{
    if (!transportHasPorts(rule.protocol))
        return {};
    return rule.ports.isEmpty() ? tr("any") : rule.ports.toString();
}

QString statusCell(const Rule &rule)
{
    const bool source = rule.source.resolved();
    const bool destination = rule.destination.resolved();
    if (source && destination)
        return tr("ok");
    if (!source && !destination)
        return tr("unresolved source and destination");
    return source ? tr("unresolved destination") : tr("unresolved source");
}

} // namespace

Sheet rulesSheet(const QList<Rule> &rules, const QString &environment, const QString &name)
{
    Sheet sheet;
    sheet.name = name.isEmpty() ? tr("Rules") : name;
    sheet.header = { tr("Rule"),
                     tr("Product"),
                     tr("Source"),
                     tr("Source zone"),
                     tr("Source addresses"),
                     tr("Destination"),
                     tr("Destination zone"),
                     tr("Destination addresses"),
                     tr("Protocol"),
                     tr("Ports"),
                     tr("Purpose"),
                     tr("Optional"),
                     tr("Notes"),
                     tr("Status") };
    sheet.widths = { 7, 24, 28, 20, 22, 28, 20, 22, 9, 16, 40, 9, 30, 16 };
    for (const Rule &rule : rules) {
        sheet.rows.append({ rule.id, rule.products.join(u'\n'), rule.source.name, rule.source.zone,
                            addressesCell(rule.source, environment), rule.destination.name,
                            rule.destination.zone, addressesCell(rule.destination, environment),
                            transportName(rule.protocol), portsCell(rule),
                            rule.purposes.join(u'\n'), rule.optional ? tr("yes") : QString(),
                            rule.notes.join(u'\n'), statusCell(rule) });
    }
    return sheet;
}

} // namespace Portolan

#include "rulesheet.h"

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QString addressesCell(const SheetWords &words, const RuleEndpoint &end, const QString &environment)
{
    return end.resolved()
        ? end.addresses.join(u'\n')
        : words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "(no address in %1)")).arg(environment);
}

QString portsCell(const SheetWords &words, const Rule &rule)
{
    if (!transportHasPorts(rule.protocol))
        return {};
    return rule.ports.isEmpty() ? words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "any"))
                                : rule.ports.toString();
}

QString statusCell(const SheetWords &words, const Rule &rule)
{
    const bool source = rule.source.resolved();
    const bool destination = rule.destination.resolved();
    if (source && destination)
        return words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "ok"));
    if (!source && !destination)
        return words(
            QT_TRANSLATE_NOOP("Portolan::HandoverText", "unresolved source and destination"));
    return source ? words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "unresolved destination"))
                  : words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "unresolved source"));
}

} // namespace

Sheet rulesSheet(const QList<Rule> &rules, const QString &environment, const QString &name,
                 SheetTexts texts)
{
    const SheetWords words(texts);
    Sheet sheet;
    sheet.name
        = name.isEmpty() ? words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Rules")) : name;
    sheet.header = { words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Rule")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Product")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Source")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Source zone")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Source addresses")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Destination")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Destination zone")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Destination addresses")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Protocol")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Ports")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Purpose")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Optional")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Notes")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Status")) };
    sheet.widths = { 7, 24, 28, 20, 22, 28, 20, 22, 9, 16, 40, 9, 30, 16 };
    for (const Rule &rule : rules) {
        sheet.rows.append(
            { rule.id, rule.products.join(u'\n'), rule.source.name, rule.source.zone,
              addressesCell(words, rule.source, environment), rule.destination.name,
              rule.destination.zone, addressesCell(words, rule.destination, environment),
              transportName(rule.protocol), portsCell(words, rule), rule.purposes.join(u'\n'),
              rule.optional ? words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "yes")) : QString(),
              rule.notes.join(u'\n'), statusCell(words, rule) });
    }
    return sheet;
}

} // namespace Portolan

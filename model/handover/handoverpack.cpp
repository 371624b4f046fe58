#include "handoverpack.h"

#include "addressing/addressplan.h"
#include "domain/translationcontexts.h"
#include "project/snapshot.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QString endpointCell(const RuleEndpoint &end, const QString &environment)
{
    QStringList lines { end.name };
    if (end.resolved())
        lines.append(end.addresses);
    else
        lines.append(HandoverText::tr("(no address in %1)").arg(environment));
    if (!end.zone.isEmpty())
        lines.append(HandoverText::tr("zone %1").arg(end.zone));
    return lines.join(u'\n');
}

PackTable rulesTable(const QList<Rule> &rules, int unresolved, const QString &environment)
{
    PackTable table;
    table.title = HandoverText::tr("Firewall rules");
    table.intro = unresolved == 0
        ? HandoverText::tr("%1 rule(s); every source and destination has an address in %2.")
              .arg(rules.size())
              .arg(environment)
        : HandoverText::tr("%1 rule(s); %2 have an endpoint without an address in %3 (shaded).")
              .arg(rules.size())
              .arg(unresolved)
              .arg(environment);
    table.emptyText = HandoverText::tr("The project has no flows, so there are no rules.");
    table.columns = { { HandoverText::tr("Rule"), 8 },
                      { HandoverText::tr("Source"), 27, true },
                      { HandoverText::tr("Destination"), 27, true },
                      { HandoverText::tr("Service"), 13 },
                      { HandoverText::tr("Purpose"), 25 } };
    for (const Rule &rule : rules) {
        QString id = rule.id;
        if (rule.optional)
            id += u'\n' + HandoverText::tr("optional");
        QStringList purpose = rule.purposes;
        for (const QString &note : rule.notes)
            purpose.append(HandoverText::tr("Note: %1").arg(note));
        table.rows.append({ id, endpointCell(rule.source, environment),
                            endpointCell(rule.destination, environment), rulePortsText(rule),
                            purpose.join(u'\n') });
        table.groups.append(rule.products.isEmpty() ? HandoverText::tr("No product")
                                                    : rule.products.join(u", "_s));
        table.tones.append(rule.resolved() ? PackTable::Tone::Plain : PackTable::Tone::Warning);
    }
    return table;
}

// *unaddressed: the components that need an address and have none.
PackTable addressesTable(const ProjectSnapshot &project, Id environment,
                         const QString &environmentName, int *unaddressed)
{
    PackTable table;
    table.title = HandoverText::tr("Address plan");
    table.emptyText
        = HandoverText::tr("No component has an address in %1 yet.").arg(environmentName);
    table.columns = { { HandoverText::tr("Component"), 30, true },
                      { HandoverText::tr("Kind"), 12 },
                      { HandoverText::tr("Zone"), 24 },
                      { HandoverText::tr("Addresses"), 34 } };
    QHash<QString, QStringList> byComponent;
    QHash<QString, PlanRow> first;
    for (const PlanRow &row : addressPlan(project, environment)) {
        byComponent[row.component].append(row.address);
        first.insert(row.component, row);
    }
    QStringList missing;
    for (const Component &component : project.components) {
        const auto found = byComponent.constFind(component.name);
        if (found == byComponent.cend()) {
            if (component.kind != ComponentKind::Any)
                missing.append(component.name);
            continue;
        }
        const PlanRow &row = first.value(component.name);
        table.rows.append(
            { component.name, componentKindLabel(component.kind), row.zone, found->join(u'\n') });
        table.tones.append(PackTable::Tone::Plain);
    }
    table.intro = HandoverText::tr("%1 of %2 component(s) have addresses in %3.")
                      .arg(table.rows.size())
                      .arg(table.rows.size() + missing.size())
                      .arg(environmentName);
    if (!missing.isEmpty())
        table.intro += u' ' + HandoverText::tr("Without one: %1.").arg(missing.join(u", "_s));
    *unaddressed = int(missing.size());
    return table;
}

PackTable prefixesTable(const ProjectSnapshot &project, Id environment,
                        const QString &environmentName)
{
    PackTable table;
    table.title = HandoverText::tr("Zone prefixes");
    table.emptyText = HandoverText::tr("No zone has a prefix in %1.").arg(environmentName);
    table.columns = { { HandoverText::tr("Zone"), 30 },
                      { HandoverText::tr("Prefix"), 28 },
                      { HandoverText::tr("VLAN"), 10 },
                      { HandoverText::tr("Gateway"), 22 },
                      { HandoverText::tr("Name"), 20 } };
    for (const Zone &zone : project.zones) {
        for (const ZonePrefix &prefix : project.prefixesOf(zone.id, environment)) {
            table.rows.append({ zone.name, prefix.cidr,
                                prefix.vlan ? QString::number(*prefix.vlan) : QString(),
                                prefix.gateway, prefix.name });
            table.tones.append(PackTable::Tone::Plain);
        }
    }
    return table;
}

PackTable findingsTable(const QList<LintFinding> &findings, const QString &environmentName)
{
    PackTable table;
    table.title = HandoverText::tr("Findings");
    table.intro
        = HandoverText::tr("What portolan lint reports for the design and the addresses of %1.")
              .arg(environmentName);
    table.emptyText = HandoverText::tr("No findings.");
    table.columns = { { HandoverText::tr("Severity"), 12 }, { HandoverText::tr("Finding"), 88 } };
    for (const LintFinding &finding : findings) {
        table.rows.append({ lintSeverityName(finding.severity), finding.message });
        table.tones.append(finding.severity == LintFinding::Severity::Error ? PackTable::Tone::Error
                               : finding.severity == LintFinding::Severity::Warning
                               ? PackTable::Tone::Warning
                               : PackTable::Tone::Plain);
    }
    return table;
}

QString fingerprintOf(const QList<const PackTable *> &tables)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const PackTable *table : tables) {
        for (const QStringList &row : table->rows) {
            hash.addData(row.join(QChar(0x1f)).toUtf8());
            hash.addData("\x1e");
        }
        hash.addData("\x1d");
    }
    const QString hex = QString::fromLatin1(hash.result().toHex().left(12));
    return hex.left(4) + u' ' + hex.mid(4, 4) + u' ' + hex.mid(8, 4);
}

QString findingsSummary(const QList<LintFinding> &findings)
{
    int counts[3] = {};
    for (const LintFinding &finding : findings)
        ++counts[int(finding.severity)];
    return HandoverText::tr("%1 error(s), %2 warning(s), %3 info")
        .arg(counts[int(LintFinding::Severity::Error)])
        .arg(counts[int(LintFinding::Severity::Warning)])
        .arg(counts[int(LintFinding::Severity::Info)]);
}

} // namespace

HandoverPack handoverPack(const ProjectSnapshot &project, Id environment, const QList<Rule> &rules,
                          const QList<LintFinding> &findings, const HandoverOptions &options)
{
    HandoverPack pack;
    const Environment *env = project.environment(environment);
    pack.project = project.name;
    pack.environment = env ? env->name : QString();
    pack.author = options.author.trimmed();
    pack.date = options.date.isValid() ? options.date : handoverDate();

    pack.unresolvedRules = int(
        std::count_if(rules.cbegin(), rules.cend(), [](const Rule &r) { return !r.resolved(); }));
    pack.rules = rulesTable(rules, pack.unresolvedRules, pack.environment);
    int unaddressed = 0;
    pack.addresses = addressesTable(project, environment, pack.environment, &unaddressed);
    pack.prefixes = prefixesTable(project, environment, pack.environment);
    pack.findings = findingsTable(findings, pack.environment);
    pack.fingerprint = fingerprintOf({ &pack.rules, &pack.addresses, &pack.prefixes });
    pack.revision = options.revision.trimmed();
    if (pack.revision.isEmpty())
        pack.revision = options.baseline ? options.baseline->name : pack.fingerprint;
    pack.baseline = options.baseline
        ? HandoverText::tr("%1, frozen %2")
              .arg(options.baseline->name,
                   options.baseline->created.toUTC().date().toString(Qt::ISODate))
        : HandoverText::tr("none: the working design");

    pack.summary = {
        { HandoverText::tr("Components"), QString::number(project.components.size()) },
        { HandoverText::tr("Flows"), QString::number(project.flows.size()) },
        { HandoverText::tr("Rules"),
          pack.unresolvedRules == 0 ? HandoverText::tr("%1, all resolved").arg(rules.size())
                                    : HandoverText::tr("%1, %2 with an endpoint without an address")
                                          .arg(rules.size())
                                          .arg(pack.unresolvedRules) },
        { HandoverText::tr("Consolidation"),
          options.consolidation == Consolidation::None
              ? HandoverText::tr("none: one rule per flow")
              : HandoverText::tr("ports: one rule per source, destination and protocol") },
        { HandoverText::tr("Addressed components"),
          HandoverText::tr("%1 of %2")
              .arg(pack.addresses.rows.size())
              .arg(pack.addresses.rows.size() + unaddressed) },
        { HandoverText::tr("Zone prefixes"), QString::number(pack.prefixes.rows.size()) },
        { HandoverText::tr("Findings"), findingsSummary(findings) },
    };
    pack.signOffRoles
        = { HandoverText::tr("Prepared by"), HandoverText::tr("Reviewed by (network)"),
            HandoverText::tr("Accepted by (operations)") };
    return pack;
}

QDate handoverDate()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok && epoch >= 0)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).date();
    return QDate::currentDate();
}

} // namespace Portolan

#include "designlint.h"

#include "addressing/addressvalidation.h"
#include "domain/translationcontexts.h"
#include "project/snapshot.h"
#include "servicecatalogue.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QString quoted(const QString &name)
{
    return u"“%1”"_s.arg(name);
}

// "“A” → “B” TCP 67-68 (Product)": enough to find the row in any view.
QString describe(const ProjectSnapshot &project, const Flow &flow)
{
    QString text = u"%1 → %2 %3"_s.arg(quoted(project.componentName(flow.sourceId)),
                                       quoted(project.componentName(flow.destinationId)),
                                       transportName(flow.protocol));
    if (!flow.ports.isEmpty())
        text += u' ' + flow.ports.toString();
    if (flow.productId != 0)
        text += u" (%1)"_s.arg(project.productName(flow.productId));
    return text;
}

QList<Id> endpoints(const Flow &flow)
{
    QList<Id> ids { flow.sourceId };
    if (flow.destinationId != flow.sourceId)
        ids.append(flow.destinationId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

LintFinding flowFinding(LintFinding::Severity severity, const QString &message, const Flow &flow)
{
    return { severity, message, endpoints(flow), { flow.id } };
}

QString transportList(const QList<Transport> &transports)
{
    QStringList names;
    for (const Transport transport : transports)
        names.append(transportName(transport));
    if (names.size() < 2)
        return names.join(QString());
    const QString last = names.takeLast();
    return DesignLint::tr("%1 or %2").arg(names.join(u", "_s), last);
}

// The flow's ports are exactly those of well-known services, none of which
// uses the flow's transport. Wide ranges are allowances (NodePort, dynamic
// ports), not services bound to a transport, so they are left out.
void checkProtocol(const ProjectSnapshot &project, const ServiceCatalogue &catalogue,
                   const Flow &flow, QList<LintFinding> &findings)
{
    if (!transportHasPorts(flow.protocol) || flow.ports.isEmpty())
        return;
    QList<KnownService> services = catalogue.servicesOn(flow.ports);
    services.removeIf([](const KnownService &service) { return service.wideRange; });
    if (services.isEmpty())
        return;
    QList<Transport> normal;
    for (const KnownService &service : services) {
        for (const Transport transport : service.transports) {
            if (!normal.contains(transport))
                normal.append(transport);
        }
    }
    if (normal.contains(flow.protocol))
        return;
    std::sort(normal.begin(), normal.end());
    findings.append(flowFinding(LintFinding::Severity::Error,
                                DesignLint::tr("%1 contradicts %2, which uses %3 on %4")
                                    .arg(describe(project, flow), services.first().name,
                                         transportList(normal), flow.ports.toString()),
                                flow));
}

void checkPorts(const ProjectSnapshot &project, const ServiceCatalogue &catalogue, const Flow &flow,
                QList<LintFinding> &findings)
{
    if (flow.protocol == Transport::Any && flow.ports.isEmpty()) {
        findings.append(flowFinding(
            LintFinding::Severity::Warning,
            DesignLint::tr("%1 allows any protocol on any port").arg(describe(project, flow)),
            flow));
        return;
    }
    if (!transportHasPorts(flow.protocol))
        return;
    if (flow.ports.isEmpty()) {
        findings.append(
            flowFinding(LintFinding::Severity::Error,
                        DesignLint::tr("%1 has no ports; a %2 flow needs the ports it opens")
                            .arg(describe(project, flow), transportName(flow.protocol)),
                        flow));
        return;
    }
    if (flow.ports.count() <= BroadRangeLimit
        || catalogue.isNormalWideRange(flow.protocol, flow.ports))
        return;
    const QString message = flow.ports.isAll()
        ? DesignLint::tr("%1 opens every port").arg(describe(project, flow))
        : DesignLint::tr("%1 opens %2 ports; a range wider than %3 ports is rarely what is meant")
              .arg(describe(project, flow), QLocale::c().toString(flow.ports.count()),
                   QLocale::c().toString(BroadRangeLimit));
    findings.append(flowFinding(LintFinding::Severity::Warning, message, flow));
}

void checkDuplicates(const ProjectSnapshot &project, QList<LintFinding> &findings)
{
    using Key = std::tuple<Id, Id, Id, int, QString>;
    QMap<Key, QList<Id>> groups; // flow ids per key, in id order
    for (const Flow &flow : project.flows) {
        groups[{ flow.productId, flow.sourceId, flow.destinationId, static_cast<int>(flow.protocol),
                 flow.ports.toString() }]
            .append(flow.id);
    }
    for (const QList<Id> &ids : std::as_const(groups)) {
        if (ids.size() < 2)
            continue;
        const Flow *flow = project.flow(ids.first());
        findings.append(
            { LintFinding::Severity::Warning,
              DesignLint::tr("%1 is listed %2 times").arg(describe(project, *flow)).arg(ids.size()),
              endpoints(*flow), ids });
    }
}

void checkUnusedComponents(const ProjectSnapshot &project, QList<LintFinding> &findings)
{
    QSet<Id> used;
    for (const Flow &flow : project.flows) {
        used.insert(flow.sourceId);
        used.insert(flow.destinationId);
    }
    for (const Component &component : project.components) {
        if (!used.contains(component.id))
            findings.append({ LintFinding::Severity::Info,
                              DesignLint::tr("%1 has no flows").arg(quoted(component.name)),
                              { component.id },
                              {} });
    }
}

} // namespace

QList<LintFinding> lintDesign(const ProjectSnapshot &project, const ServiceCatalogue &catalogue)
{
    QList<LintFinding> findings;
    for (const Flow &flow : project.flows) {
        checkProtocol(project, catalogue, flow, findings);
        checkPorts(project, catalogue, flow, findings);
    }
    checkDuplicates(project, findings);
    checkUnusedComponents(project, findings);
    sortLintFindings(findings);
    return findings;
}

QList<LintFinding> lintProject(const ProjectSnapshot &project, const ServiceCatalogue &catalogue,
                               const QList<Id> &environments)
{
    QList<LintFinding> findings = lintDesign(project, catalogue);
    for (const Id environment : environments) {
        const QList<AddressFinding> addressFindings = validateAddresses(project, environment);
        for (const AddressFinding &finding : addressFindings) {
            const auto severity = finding.severity == AddressFinding::Severity::Error
                ? LintFinding::Severity::Error
                : LintFinding::Severity::Warning;
            findings.append({ severity, finding.message, finding.components, {} });
        }
    }
    sortLintFindings(findings);
    return findings;
}

void sortLintFindings(QList<LintFinding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(),
                     [](const LintFinding &a, const LintFinding &b) {
                         if (a.severity != b.severity)
                             return a.severity > b.severity;
                         return a.message < b.message;
                     });
}

QString lintSeverityName(LintFinding::Severity severity)
{
    switch (severity) {
    case LintFinding::Severity::Error:
        return u"error"_s;
    case LintFinding::Severity::Warning:
        return u"warning"_s;
    case LintFinding::Severity::Info:
        break;
    }
    return u"info"_s;
}

} // namespace Portolan

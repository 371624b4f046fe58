// From protocol words and ports to transports with port sets: explicit ports
// win over an application's default ports; "TCP/UDP" gives both transports.

#include "import/services.h"

#include "import/servicetext.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Portolan::ImportDetail {

namespace {

// All protocol words of the parsed text in one list; the hints when there
// are no words.
QList<ServiceGuess> protocolsOf(const ParsedService &parsed)
{
    QList<ServiceGuess> guesses;
    QList<ServiceGuess> hints;
    for (const ServiceSegment &segment : parsed.segments) {
        guesses += segment.guesses;
        hints += segment.hints;
    }
    return guesses.isEmpty() ? hints : guesses;
}

ServiceLine resolve(const QList<ServiceSegment> &segments, const QStringList &notes,
                    const QStringList &warnings)
{
    ServiceLine line;
    line.notes = notes;
    line.warnings = warnings;
    for (const ServiceSegment &segment : segments) {
        QList<ServiceGuess> guesses = segment.guesses.isEmpty() ? segment.hints : segment.guesses;
        if (guesses.isEmpty()) {
            if (segment.ports.isEmpty() && !segment.allPorts)
                continue;
            guesses.append(ServiceGuess { Transport::Tcp, {}, {} });
            line.warnings.append(u"no protocol given for port %1; read as TCP"_s.arg(
                segment.allPorts ? u"any"_s : segment.ports.toString()));
        }
        for (const ServiceGuess &guess : guesses) {
            ServiceEntry entry { guess.transport, {} };
            if (transportHasPorts(guess.transport)) {
                if (segment.allPorts)
                    entry.ports = PortSet::all();
                else
                    entry.ports = segment.ports.isEmpty() ? guess.defaultPorts : segment.ports;
            } else if (!segment.ports.isEmpty()) {
                line.warnings.append(u"port %1 does not apply to %2; ignored"_s.arg(
                    segment.ports.toString(), transportName(guess.transport)));
            }
            mergeEntries(line.entries, { entry });
        }
    }
    return line;
}

} // namespace

void mergeEntries(QList<ServiceEntry> &into, const QList<ServiceEntry> &line)
{
    for (const ServiceEntry &entry : line) {
        auto it = std::find_if(into.begin(), into.end(), [&](const ServiceEntry &e) {
            return e.transport == entry.transport;
        });
        if (it == into.end())
            into.append(entry);
        else
            it->ports.merge(entry.ports);
    }
}

ServiceLine readService(QStringView protocolText, QStringView portsText)
{
    const ParsedService protocol = parseServiceText(protocolText, ServiceContext::Protocol);
    const ParsedService ports = parseServiceText(portsText, ServiceContext::Ports);
    ServiceLine line;
    line.error = !protocol.error.isEmpty() ? protocol.error : ports.error;
    if (!line.error.isEmpty())
        return line;
    const QStringList notes = protocol.notes + ports.notes;
    const QStringList warnings = protocol.warnings + ports.warnings;

    // No ports column content: the protocol cell says it all ("ICMP", "TCP:443").
    if (ports.segments.isEmpty())
        return resolve(protocol.segments, notes, warnings);
    const QList<ServiceGuess> protocols = protocolsOf(protocol);
    // No protocol: the ports cell may name the application ("443 (HTTPS)").
    if (protocols.isEmpty()) {
        QList<ServiceSegment> segments = ports.segments;
        for (const ServiceSegment &segment : protocol.segments) {
            for (ServiceSegment &s : segments) {
                s.ports.merge(segment.ports);
                s.allPorts = s.allPorts || segment.allPorts;
            }
        }
        return resolve(segments, notes, warnings);
    }
    // The usual case: the protocol column's transports, the ports column's
    // ports. A ports cell naming only an application ("TCP" | "http") gives
    // that application's ports to its transport.
    ServiceSegment merged;
    merged.guesses = protocols;
    QList<ServiceGuess> hints;
    for (const ServiceSegment &segment : protocol.segments + ports.segments) {
        merged.ports.merge(segment.ports);
        merged.allPorts = merged.allPorts || segment.allPorts;
    }
    for (const ServiceSegment &segment : ports.segments)
        hints += segment.hints;
    for (ServiceGuess &guess : merged.guesses) {
        for (const ServiceGuess &hint : std::as_const(hints)) {
            if (guess.defaultPorts.isEmpty() && hint.transport == guess.transport)
                guess.defaultPorts.merge(hint.defaultPorts);
        }
    }
    return resolve({ merged }, notes, warnings);
}

ServiceLine readCombinedService(QStringView text)
{
    const ParsedService parsed = parseServiceText(text, ServiceContext::Combined);
    if (!parsed.error.isEmpty()) {
        ServiceLine line;
        line.error = parsed.error;
        return line;
    }
    return resolve(parsed.segments, parsed.notes, parsed.warnings);
}

} // namespace Portolan::ImportDetail

#include "flowslabel.h"

#include "diagram.h"
#include "diagramstyle.h"

#include <QFontMetricsF>

#include <limits>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

const QString protocolSeparator = u" · "_s;
const QString portSeparator = u", "_s;

QString portsText(const PortSet &ports)
{
    if (ports.isAll())
        return u"any"_s;
    QStringList parts;
    for (const PortSet::Range &range : ports.ranges())
        parts << (range.lo == range.hi ? QString::number(range.lo)
                                       : u"%1-%2"_s.arg(range.lo).arg(range.hi));
    return parts.join(portSeparator);
}

struct Split
{
    qsizetype at = -1; // where the first line ends
    qsizetype skip = 0; // separator characters dropped between the lines
    bool keepComma = false;
};

// The split of `label` at one of the `separator`s that makes the wider of
// the two lines narrowest.
Split bestSplit(const QFont &font, const QString &label, const QString &separator, qreal *widest)
{
    Split best;
    *widest = std::numeric_limits<qreal>::max();
    const bool comma = separator == portSeparator;
    for (qsizetype at = label.indexOf(separator); at >= 0; at = label.indexOf(separator, at + 1)) {
        const QString first = label.left(at) + (comma ? u","_s : QString());
        const QString second = label.mid(at + separator.size());
        const qreal wider
            = qMax(DiagramStyle::textWidth(font, first), DiagramStyle::textWidth(font, second));
        if (wider < *widest) {
            *widest = wider;
            best = { at, separator.size(), comma };
        }
    }
    return best;
}

} // namespace

QString flowsLabel(const QList<Flow> &flows)
{
    static const Transport order[]
        = { Transport::Tcp, Transport::Udp, Transport::Sctp, Transport::Icmp,
            Transport::Esp, Transport::Gre, Transport::Any };
    QStringList parts;
    for (const Transport transport : order) {
        bool present = false;
        PortSet ports;
        for (const Flow &flow : flows) {
            if (flow.protocol != transport)
                continue;
            present = true;
            ports.merge(flow.ports);
        }
        if (!present)
            continue;
        if (!transportHasPorts(transport) || ports.isEmpty())
            parts << transportName(transport);
        else
            parts << transportName(transport) + u' ' + portsText(ports);
    }
    return parts.join(protocolSeparator);
}

QString wrapFlowsLabel(const QString &label, qreal maxWidth)
{
    const QFont font = DiagramStyle::labelFont();
    if (DiagramStyle::textWidth(font, label) <= maxWidth)
        return label;
    const QFontMetricsF metrics(font);
    qreal widest = 0;
    Split split = bestSplit(font, label, protocolSeparator, &widest);
    if (split.at < 0 || widest > maxWidth) {
        qreal commaWidest = 0;
        const Split commaSplit = bestSplit(font, label, portSeparator, &commaWidest);
        if (commaSplit.at >= 0 && (split.at < 0 || commaWidest < widest))
            split = commaSplit;
    }
    if (split.at < 0)
        return metrics.elidedText(label, Qt::ElideRight, 2 * maxWidth);
    const QString first = label.left(split.at) + (split.keepComma ? u","_s : QString());
    const QString second = label.mid(split.at + split.skip);
    return metrics.elidedText(first, Qt::ElideRight, 2 * maxWidth) + u'\n'
        + metrics.elidedText(second, Qt::ElideRight, 2 * maxWidth);
}

} // namespace Portolan

#include "svgpath.h"

#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portolan {

QString svgNumber(qreal value)
{
    qreal rounded = std::round(value * 100) / 100;
    if (rounded == 0)
        rounded = 0; // turns -0 into 0
    QString text = QString::number(rounded, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

namespace {

QString point(const QPointF &p)
{
    return svgNumber(p.x()) + u' ' + svgNumber(p.y());
}

bool samePoint(const QPointF &a, const QPointF &b)
{
    // QPainterPath::closeSubpath() repeats the start point exactly; allow
    // for rounding in paths built by hand.
    return std::abs(a.x() - b.x()) < 1e-6 && std::abs(a.y() - b.y()) < 1e-6;
}

} // namespace

QString svgPathData(const QPainterPath &path)
{
    QStringList commands;
    QPointF start;
    int segments = 0;
    bool lastWasLine = false;

    // Ends the current subpath: a LineTo back to the start becomes Z, a
    // curve back to the start gets a Z after it.
    const auto closeIfReturned = [&](const QPointF &current) {
        if (segments < 2 || !samePoint(current, start))
            return;
        if (lastWasLine)
            commands.last() = u"Z"_s;
        else
            commands.append(u"Z"_s);
    };

    QPointF current;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        switch (element.type) {
        case QPainterPath::MoveToElement:
            closeIfReturned(current);
            start = current = element;
            segments = 0;
            commands.append(u"M "_s + point(current));
            break;
        case QPainterPath::LineToElement:
            current = element;
            ++segments;
            lastWasLine = true;
            commands.append(u"L "_s + point(current));
            break;
        case QPainterPath::CurveToElement: {
            // A curve is its first control point followed by two data elements.
            if (i + 2 >= path.elementCount())
                return commands.join(u' ');
            const QPointF second = path.elementAt(i + 1);
            current = path.elementAt(i + 2);
            i += 2;
            ++segments;
            lastWasLine = false;
            commands.append(u"C %1 %2 %3"_s.arg(point(element), point(second), point(current)));
            break;
        }
        case QPainterPath::CurveToDataElement:
            break; // consumed with its CurveToElement
        }
    }
    closeIfReturned(current);
    return commands.join(u' ');
}

} // namespace Portolan

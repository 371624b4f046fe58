#pragma once
// How readable a laid-out diagram is, counted on its geometry as a reader
// sees it — the figures the issue judges the diagram by, counted the way
// the project's diagram_metrics script counts them: crossings of edges,
// edges through frames that hold neither of their ends or through boxes,
// labels another edge comes as near as their own (within 3 pt), labels
// over boxes, titles or labels, the share of drawn length that runs
// horizontally or vertically, bends per edge, drawing area per component;
// and parallel runs of different edges closer than 6 pt (drawn over each
// other at 0). Shared by the tests and the benchmarks.

#include "layout/layouttypes.h"

#include <QHash>
#include <QLineF>
#include <QList>
#include <QRectF>

#include <cmath>

namespace Portolan::Readability {

struct Figures
{
    int edges = 0;
    int crossings = 0; // pairs of edges (no end in common) whose lines cross
    int frameCrossings = 0; // passages through a frame that holds neither end
    int throughNodes = 0; // edges through a box other than their ends
    int ambiguousLabels = 0;
    int labelOverlaps = 0; // labels over a box, a zone title or another label
    int closeRuns = 0; // pairs of parallel runs of different edges under 6 pt apart
    qreal orthogonalShare = 0; // 0..1
    qreal bendsPerEdge = 0;
    qreal areaPerNode = 0; // square points
};

namespace Detail {

inline QList<QPointF> polyline(const EdgeGeometry &edge)
{
    QList<QPointF> line;
    const QList<QPointF> &p = edge.path;
    if (p.isEmpty())
        return line;
    line.append(p.first());
    for (qsizetype i = 0; i + 3 < p.size(); i += 3) {
        // Straight when both control points lie within 0.05 pt of the
        // chord, together. Files keep hundredths of a point, so a straight
        // piece read back from one is off by up to 0.007 pt; a tighter test
        // cut such pieces into ten runs and counted every pair of them.
        const qreal chord = QLineF(p[i], p[i + 3]).length();
        const bool straight = chord < 1e-6
            || std::abs((p[i + 1] - p[i]).x() * (p[i + 3] - p[i]).y()
                        - (p[i + 1] - p[i]).y() * (p[i + 3] - p[i]).x())
                    + std::abs((p[i + 2] - p[i]).x() * (p[i + 3] - p[i]).y()
                               - (p[i + 2] - p[i]).y() * (p[i + 3] - p[i]).x())
                < 0.05 * chord;
        if (straight) {
            line.append(p[i + 3]);
            continue;
        }
        for (int k = 1; k <= 10; ++k) {
            const qreal t = k / 10.0, u = 1 - t;
            line.append(u * u * u * p[i] + 3 * u * u * t * p[i + 1] + 3 * u * t * t * p[i + 2]
                        + t * t * t * p[i + 3]);
        }
    }
    if (!edge.arrowTip.isNull() && QLineF(line.last(), edge.arrowTip).length() > 1e-6)
        line.append(edge.arrowTip);
    return line;
}

inline int orient(QPointF p, QPointF q, QPointF r)
{
    const qreal v = (q.x() - p.x()) * (r.y() - p.y()) - (q.y() - p.y()) * (r.x() - p.x());
    return std::abs(v) < 1e-9 ? 0 : (v > 0 ? 1 : -1);
}

inline bool cross(QPointF a, QPointF b, QPointF c, QPointF d)
{
    const int o1 = orient(a, b, c), o2 = orient(a, b, d), o3 = orient(c, d, a),
              o4 = orient(c, d, b);
    return o1 != o2 && o3 != o4 && o1 && o2 && o3 && o4;
}

// Whether segment ab passes through the inside of `box` shrunk by `shrink`.
inline bool meets(QPointF a, QPointF b, const QRectF &box, qreal shrink)
{
    const QRectF r = box.adjusted(shrink, shrink, -shrink, -shrink);
    if (r.width() <= 0 || r.height() <= 0)
        return false;
    qreal t0 = 0, t1 = 1;
    const qreal dx = b.x() - a.x(), dy = b.y() - a.y();
    const qreal p[4] = { -dx, dx, -dy, dy };
    const qreal q[4] = { a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y() };
    for (int i = 0; i < 4; ++i) {
        if (std::abs(p[i]) < 1e-12) {
            if (q[i] < 0)
                return false;
        } else {
            const qreal t = q[i] / p[i];
            if (p[i] < 0)
                t0 = qMax(t0, t);
            else
                t1 = qMin(t1, t);
            if (t0 > t1)
                return false;
        }
    }
    return t1 - t0 > 1e-6;
}

inline qreal pointToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const qreal l2 = QPointF::dotProduct(d, d);
    const qreal t = l2 > 0 ? qBound<qreal>(0, QPointF::dotProduct(p - a, d) / l2, 1) : 0;
    return QLineF(p, a + t * d).length();
}

// Distance from a label box to a polyline, measured as the script does:
// box corners and centre against the segments, segment ends against the box.
inline qreal boxToLine(const QRectF &box, const QList<QPointF> &line)
{
    qreal best = qInf();
    const QPointF probes[]
        = { box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight(), box.center() };
    for (qsizetype i = 1; i < line.size(); ++i) {
        if (meets(line[i - 1], line[i], box, 0))
            return 0;
        for (const QPointF &c : probes)
            best = qMin(best, pointToSegment(c, line[i - 1], line[i]));
        for (const QPointF &p : { line[i - 1], line[i] }) {
            const qreal dx = qMax(qMax(box.left() - p.x(), 0.0), p.x() - box.right());
            const qreal dy = qMax(qMax(box.top() - p.y(), 0.0), p.y() - box.bottom());
            best = qMin(best, std::hypot(dx, dy));
        }
    }
    return best;
}

inline bool overlap(const QRectF &a, const QRectF &b)
{
    constexpr qreal m = 0.5;
    return a.left() + m < b.right() && b.left() + m < a.right() && a.top() + m < b.bottom()
        && b.top() + m < a.bottom();
}

} // namespace Detail

// `request` gives each edge's ends (node or cluster keys) and the clusters'
// nesting; `result` the geometry.
inline Figures measure(const LayoutRequest &request, const LayoutResult &result)
{
    using namespace Detail;
    Figures f;
    QHash<QString, QRectF> nodes, frames;
    for (const NodeGeometry &n : result.nodes)
        nodes.insert(n.key, n.box);
    for (const ClusterGeometry &c : result.clusters) {
        if (!c.box.isEmpty())
            frames.insert(c.key, c.box);
    }
    QHash<QString, QString> parentOf;
    for (const LayoutCluster &c : request.clusters)
        parentOf.insert(c.key, c.parent);
    // The box of an end: a node's, or a zone's frame.
    const auto endBox = [&](const QString &key) { return nodes.value(key, frames.value(key)); };
    struct Drawn
    {
        QString source, target;
        QList<QPointF> line;
        QRectF label, bounds;
    };
    QList<Drawn> edges;
    QHash<QString, const EdgeGeometry *> byKey;
    for (const EdgeGeometry &e : result.edges)
        byKey.insert(e.key, &e);
    for (const LayoutEdge &e : request.edges) {
        const EdgeGeometry *g = byKey.value(e.key);
        if (!g)
            continue;
        Drawn d { e.source, e.target, polyline(*g), g->labelBox, {} };
        if (d.line.size() < 2)
            continue;
        for (const QPointF &p : std::as_const(d.line))
            d.bounds |= QRectF(p, QSizeF(0.01, 0.01));
        edges.append(d);
    }
    f.edges = int(edges.size());

    for (qsizetype i = 0; i < edges.size(); ++i) {
        for (qsizetype j = i + 1; j < edges.size(); ++j) {
            const Drawn &a = edges[i], &b = edges[j];
            if (!a.bounds.adjusted(-1, -1, 1, 1).intersects(b.bounds))
                continue;
            if (a.source == b.source || a.source == b.target || a.target == b.source
                || a.target == b.target)
                continue;
            bool hit = false;
            for (qsizetype p = 1; p < a.line.size() && !hit; ++p) {
                for (qsizetype q = 1; q < b.line.size() && !hit; ++q)
                    hit = cross(a.line[p - 1], a.line[p], b.line[q - 1], b.line[q]);
            }
            f.crossings += hit ? 1 : 0;
        }
    }

    // Frames holding an end: those containing its box (for a zone end, its
    // own frame and those around it).
    const auto holds = [&](const QRectF &frame, const QString &key) {
        const QRectF box = endBox(key);
        return !box.isEmpty() && frame.adjusted(-0.5, -0.5, 0.5, 0.5).contains(box);
    };
    for (const Drawn &d : std::as_const(edges)) {
        for (auto it = frames.cbegin(); it != frames.cend(); ++it) {
            if (holds(*it, d.source) || holds(*it, d.target))
                continue;
            for (qsizetype p = 1; p < d.line.size(); ++p) {
                if (meets(d.line[p - 1], d.line[p], *it, 2)) {
                    ++f.frameCrossings;
                    break;
                }
            }
        }
        bool through = false;
        for (auto it = nodes.cbegin(); it != nodes.cend() && !through; ++it) {
            if (it.key() == d.source || it.key() == d.target)
                continue;
            for (qsizetype p = 1; p < d.line.size() && !through; ++p)
                through = meets(d.line[p - 1], d.line[p], *it, 1);
        }
        f.throughNodes += through ? 1 : 0;
    }

    QList<QRectF> labels;
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const Drawn &d = edges[i];
        if (d.label.isEmpty())
            continue;
        labels.append(d.label);
        const qreal own = boxToLine(d.label, d.line);
        const QRectF near = d.label.adjusted(-60, -60, 60, 60);
        for (qsizetype j = 0; j < edges.size(); ++j) {
            if (j == i || !near.intersects(edges[j].bounds.adjusted(-1, -1, 1, 1)))
                continue;
            if (boxToLine(d.label, edges[j].line) <= own + 3) {
                ++f.ambiguousLabels;
                break;
            }
        }
    }
    QList<QRectF> titles;
    for (const ClusterGeometry &c : result.clusters)
        titles.append(c.labelBox);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        bool over = false;
        for (const QRectF &box : std::as_const(nodes))
            over = over || overlap(labels[i], box);
        for (const QRectF &title : std::as_const(titles))
            over = over || overlap(labels[i], title);
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            over = over || overlap(labels[i], labels[j]);
        f.labelOverlaps += over ? 1 : 0;
    }

    // Right-angled share, bends, and parallel runs too close.
    qreal total = 0, straight = 0;
    int bends = 0;
    struct Run
    {
        qsizetype edge;
        bool horizontal;
        qreal at, from, to;
    };
    QList<Run> runs;
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const QList<QPointF> &line = edges[i].line;
        qreal previous = qInf();
        for (qsizetype p = 1; p < line.size(); ++p) {
            const QPointF d = line[p] - line[p - 1];
            const qreal length = std::hypot(d.x(), d.y());
            total += length;
            const bool h = std::abs(d.y()) < 0.5, v = std::abs(d.x()) < 0.5;
            if (h || v) {
                straight += length;
                if (length > 1)
                    runs.append({ i, h, h ? line[p].y() : line[p].x(),
                                  h ? qMin(line[p].x(), line[p - 1].x())
                                    : qMin(line[p].y(), line[p - 1].y()),
                                  h ? qMax(line[p].x(), line[p - 1].x())
                                    : qMax(line[p].y(), line[p - 1].y()) });
            }
            if (length > 3) {
                const qreal angle = std::atan2(d.y(), d.x());
                if (std::isfinite(previous)) {
                    qreal turn = std::abs(std::fmod(angle - previous + 3 * M_PI, 2 * M_PI) - M_PI);
                    bends += turn > 20 * M_PI / 180 ? 1 : 0;
                }
                previous = angle;
            }
        }
    }
    f.orthogonalShare = total > 0 ? straight / total : 0;
    f.bendsPerEdge = edges.isEmpty() ? 0 : qreal(bends) / edges.size();
    for (qsizetype i = 0; i < runs.size(); ++i) {
        for (qsizetype j = i + 1; j < runs.size(); ++j) {
            const Run &a = runs[i], &b = runs[j];
            if (a.edge == b.edge || a.horizontal != b.horizontal || std::abs(a.at - b.at) >= 5.9)
                continue;
            if (qMin(a.to, b.to) - qMax(a.from, b.from) > 1)
                ++f.closeRuns;
        }
    }

    QRectF drawing;
    for (const QRectF &box : std::as_const(nodes))
        drawing |= box;
    for (const Drawn &d : std::as_const(edges))
        drawing |= d.bounds;
    f.areaPerNode = nodes.isEmpty() ? 0 : drawing.width() * drawing.height() / nodes.size();
    return f;
}

} // namespace Portolan::Readability

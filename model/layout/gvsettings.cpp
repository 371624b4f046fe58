#include "layout/gvsettings.h"

#include <algorithm>

namespace Portolan {

namespace {

// The label extent below which `share` of the labels fall.
qreal quantile(QList<qreal> values, qreal share)
{
    if (values.isEmpty())
        return 0;
    const qsizetype at = qBound<qsizetype>(0, qsizetype(share * values.size()), values.size() - 1);
    std::nth_element(values.begin(), values.begin() + at, values.end());
    return values[at];
}

// Graphs from these sizes up trade some quality for speed (see below).
constexpr qsizetype mediumGraphEdges = 200;
constexpr qsizetype largeGraphEdges = 1000;
// Labels as wide as the widest of this share get room between ranks; the
// few wider ones find room along longer edges or beside the path.
constexpr qreal typicalShare = 0.85;
constexpr qreal labelMargin = 8;

} // namespace

GvSettings GvSettings::forRequest(const LayoutRequest &request)
{
    const LayoutOptions &options = request.options;
    QList<qreal> widths, heights;
    for (const LayoutEdge &edge : request.edges) {
        if (edge.labelSize.isEmpty())
            continue;
        widths.append(edge.labelSize.width());
        heights.append(edge.labelSize.height());
    }
    const qreal labelWidth = quantile(widths, typicalShare);
    // Rows need room for one line: taller labels find room further along.
    const qreal labelHeight = quantile(heights, 0.5);
    const bool leftToRight = options.direction == LayoutOptions::Direction::LeftToRight;

    GvSettings settings;
    settings.orthogonal = routesOrthogonally(request);
    if (options.graphvizEdgeLabels) {
        // Graphviz makes room for its own labels.
        settings.nodeSep = options.nodeSpacing;
        settings.rankSep = options.rankSpacing;
    } else if (leftToRight && settings.orthogonal) {
        // Labels sit on the horizontal runs between ranks, clear of other
        // routes: ranks apart by a label, its clearance and two leads, rows
        // by a label, its clearance and a track.
        settings.rankSep = qMax(options.rankSpacing, labelWidth + 48);
        settings.nodeSep = qMax(options.nodeSpacing, labelHeight + 18);
    } else if (leftToRight) {
        // Labels sit beside mostly horizontal edges: ranks apart by a label
        // and the two arrow ends, rows apart by about a label's height.
        settings.rankSep = qMax(options.rankSpacing, labelWidth + 2 * labelMargin + 20);
        settings.nodeSep = qMax(options.nodeSpacing, labelHeight + labelMargin);
    } else {
        settings.rankSep = qMax(options.rankSpacing, 2 * labelHeight + 2 * labelMargin + 20);
        settings.nodeSep = qMax(options.nodeSpacing, labelWidth / 2 + labelMargin);
    }
    // Polylines: as fast as splines, fewer crossings (docs/graphviz.md), and
    // straight runs that labels sit along well.
    settings.splines = settings.orthogonal ? "none" : "polyline";
    // Crossing minimisation (mclimit) and x positioning (nslimit, network
    // simplex iterations per node) are most of dot's time from M up; both
    // stop early there, with a few more crossings and less straight edges.
    if (request.edges.size() > largeGraphEdges) {
        settings.mclimit = "0.1";
        settings.nslimit = "0.2";
        // Redoing crossing minimisation over the whole clustered graph is
        // the costliest step at L and XL.
        settings.remincross = false;
    } else if (request.edges.size() > mediumGraphEdges) {
        settings.mclimit = "0.3";
        settings.nslimit = "1";
    }
    return settings;
}

} // namespace Portolan

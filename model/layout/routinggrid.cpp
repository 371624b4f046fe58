#include "layout/routinggrid.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Portolan {

namespace {

// Coordinates within this of a track count as on it.
constexpr qreal epsilon = 0.01;

} // namespace

RoutingGrid::RoutingGrid(const QRectF &area, const QList<QRectF> &nodes,
                         const QList<RoutingFrame> &frames, const RoutingSpacing &spacing)
    : m_spacing(spacing)
    , m_nodes(nodes)
    , m_frames(frames)
{
    const qreal pitch = m_spacing.pitch;
    // Tracks on multiples of the pitch: the same box gives the same grid
    // points wherever the area around it starts.
    m_origin
        = QPointF(std::floor(area.left() / pitch) * pitch, std::floor(area.top() / pitch) * pitch);
    m_columns = qMax(1, int(std::ceil((area.right() - m_origin.x()) / pitch)) + 1);
    m_rows = qMax(1, int(std::ceil((area.bottom() - m_origin.y()) / pitch)) + 1);
    const std::size_t count = std::size_t(m_columns) * std::size_t(m_rows);
    m_points.assign(count, Point());
    rasterise();
}

int RoutingGrid::columnFrom(qreal x) const
{
    return qBound(0, int(std::ceil((x - m_origin.x()) / m_spacing.pitch - epsilon)), m_columns - 1);
}

int RoutingGrid::columnUpTo(qreal x) const
{
    return qBound(0, int(std::floor((x - m_origin.x()) / m_spacing.pitch + epsilon)),
                  m_columns - 1);
}

int RoutingGrid::rowFrom(qreal y) const
{
    return qBound(0, int(std::ceil((y - m_origin.y()) / m_spacing.pitch - epsilon)), m_rows - 1);
}

int RoutingGrid::rowUpTo(qreal y) const
{
    return qBound(0, int(std::floor((y - m_origin.y()) / m_spacing.pitch + epsilon)), m_rows - 1);
}

int RoutingGrid::step(int point, int direction) const
{
    const int c = column(point), r = row(point);
    switch (direction) {
    case Compass::East:
        return c + 1 < m_columns ? point + 1 : -1;
    case Compass::West:
        return c > 0 ? point - 1 : -1;
    case Compass::South:
        return r + 1 < m_rows ? point + m_columns : -1;
    default:
        return r > 0 ? point - m_columns : -1;
    }
}

bool RoutingGrid::contains(QPointF p) const
{
    return p.x() >= x(0) - epsilon && p.x() <= x(m_columns - 1) + epsilon && p.y() >= y(0) - epsilon
        && p.y() <= y(m_rows - 1) + epsilon;
}

RoutingGrid::Span RoutingGrid::inside(const QRectF &box) const
{
    const qreal pitch = m_spacing.pitch;
    // Strictly inside: a point exactly on the border is outside.
    Span span;
    span.column0 = qMax(0, int(std::floor((box.left() - m_origin.x()) / pitch + epsilon)) + 1);
    span.column1
        = qMin(m_columns - 1, int(std::ceil((box.right() - m_origin.x()) / pitch - epsilon)) - 1);
    span.row0 = qMax(0, int(std::floor((box.top() - m_origin.y()) / pitch + epsilon)) + 1);
    span.row1
        = qMin(m_rows - 1, int(std::ceil((box.bottom() - m_origin.y()) / pitch - epsilon)) - 1);
    return span;
}

bool RoutingGrid::frameWithin(int inner, int outer) const
{
    for (int f = inner; f >= 0; f = m_frames[f].parent) {
        if (f == outer)
            return true;
    }
    return false;
}

void RoutingGrid::rasterise()
{
    const qreal nodeRoom = m_spacing.nodeClearance;
    const qreal lead = m_spacing.lead;
    for (const QRectF &node : std::as_const(m_nodes)) {
        const Span s = inside(node.adjusted(-lead, -lead, lead, lead));
        for (int r = s.row0; r <= s.row1; ++r) {
            for (int c = s.column0; c <= s.column1; ++c)
                m_points[std::size_t(index(c, r))].flags |= NearNode;
        }
    }
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        const Span s = inside(m_nodes[n].adjusted(-nodeRoom, -nodeRoom, nodeRoom, nodeRoom));
        for (int r = s.row0; r <= s.row1; ++r) {
            for (int c = s.column0; c <= s.column1; ++c) {
                std::int32_t &owner = m_points[std::size_t(index(c, r))].node;
                owner = owner == -1 ? std::int32_t(n) : -2;
            }
        }
    }
    // Parents come first, so children overwrite them: the innermost wins.
    const qreal band = m_spacing.frameClearance;
    for (qsizetype f = 0; f < m_frames.size(); ++f) {
        const QRectF box = m_frames[f].box;
        if (box.isEmpty())
            continue;
        const QRectF outer = box.adjusted(-band, -band, band, band);
        const Span s = inside(outer);
        for (int r = s.row0; r <= s.row1; ++r) {
            const qreal py = y(r);
            const bool nearH
                = std::abs(py - box.top()) < band || std::abs(py - box.bottom()) < band;
            for (int c = s.column0; c <= s.column1; ++c) {
                const qreal px = x(c);
                const std::size_t p = std::size_t(index(c, r));
                m_points[p].frame = std::int16_t(f);
                const bool nearV
                    = std::abs(px - box.left()) < band || std::abs(px - box.right()) < band;
                if (nearH)
                    m_points[p].flags |= BandH;
                if (nearV)
                    m_points[p].flags |= BandV;
            }
        }
    }
    const qreal titleRoom = m_spacing.titleClearance;
    for (const RoutingFrame &frame : std::as_const(m_frames)) {
        if (frame.title.isEmpty())
            continue;
        const Span s = inside(frame.title.adjusted(-titleRoom, -titleRoom, titleRoom, titleRoom));
        for (int r = s.row0; r <= s.row1; ++r) {
            for (int c = s.column0; c <= s.column1; ++c)
                m_points[std::size_t(index(c, r))].flags |= Title;
        }
    }
}

void RoutingGrid::reserveLabel(const QRectF &labelBox, int edge)
{
    const qreal room = m_spacing.labelClearance;
    const Span s = inside(labelBox.adjusted(-room, -room, room, room));
    for (int r = s.row0; r <= s.row1; ++r) {
        for (int c = s.column0; c <= s.column1; ++c) {
            std::int32_t &owner = m_points[std::size_t(index(c, r))].label;
            if (owner == -1)
                owner = edge;
        }
    }
}

void RoutingGrid::releaseLabel(const QRectF &labelBox, int edge)
{
    const qreal room = m_spacing.labelClearance;
    const Span s = inside(labelBox.adjusted(-room, -room, room, room));
    for (int r = s.row0; r <= s.row1; ++r) {
        for (int c = s.column0; c <= s.column1; ++c) {
            std::int32_t &owner = m_points[std::size_t(index(c, r))].label;
            if (owner == edge)
                owner = -1;
        }
    }
}

void RoutingGrid::use(int point, bool horizontal, int delta)
{
    std::uint8_t &count = horizontal ? m_points[std::size_t(point)].horizontal
                                     : m_points[std::size_t(point)].vertical;
    count = std::uint8_t(
        qBound(0, int(count) + delta, int(std::numeric_limits<std::uint8_t>::max())));
}

} // namespace Portolan

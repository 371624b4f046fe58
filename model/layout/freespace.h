#pragma once
// Private to the layout module: where a box can go in a finished drawing
// without covering anything — the nearest free spot to a target point,
// inside a region (a zone's frame), clear of other boxes, labels, zone
// titles, frames it does not belong in and, if possible, of routes.

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>

namespace Portolan {

class FreeSpace
{
public:
    struct Frame
    {
        QRectF box;
        int parent = -1;
    };

    void addBox(const QRectF &box) { m_boxes.append(box); }
    void addLabel(const QRectF &label) { m_labels.append(label); }
    void addTitle(const QRectF &title) { m_titles.append(title); }
    void setFrames(const QList<Frame> &frames) { m_frames = frames; }
    void addRoute(const QList<QPointF> &points);

    // The box of `size` nearest `target` (by its centre) that lies inside
    // `region` (a null region: anywhere) and in no frame but `frame` and
    // the frames around it (-1: in none). Spots that cross no route come
    // first; nullopt when none is within `reach`.
    // Whether `box` covers nothing (routes aside) where it is.
    bool isFree(const QRectF &box, int frame) const { return free(box, frame, false); }
    std::optional<QRectF> spotFor(const QSizeF &size, QPointF target, const QRectF &region,
                                  int frame, qreal reach) const;

    static constexpr qreal boxGap = 18; // between a placed box and any other
    static constexpr qreal frameGap = 12; // between a box and a frame it is not in

private:
    bool free(const QRectF &box, int frame, bool avoidRoutes) const;
    bool frameWithin(int inner, int outer) const;

    QList<QRectF> m_boxes;
    QList<QRectF> m_labels;
    QList<QRectF> m_titles;
    QList<Frame> m_frames;
    QList<QLineF> m_routes;
};

} // namespace Portolan

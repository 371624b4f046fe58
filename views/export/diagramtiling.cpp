#include "diagramtiling.h"

#include "diagram/displaylistpainter.h"

#include <QPainter>
#include <QtGlobal>

#include <cmath>

namespace Portolan {

namespace {

// Neighbouring parts share this share of a page, so that an edge leaving
// one part is seen entering the next.
constexpr qreal overlapShare = 0.08;

DiagramTiling tiling(const QRectF &bounds, const QSizeF &page, qreal readable, qreal largest)
{
    DiagramTiling result;
    const qreal fit = qMin(page.width() / bounds.width(), page.height() / bounds.height());
    if (fit >= readable) {
        result.scale = qMin(fit, largest);
        result.tiles = { bounds };
        return result;
    }
    result.scale = readable;
    const QSizeF tile(page.width() / readable, page.height() / readable);
    const qreal overlapX = tile.width() * overlapShare, overlapY = tile.height() * overlapShare;
    result.columns = qMax(1, int(std::ceil((bounds.width() - overlapX) / (tile.width() - overlapX))));
    result.rows = qMax(1, int(std::ceil((bounds.height() - overlapY) / (tile.height() - overlapY))));
    // Spread evenly: the last part ends on the diagram's edge.
    const qreal stepX = result.columns > 1
        ? (bounds.width() - tile.width()) / (result.columns - 1) : 0;
    const qreal stepY = result.rows > 1 ? (bounds.height() - tile.height()) / (result.rows - 1) : 0;
    for (int r = 0; r < result.rows; ++r) {
        for (int c = 0; c < result.columns; ++c) {
            QRectF part(bounds.left() + c * stepX, bounds.top() + r * stepY, tile.width(),
                        tile.height());
            result.tiles.append(part & bounds.adjusted(-1, -1, 1, 1));
        }
    }
    return result;
}

} // namespace

void paintDiagramPart(QPainter *painter, const DisplayList &display, const QRectF &part,
                      const QRectF &target)
{
    if (part.isEmpty() || target.isEmpty())
        return;
    const qreal scale = qMin(target.width() / part.width(), target.height() / part.height());
    painter->save();
    painter->setClipRect(target);
    painter->translate(target.center());
    painter->scale(scale, scale);
    painter->translate(-part.center());
    paintDisplayList(painter, display);
    painter->restore();
}

void paintPartMap(QPainter *painter, const DisplayList &display, const DiagramTiling &tiling,
                  const QRectF &target)
{
    // Without the edge labels: at the map's scale they could not be read,
    // and each is printed readable on its part's page.
    DisplayList outline = display;
    outline.elements.removeIf(
        [](const DisplayElement &e) { return e.role == DisplayElement::Role::EdgeLabel; });
    const QRectF bounds = display.bounds;
    paintDiagramPart(painter, outline, bounds, target);
    const qreal scale = qMin(target.width() / bounds.width(), target.height() / bounds.height());
    const auto toPage = [&](const QRectF &r) {
        const QPointF origin = target.center() - bounds.center() * scale;
        return QRectF(origin + r.topLeft() * scale, r.size() * scale);
    };
    painter->save();
    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    painter->setFont(font);
    for (int r = 0; r < tiling.rows; ++r) {
        for (int c = 0; c < tiling.columns; ++c) {
            const QRectF part = toPage(tiling.tiles.value(r * tiling.columns + c));
            painter->setPen(QPen(QColor(0xd9, 0x4a, 0x1e), 0));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(part);
            painter->setPen(QColor(0xd9, 0x4a, 0x1e));
            painter->drawText(part.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop,
                              DiagramTiling::tileName(r, c));
        }
    }
    painter->restore();
}

QString DiagramTiling::tileName(int row, int column)
{
    QString letters;
    for (int r = row; r >= 0; r = r / 26 - 1)
        letters.prepend(QChar(u'A' + r % 26));
    return letters + QString::number(column + 1);
}

DiagramTiling tileDiagram(const QRectF &bounds, const QSizeF &portrait, const QSizeF &landscape,
                          qreal labelPoints, qreal largest, int orientation)
{
    const qreal readable = minimumLabelPoints / labelPoints;
    if (bounds.isEmpty() || portrait.isEmpty())
        return {};
    DiagramTiling upright = tiling(bounds, portrait, readable, largest);
    DiagramTiling turned = tiling(bounds, landscape, readable, largest);
    turned.landscape = true;
    if (orientation == 1)
        return upright;
    if (orientation == 2)
        return turned;
    if (upright.tiles.size() != turned.tiles.size())
        return upright.tiles.size() < turned.tiles.size() ? upright : turned;
    if (!qFuzzyCompare(upright.scale, turned.scale))
        return upright.scale > turned.scale ? upright : turned;
    return bounds.width() > bounds.height() ? turned : upright; // as the diagram runs
}

} // namespace Portolan

#include "packdiagram.h"

#include "diagram/diagramstyle.h"
#include "export/diagramtiling.h"
#include "handoverprint.h"
#include "handoverprinttr.h"
#include "packlayout.h"

#include <QCoreApplication>
#include <QPainter>

namespace Portolan {

namespace {

// The diagram's part `part` in `area` at `scale` (device pixels per
// diagram point), turned a quarter counter-clockwise when the printer
// cannot turn the page: the diagram's top then lies on the paper's left
// edge, read by turning the sheet clockwise.
void placePart(PackLayout &layout, const DisplayList &diagram, const QRectF &part, qreal scale,
               bool turned)
{
    const QRectF area(layout.body().left(), layout.y(), layout.body().width(), layout.remaining());
    layout.place([diagram, part, scale, turned, area](QPainter *painter) {
        painter->save();
        painter->translate(area.center());
        if (turned)
            painter->rotate(-90);
        const QSizeF size = part.size() * scale;
        paintDiagramPart(painter, diagram, part,
                         QRectF(QPointF(-size.width() / 2, -size.height() / 2), size));
        painter->restore();
    });
    layout.advance(area.height());
}

} // namespace

int diagramPages(PackLayout &layout, const QString &environment, const PackDiagram &packDiagram,
                 const PackPageOptions &options)
{
    const DisplayList &diagram = packDiagram.drawing;
    // "Port diagram · Lab", "Port diagram · Lab · zone overview"
    const QString heading = packDiagram.title.isEmpty()
        ? HandoverPrint::tr("Port diagram · %1").arg(environment)
        : HandoverPrint::tr("Port diagram · %1 · %2").arg(environment, packDiagram.title);
    const QRectF bounds = diagram.bounds;
    const qreal pixelsPerPoint = layout.device()->logicalDpiY() / 72.0;
    // Below the heading and one line of text: what the diagram may fill.
    const qreal reserved = layout.mm(22);
    const QSizeF portrait = layout.bodySize(QPageLayout::Portrait) - QSizeF(0, reserved);
    const QSizeF turnedBody = options.turnPages
        ? layout.bodySize(QPageLayout::Landscape) - QSizeF(0, reserved)
        : (layout.bodySize(QPageLayout::Portrait) - QSizeF(0, reserved)).transposed();
    const int orientation = options.diagramOrientation == DiagramOrientation::Portrait ? 1
        : options.diagramOrientation == DiagramOrientation::Landscape                  ? 2
                                                                                       : 0;
    // A small diagram may grow up to twice its size.
    const DiagramTiling tiling = bounds.isEmpty()
        ? DiagramTiling()
        : tileDiagram(bounds, portrait / pixelsPerPoint, turnedBody / pixelsPerPoint,
                      DiagramStyle::labelFontPoints(), 2, orientation);
    const bool landscape = tiling.landscape;
    const bool turnPage = landscape && options.turnPages;
    const bool turned = landscape && !options.turnPages;
    layout.startPage(turnPage ? QPageLayout::Landscape : QPageLayout::Portrait);
    const int first = layout.pageNumber();
    layout.heading(heading, 0);
    if (bounds.isEmpty()) {
        layout.paragraph(HandoverPrint::tr("The project has no components to draw."),
                         layout.style().body, layout.style().ink, 0);
        return first;
    }
    const qreal scale = tiling.scale * pixelsPerPoint;
    if (!tiling.isTiled()) {
        layout.paragraph(HandoverPrint::tr("Addresses in %1 are printed under the component names.")
                             .arg(environment),
                         layout.style().small, layout.style().muted, layout.mm(3));
        placePart(layout, diagram, bounds, scale, turned);
        return first;
    }
    // Too large for one page at a readable size: a map, then the parts.
    layout.paragraph(
        HandoverPrint::tr("The diagram is printed at %1 % in parts %2 to %3, one page each, so "
                          "that every label prints at 6 pt or more; neighbouring parts overlap. "
                          "This map shows where each part lies. Addresses in %4 are printed under "
                          "the component names.")
            .arg(qRound(tiling.scale * 100))
            .arg(DiagramTiling::tileName(0, 0),
                 DiagramTiling::tileName(tiling.rows - 1, tiling.columns - 1), environment),
        layout.style().small, layout.style().muted, layout.mm(3));
    const QRectF area(layout.body().left(), layout.y(), layout.body().width(), layout.remaining());
    layout.place([diagram, tiling, area, turned](QPainter *painter) {
        painter->save();
        painter->translate(area.center());
        if (turned)
            painter->rotate(-90);
        const QSizeF size = turned ? area.size().transposed() : area.size();
        paintPartMap(painter, diagram, tiling,
                     QRectF(QPointF(-size.width() / 2, -size.height() / 2), size));
        painter->restore();
    });
    layout.advance(area.height());
    for (int r = 0; r < tiling.rows; ++r) {
        for (int c = 0; c < tiling.columns; ++c) {
            layout.startPage(turnPage ? QPageLayout::Landscape : QPageLayout::Portrait);
            layout.heading(
                HandoverPrint::tr("%1 · part %2").arg(heading, DiagramTiling::tileName(r, c)), 0);
            layout.paragraph(HandoverPrint::tr("Part %1 of %2, row %3, column %4 of the map.")
                                 .arg(DiagramTiling::tileName(r, c),
                                      DiagramTiling::tileName(tiling.rows - 1, tiling.columns - 1),
                                      DiagramTiling::tileName(r, 0).chopped(1))
                                 .arg(c + 1),
                             layout.style().small, layout.style().muted, layout.mm(3));
            placePart(layout, diagram, tiling.tiles.value(r * tiling.columns + c), scale, turned);
        }
    }
    return first;
}

} // namespace Portolan

#include "kindicons.h"

#include <QList>
#include <QPolygonF>
#include <QTransform>
#include <QtMath>

#include <utility>

namespace Portolan {

namespace {

// Each glyph on a 24 × 24 grid, open shapes only: they are stroked, so a
// shape inside another stays visible without even-odd tricks.

QPainterPath host()
{
    // Two rack units, each with a status light and vents.
    QPainterPath path;
    for (const qreal top : { 4.0, 13.0 }) {
        path.addRoundedRect(QRectF(3, top, 18, 7), 1.5, 1.5);
        path.addEllipse(QPointF(6.8, top + 3.5), 0.9, 0.9);
        path.moveTo(11, top + 3.5);
        path.lineTo(18, top + 3.5);
    }
    return path;
}

QPainterPath appliance()
{
    // A closed box seen from the corner: the usual "packaged system" glyph.
    const QPointF top(12, 2.5), upperLeft(3.5, 7.25), upperRight(20.5, 7.25);
    const QPointF centre(12, 12), lowerLeft(3.5, 16.75), lowerRight(20.5, 16.75), bottom(12, 21.5);
    QPainterPath path;
    path.addPolygon(QPolygonF({ top, upperRight, lowerRight, bottom, lowerLeft, upperLeft, top }));
    path.moveTo(upperLeft);
    path.lineTo(centre);
    path.lineTo(upperRight);
    path.moveTo(centre);
    path.lineTo(bottom);
    return path;
}

QPolygonF hexagon(QPointF centre, qreal radius)
{
    QPolygonF polygon;
    for (int i = 0; i <= 6; ++i) {
        const qreal angle = qDegreesToRadians(60.0 * i - 90);
        polygon << centre + QPointF(radius * qCos(angle), radius * qSin(angle));
    }
    return polygon;
}

QPainterPath cluster()
{
    // Three nodes working as one.
    QPainterPath path;
    path.addPolygon(hexagon(QPointF(12, 6.5), 4.6));
    path.addPolygon(hexagon(QPointF(6.8, 16), 4.6));
    path.addPolygon(hexagon(QPointF(17.2, 16), 4.6));
    return path;
}

QPainterPath network()
{
    // A segment (the bus) with hosts attached above and below.
    QPainterPath path;
    path.moveTo(2.5, 12);
    path.lineTo(21.5, 12);
    for (const QPointF node : { QPointF(6, 5), QPointF(18, 5), QPointF(12, 19) }) {
        path.addRect(QRectF(node.x() - 2.5, node.y() - 2.5, 5, 5));
        path.moveTo(node.x(), node.y() < 12 ? node.y() + 2.5 : node.y() - 2.5);
        path.lineTo(node.x(), 12);
    }
    return path;
}

QPainterPath service()
{
    // A gear: eight teeth round a hub.
    constexpr int teeth = 8;
    constexpr qreal outer = 9.5, inner = 7.0;
    const QPointF centre(12, 12);
    QPolygonF gear;
    for (int i = 0; i < teeth; ++i) {
        const qreal base = 360.0 * i / teeth;
        for (const auto &[offset, radius] :
             { std::pair { -14.0, inner }, std::pair { -8.0, outer }, std::pair { 8.0, outer },
               std::pair { 14.0, inner } }) {
            const qreal angle = qDegreesToRadians(base + offset);
            gear << centre + QPointF(radius * qCos(angle), radius * qSin(angle));
        }
    }
    gear << gear.first();
    QPainterPath path;
    path.addPolygon(gear);
    path.addEllipse(centre, 3, 3);
    return path;
}

QPainterPath saas()
{
    // A cloud: three puffs on a flat base, merged into one outline.
    QPainterPath puffs;
    puffs.addEllipse(QPointF(7.5, 14), 4.5, 4.5);
    puffs.addEllipse(QPointF(12.5, 10), 6, 6);
    puffs.addEllipse(QPointF(17.5, 14), 4.5, 4.5);
    QPainterPath base;
    base.addRect(QRectF(7.5, 12, 10, 6.5));
    return puffs.united(base).simplified();
}

QPainterPath client()
{
    // A monitor on its stand.
    QPainterPath path;
    path.addRoundedRect(QRectF(2.5, 3.5, 19, 13), 1.5, 1.5);
    path.moveTo(12, 16.5);
    path.lineTo(12, 20);
    path.moveTo(7.5, 20.5);
    path.lineTo(16.5, 20.5);
    return path;
}

QPainterPath any()
{
    // A globe: anywhere at all.
    QPainterPath path;
    path.addEllipse(QPointF(12, 12), 9, 9);
    path.addEllipse(QPointF(12, 12), 4, 9);
    path.moveTo(3, 12);
    path.lineTo(21, 12);
    path.moveTo(4.7, 7.5);
    path.lineTo(19.3, 7.5);
    path.moveTo(4.7, 16.5);
    path.lineTo(19.3, 16.5);
    return path;
}

QPainterPath glyph(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Host:
        return host();
    case ComponentKind::Appliance:
        return appliance();
    case ComponentKind::Cluster:
        return cluster();
    case ComponentKind::Network:
        return network();
    case ComponentKind::Service:
        return service();
    case ComponentKind::Saas:
        return saas();
    case ComponentKind::Client:
        return client();
    case ComponentKind::Any:
        return any();
    }
    return host();
}

} // namespace

QPainterPath kindIcon(ComponentKind kind, const QRectF &box)
{
    // Built once: the cloud's outline is a boolean union, too slow to
    // repeat for every component of a large diagram.
    static const QList<QPainterPath> glyphs = [] {
        QList<QPainterPath> all;
        for (const ComponentKind each : allComponentKinds())
            all << glyph(each);
        return all;
    }();
    const qreal side = qMin(box.width(), box.height());
    const qreal scale = side / 24;
    QTransform transform;
    transform.translate(box.center().x() - side / 2, box.center().y() - side / 2);
    transform.scale(scale, scale);
    const qsizetype index = allComponentKinds().indexOf(kind);
    return transform.map(index >= 0 ? glyphs.at(index) : glyph(kind));
}

} // namespace Portolan

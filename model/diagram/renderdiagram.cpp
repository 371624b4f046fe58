// renderDiagram: the assembled diagram turned into display primitives. Every
// drawing decision (shape, colour, font, icon) is taken here, once, for the
// GUI and the exports alike.
#include "diagram.h"

#include "collapsedzones.h"
#include "diagramstyle.h"
#include "kindicons.h"
#include "legend.h"
#include "primitives.h"

#include <QLineF>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace Style = DiagramStyle;
namespace P = Primitives;

namespace {

DisplayElement zoneElement(const DiagramZone &zone)
{
    DisplayElement element;
    element.role = DisplayElement::Role::Zone;
    element.id = zoneElementId(zone.id);
    element.subject = zone.id;
    element.title = zone.name;
    element.primitives << P::shape(P::roundedRect(zone.box, Style::zoneRadius),
                                   Style::zoneFill(zone.depth), Style::zoneStroke(zone.depth), 1.2);
    const QMarginsF padding = Style::zoneTitlePadding;
    element.primitives << P::lines({ zone.name }, Style::zoneTitleFont(), Style::zoneTitleColor(),
                                   zone.labelBox.left() + padding.left(),
                                   zone.labelBox.top() + padding.top());
    element.bounds = P::bounds(element.primitives);
    return element;
}

QPainterPath componentOutline(ComponentKind kind, const QRectF &box)
{
    switch (kind) {
    case ComponentKind::Saas: // reached over the Internet: a pill
        return P::roundedRect(box, qMin(box.height() / 2, 16.0));
    case ComponentKind::Network: // an address range: square corners
        return P::roundedRect(box, 2);
    default:
        return P::roundedRect(box, Style::componentRadius);
    }
}

// A zone drawn as one node: a frame like the zone's own, doubled to say it
// holds more, its name in the zone title font and what it holds under it.
DisplayElement zoneNodeElement(const DiagramComponent &component, DisplayElement element)
{
    const QRectF box = component.box;
    element.primitives << P::shape(P::roundedRect(box.translated(3, -3), Style::zoneRadius),
                                   Style::zoneFill(1), Style::zoneStroke(0), 1);
    element.primitives << P::shape(P::roundedRect(box, Style::zoneRadius), Style::zoneFill(0),
                                   Style::zoneStroke(0), 1.4);
    const QMarginsF padding = Style::componentPadding;
    const QRectF icon(box.left() + padding.left(), box.center().y() - Style::componentIconSize / 2,
                      Style::componentIconSize, Style::componentIconSize);
    // The icon's place holds a small frame: the zone.
    element.primitives << P::stroke(P::roundedRect(icon.adjusted(1, 2, -1, -2), 2),
                                    Style::zoneTitleColor(), 1.5);
    const QStringList lines = Style::componentLines(component.name);
    const qreal textLeft = icon.right() + Style::componentIconGap;
    const qreal textTop = box.center().y()
        - Style::componentTextHeight(lines.size(), component.addressLines.size()) / 2;
    element.primitives << P::lines(lines, Style::componentFont(), Style::zoneTitleColor(), textLeft,
                                   textTop);
    element.primitives << P::lines(
        component.addressLines, Style::addressFont(), Style::zoneTitleColor(), textLeft,
        textTop + Style::componentTextHeight(lines.size(), 0) + Style::componentAddressGap);
    element.bounds = P::bounds(element.primitives);
    return element;
}

DisplayElement componentElement(const DiagramComponent &component)
{
    DisplayElement element;
    element.role = DisplayElement::Role::Component;
    element.id = componentElementId(component.id);
    element.subject = component.id;
    element.title = component.tooltip;
    const QRectF box = component.box;
    if (isZoneNode(component.id))
        return zoneNodeElement(component, element);
    const QColor color = Style::kindColor(component.kind);

    element.primitives << P::shape(componentOutline(component.kind, box.translated(0, 1.5)),
                                   QColor(15, 23, 42, 40));
    if (component.kind == ComponentKind::Cluster) // a stack of machines behind the front one
        element.primitives << P::shape(componentOutline(component.kind, box.translated(4, -4)),
                                       color.lighter(135), color.darker(115), 1);
    const bool any = component.kind == ComponentKind::Any;
    element.primitives << P::shape(componentOutline(component.kind, box), color,
                                   any ? QColor(Qt::white) : color.darker(125), any ? 1.4 : 1,
                                   any ? Qt::DashLine : Qt::SolidLine);

    const QMarginsF padding = Style::componentPadding;
    const QRectF icon(box.left() + padding.left(), box.center().y() - Style::componentIconSize / 2,
                      Style::componentIconSize, Style::componentIconSize);
    element.primitives << P::stroke(kindIcon(component.kind, icon), Style::componentTextColor(),
                                    1.5);

    // The name and the addresses under it, centred as one block: the same
    // arithmetic as DiagramStyle::componentSize(), which measured the box.
    const QFont font = Style::componentFont();
    const QStringList lines = Style::componentLines(component.name);
    const qreal textLeft = icon.right() + Style::componentIconGap;
    const qreal textTop = box.center().y()
        - Style::componentTextHeight(lines.size(), component.addressLines.size()) / 2;
    element.primitives << P::lines(lines, font, Style::componentTextColor(), textLeft, textTop);
    if (!component.addressLines.isEmpty())
        element.primitives << P::lines(
            component.addressLines, Style::addressFont(), Style::addressTextColor(), textLeft,
            textTop + Style::componentTextHeight(lines.size(), 0) + Style::componentAddressGap);
    element.bounds = P::bounds(element.primitives);
    return element;
}

QPainterPath edgePath(const QList<QPointF> &points)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    if ((points.size() - 1) % 3 == 0) {
        for (qsizetype i = 1; i + 2 < points.size(); i += 3)
            path.cubicTo(points.at(i), points.at(i + 1), points.at(i + 2));
    } else { // not Bézier pieces: join the points
        for (qsizetype i = 1; i < points.size(); ++i)
            path.lineTo(points.at(i));
    }
    return path;
}

QPainterPath arrowHead(const QPainterPath &path, QPointF tip)
{
    QPointF base = path.currentPosition();
    QLineF axis(base, tip);
    if (axis.length() < 1) { // no room left for the head: point along the path's end
        const qreal length = path.length();
        const QPointF before = path.pointAtPercent(path.percentAtLength(qMax(0.0, length - 8)));
        axis = QLineF(before, tip);
        axis.setLength(8);
        axis = QLineF(tip - (axis.p2() - axis.p1()), tip);
        base = axis.p1();
    }
    const QLineF normal = axis.normalVector().unitVector();
    const QPointF side = (normal.p2() - normal.p1()) * Style::arrowHalfWidth;
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(base + side);
    head.lineTo(base - side);
    head.closeSubpath();
    return head;
}

QList<QColor> edgeColors(const Diagram &diagram, const DiagramEdge &edge)
{
    QList<QColor> colors;
    for (const Id product : edge.productIds)
        colors << productColor(diagram.project, product);
    if (colors.isEmpty())
        colors << Style::noProductColor();
    return colors;
}

DisplayElement edgeElement(const Diagram &diagram, const DiagramEdge &edge)
{
    DisplayElement element;
    element.role = DisplayElement::Role::Edge;
    element.id = edgeElementId(edge.sourceId, edge.targetId);
    element.subject = edge.sourceId;
    element.target = edge.targetId;
    element.title = edge.tooltip;
    const QPainterPath path = edgePath(edge.path);
    const QList<QColor> colors = edgeColors(diagram, edge);
    // A shared edge shows every product: the first solid, the others dashed
    // over it in their own colours, so both stay visible along the line.
    static const Qt::PenStyle overlays[] = { Qt::DashLine, Qt::DotLine, Qt::DashDotLine };
    element.primitives << P::stroke(path, colors.first(), Style::edgeWidth);
    for (qsizetype i = 1; i < colors.size(); ++i)
        element.primitives << P::stroke(path, colors.at(i), Style::edgeWidth,
                                        overlays[(i - 1) % std::size(overlays)]);
    element.primitives << P::shape(arrowHead(path, edge.arrowTip), colors.first());
    element.bounds = P::bounds(element.primitives);
    return element;
}

DisplayElement labelElement(const Diagram &diagram, const DiagramEdge &edge)
{
    DisplayElement element;
    element.role = DisplayElement::Role::EdgeLabel;
    element.id = labelElementId(edge.sourceId, edge.targetId);
    element.subject = edge.sourceId;
    element.target = edge.targetId;
    element.title = edge.tooltip;
    QColor border = edgeColors(diagram, edge).first();
    border.setAlpha(150);
    element.primitives << P::shape(P::roundedRect(edge.labelBox, Style::labelRadius),
                                   Style::labelFill(), border, 0.8);
    const QMarginsF padding = Style::labelPadding;
    const QStringList lines = edge.label.split(u'\n');
    const QFont font = Style::labelFont();
    const qreal top = edge.labelBox.center().y() - lines.size() * Style::lineHeight(font) / 2;
    element.primitives << P::lines(lines, font, Style::labelTextColor(),
                                   edge.labelBox.left() + padding.left(), top,
                                   edge.labelBox.center().x());
    element.bounds = P::bounds(element.primitives);
    return element;
}

DisplayElement titleElement(const QString &title, const QRectF &diagramBounds)
{
    DisplayElement element;
    element.role = DisplayElement::Role::Title;
    element.id = u"title"_s;
    element.title = title;
    const QFont font = Style::titleFont();
    const qreal top = diagramBounds.top() - 16 - Style::lineHeight(font);
    element.primitives << P::lines({ title }, font, Style::textColor(), diagramBounds.left(), top);
    element.bounds = P::bounds(element.primitives);
    return element;
}

// Beside the diagram where that adds the least area: right of tall or square
// pictures, under wide ones.
QPointF legendPlace(const QRectF &diagram, const QSizeF &legend)
{
    const qreal gap = Style::legendGap;
    const qreal right
        = (diagram.width() + gap + legend.width()) * qMax(diagram.height(), legend.height());
    const qreal below
        = qMax(diagram.width(), legend.width()) * (diagram.height() + gap + legend.height());
    return right <= below ? QPointF(diagram.right() + gap, diagram.top())
                          : QPointF(diagram.left(), diagram.bottom() + gap);
}

// What an earlier rendering can lend: the element each zone, component
// and edge of `before` was drawn as, found by position (renderDiagram's
// order) and taken only when it was drawn from the same data.
class Reuse
{
    using Role = DisplayElement::Role;

public:
    Reuse() = default;
    Reuse(const Diagram &before, const DisplayList &previous, const Diagram &diagram)
        : m_previous(&previous)
        // An edge's colours come from the products' colours and order.
        , m_sameProducts(before.project.products == diagram.project.products)
    {
        qsizetype at = 0;
        for (const DiagramZone &zone : before.zones)
            m_zones.insert(zone.id, { &zone, at++ });
        for (const DiagramEdge &edge : before.edges)
            m_edges.insert({ edge.sourceId, edge.targetId }, { &edge, at++ });
        for (const DiagramComponent &component : before.components)
            m_components.insert(component.id, { &component, at++ });
        for (const DiagramEdge &edge : before.edges) {
            if (!edge.labelBox.isEmpty())
                m_labels.insert({ edge.sourceId, edge.targetId }, at++);
        }
    }

    const DisplayElement *zone(const DiagramZone &zone) const
    {
        const auto it = m_zones.constFind(zone.id);
        return it != m_zones.cend() && *it->drawn == zone ? element(it->at, { Role::Zone, zone.id })
                                                          : nullptr;
    }
    const DisplayElement *component(const DiagramComponent &component) const
    {
        const auto it = m_components.constFind(component.id);
        return it != m_components.cend() && *it->drawn == component
            ? element(it->at, { Role::Component, component.id })
            : nullptr;
    }
    // The edge's element and its label's, when it is drawn as before.
    std::pair<const DisplayElement *, const DisplayElement *> edge(const DiagramEdge &edge) const
    {
        const auto it = sameEdge(edge);
        if (!it)
            return {};
        return { element(it->at, { Role::Edge, edge.sourceId, edge.targetId }),
                 element(m_labels.value({ edge.sourceId, edge.targetId }, -1),
                         { Role::EdgeLabel, edge.sourceId, edge.targetId }) };
    }

private:
    template<typename T> struct Drawn
    {
        const T *drawn = nullptr;
        qsizetype at = 0;
    };
    const DisplayList *m_previous = nullptr;
    bool m_sameProducts = false;
    QHash<Id, Drawn<DiagramZone>> m_zones;
    QHash<Id, Drawn<DiagramComponent>> m_components;
    QHash<QPair<Id, Id>, Drawn<DiagramEdge>> m_edges;
    QHash<QPair<Id, Id>, qsizetype> m_labels;

    const Drawn<DiagramEdge> *sameEdge(const DiagramEdge &edge) const
    {
        if (!m_sameProducts)
            return nullptr;
        const auto it = m_edges.constFind({ edge.sourceId, edge.targetId });
        return it != m_edges.cend() && *it->drawn == edge ? &*it : nullptr;
    }
    // The element at `at`, when it is the one expected (in a rendering
    // other than renderDiagram's it would not be).
    const DisplayElement *element(qsizetype at, const ElementKey &key) const
    {
        if (!m_previous || at < 0 || at >= m_previous->elements.size())
            return nullptr;
        const DisplayElement &element = m_previous->elements.at(at);
        return keyOf(element) == key ? &element : nullptr;
    }
};

DisplayList render(const Diagram &diagram, const Reuse &reuse)
{
    DisplayList display;
    display.elements.reserve(diagram.zones.size() + 2 * diagram.edges.size()
                             + diagram.components.size() + 2);
    for (const DiagramZone &zone : diagram.zones) {
        const DisplayElement *kept = reuse.zone(zone);
        display.elements << (kept ? *kept : zoneElement(zone));
    }
    QList<const DisplayElement *> keptLabels(diagram.edges.size(), nullptr);
    for (qsizetype e = 0; e < diagram.edges.size(); ++e) {
        const DiagramEdge &edge = diagram.edges.at(e);
        const auto [kept, label] = reuse.edge(edge);
        display.elements << (kept ? *kept : edgeElement(diagram, edge));
        keptLabels[e] = label;
    }
    for (const DiagramComponent &component : diagram.components) {
        const DisplayElement *kept = reuse.component(component);
        display.elements << (kept ? *kept : componentElement(component));
    }
    for (qsizetype e = 0; e < diagram.edges.size(); ++e) {
        const DiagramEdge &edge = diagram.edges.at(e);
        if (edge.labelBox.isEmpty())
            continue;
        display.elements << (keptLabels[e] ? *keptLabels[e] : labelElement(diagram, edge));
    }
    QRectF drawn = diagram.bounds;
    for (const DisplayElement &element : std::as_const(display.elements))
        drawn |= element.bounds;
    if (diagram.options.showLegend) {
        const DisplayElement measured = legendElement(diagram, {});
        if (!measured.primitives.isEmpty())
            display.elements << legendElement(diagram, legendPlace(drawn, measured.bounds.size()));
    }
    if (!diagram.options.title.isEmpty())
        display.elements << titleElement(diagram.options.title, drawn);

    for (const DisplayElement &element : std::as_const(display.elements))
        display.bounds |= element.bounds;
    display.bounds = display.bounds.marginsAdded(QMarginsF(16, 16, 16, 16));
    return display;
}

} // namespace

QString zoneElementId(Id zone)
{
    return u"zone-"_s + QString::number(zone);
}
QString componentElementId(Id component)
{
    return u"component-"_s + QString::number(component);
}
QString edgeElementId(Id source, Id target)
{
    return u"edge-%1-%2"_s.arg(source).arg(target);
}
QString labelElementId(Id source, Id target)
{
    return u"label-%1-%2"_s.arg(source).arg(target);
}

DisplayList renderDiagram(const Diagram &diagram)
{
    return render(diagram, Reuse());
}

DisplayList renderDiagram(const Diagram &diagram, const Diagram &before,
                          const DisplayList &previous)
{
    return render(diagram, Reuse(before, previous, diagram));
}

} // namespace Portolan

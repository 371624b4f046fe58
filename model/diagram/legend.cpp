#include "legend.h"

#include "collapsedzones.h"
#include "diagramstyle.h"
#include "domain/translationcontexts.h"
#include "kindicons.h"
#include "primitives.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace Style = DiagramStyle;
namespace P = Primitives;

namespace {

// One row: a swatch of legendSwatch points square, then its name.
struct Row
{
    QList<Primitive> swatch; // drawn in a legendSwatch square at the origin
    QString name;
};

QList<Primitive> moved(QList<Primitive> primitives, QPointF offset)
{
    for (Primitive &primitive : primitives) {
        primitive.path.translate(offset);
        primitive.origin += offset;
    }
    return primitives;
}

QList<Row> productRows(const Diagram &diagram)
{
    QSet<Id> used;
    bool unassigned = false;
    for (const DiagramEdge &edge : diagram.edges) {
        for (const Id id : edge.productIds)
            used.insert(id);
        unassigned = unassigned || edge.productIds.isEmpty();
    }
    const qreal side = Style::legendSwatch;
    auto swatch = [side](const QColor &color) {
        QPainterPath line;
        line.moveTo(0, side / 2);
        line.lineTo(side * 1.1, side / 2);
        QPainterPath head;
        head.moveTo(side * 1.6, side / 2);
        head.lineTo(side * 1.1, side / 2 - Style::arrowHalfWidth);
        head.lineTo(side * 1.1, side / 2 + Style::arrowHalfWidth);
        head.closeSubpath();
        return QList<Primitive> { P::stroke(line, color, Style::edgeWidth * 1.5),
                                  P::shape(head, color) };
    };
    QList<Row> rows;
    for (const Product &product : diagram.project.products) {
        if (used.contains(product.id))
            rows.append({ swatch(productColor(diagram.project, product.id)), product.name });
    }
    if (unassigned)
        rows.append({ swatch(Style::noProductColor()), DiagramText::tr("No product") });
    return rows;
}

QList<Row> kindRows(const Diagram &diagram)
{
    QList<Row> rows;
    const qreal side = Style::legendSwatch;
    for (const ComponentKind kind : allComponentKinds()) {
        const bool used = std::any_of(
            diagram.components.cbegin(), diagram.components.cend(),
            [kind](const DiagramComponent &c) { return c.kind == kind && !isZoneNode(c.id); });
        if (!used)
            continue;
        const QRectF square(0, 0, side, side);
        rows.append({ { P::shape(P::roundedRect(square, 3), Style::kindColor(kind)),
                        P::stroke(kindIcon(kind, square.adjusted(2, 2, -2, -2)),
                                  Style::componentTextColor(), 1.1) },
                      Style::kindTitle(kind) });
    }
    return rows;
}

} // namespace

QColor productColor(const ProjectSnapshot &project, Id productId)
{
    for (qsizetype i = 0; i < project.products.size(); ++i) {
        if (project.products.at(i).id == productId)
            return Style::productColor(project.products.at(i).color, int(i));
    }
    return Style::noProductColor();
}

DisplayElement legendElement(const Diagram &diagram, QPointF topLeft)
{
    DisplayElement element;
    element.role = DisplayElement::Role::Legend;
    element.id = u"legend"_s;
    const QList<std::pair<QString, QList<Row>>> sections {
        { DiagramText::tr("Products"), productRows(diagram) },
        { DiagramText::tr("Components"), kindRows(diagram) },
    };
    const QFont headingFont = Style::legendTitleFont();
    const QFont font = Style::legendFont();
    const qreal pad = Style::legendPadding;
    const qreal swatchWidth = Style::legendSwatch * 1.6;
    const qreal rowHeight = qMax(Style::legendSwatch, Style::lineHeight(font));

    QList<Primitive> content;
    QStringList titleLines;
    qreal y = topLeft.y() + pad;
    const qreal x = topLeft.x() + pad;
    for (const auto &[heading, rows] : sections) {
        if (rows.isEmpty())
            continue;
        if (!titleLines.isEmpty())
            y += Style::legendRowGap * 2;
        content << P::lines({ heading }, headingFont, Style::textColor(), x, y);
        titleLines << heading + u':';
        y += Style::lineHeight(headingFont) + Style::legendRowGap;
        for (const Row &row : rows) {
            content << moved(row.swatch, QPointF(x, y + (rowHeight - Style::legendSwatch) / 2));
            content << P::lines({ row.name }, font, Style::textColor(), x + swatchWidth + 8,
                                y + (rowHeight - Style::lineHeight(font)) / 2);
            titleLines << u"  "_s + row.name;
            y += rowHeight + Style::legendRowGap;
        }
    }
    if (content.isEmpty())
        return element;
    QRectF frame = P::bounds(content).marginsAdded(QMarginsF(pad, pad, pad, pad));
    frame.setTopLeft(topLeft);
    element.primitives << P::shape(P::roundedRect(frame, 4), Style::legendFill(),
                                   Style::legendStroke(), 1);
    element.primitives << content;
    element.title = titleLines.join(u'\n');
    element.bounds = P::bounds(element.primitives);
    return element;
}

} // namespace Portolan

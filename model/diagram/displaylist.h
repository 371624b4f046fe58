#pragma once
// The diagram as a list of drawing primitives: what every renderer draws.
// The GUI's items paint an element's primitives with QPainter; PNG and PDF
// exports paint all of them with QPainter; the SVG export writes the same
// primitives as SVG elements. Drawing decisions (shapes, colours, fonts,
// icons) are made once, where the display list is built.

#include <QColor>
#include <QFont>
#include <QHashFunctions>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace Portolan {

struct Primitive
{
    enum class Kind { Shape, Text };
    Kind kind = Kind::Shape;

    // Shape: outline and/or fill (an invalid QColor means none).
    QPainterPath path;
    QColor stroke;
    qreal strokeWidth = 1;
    Qt::PenStyle strokeStyle = Qt::SolidLine;
    QColor fill;

    // Text: one line, drawn with its baseline starting at `origin`.
    QPointF origin;
    QString text;
    QFont font;
    QColor color;

    friend bool operator==(const Primitive &, const Primitive &) = default;
};

struct DisplayElement
{
    enum class Role { Zone, Component, Edge, EdgeLabel, Legend, Title };
    Role role = Role::Component;
    QString id; // stable and unique: "component-12", "edge-3-7", "zone-4" …
    QString title; // plain text for tooltips and SVG <title>; lines split by '\n'
    QRectF bounds; // contains every primitive
    QList<Primitive> primitives;
    // What it draws, as numbers: the zone or component, or the edge's
    // source and target (a label's too); 0 for the legend and the title.
    qint64 subject = 0; // an Id
    qint64 target = 0;

    friend bool operator==(const DisplayElement &, const DisplayElement &) = default;
};

// An element found again by what it draws, without its id's text: the
// window matches thousands of them on every edit.
struct ElementKey
{
    DisplayElement::Role role = DisplayElement::Role::Component;
    qint64 subject = 0; // an Id
    qint64 target = 0;

    friend bool operator==(const ElementKey &, const ElementKey &) = default;
    friend size_t qHash(const ElementKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, int(key.role), key.subject, key.target);
    }
};

inline ElementKey keyOf(const DisplayElement &element)
{
    return { element.role, element.subject, element.target };
}

struct DisplayList
{
    QRectF bounds;
    QColor background = Qt::white;
    QList<DisplayElement> elements; // in painting order: zones, edges, components, labels, legend
};

} // namespace Portolan

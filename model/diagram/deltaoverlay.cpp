#include "deltaoverlay.h"

#include <QFontMetricsF>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

using EdgeKey = std::pair<Id, Id>;

QColor blend(const QColor &color, const QColor &background, qreal amount)
{
    if (!color.isValid())
        return color;
    const auto mix = [amount](qreal a, qreal b) { return a * (1 - amount) + b * amount; };
    return QColor::fromRgbF(float(mix(color.redF(), background.redF())),
                            float(mix(color.greenF(), background.greenF())),
                            float(mix(color.blueF(), background.blueF())), color.alphaF());
}

// Lines, arrow heads and text take `color`; light fills (a label's
// background, a box's face) stay as they are.
void recolor(DisplayElement &element, const QColor &color, Qt::PenStyle style = Qt::SolidLine)
{
    for (Primitive &primitive : element.primitives) {
        if (primitive.kind == Primitive::Kind::Text) {
            primitive.color = color;
            continue;
        }
        if (primitive.stroke.isValid()) {
            primitive.stroke = color;
            primitive.strokeStyle = style;
        }
        if (primitive.fill.isValid() && primitive.fill.lightness() < 200)
            primitive.fill = color;
    }
}

void fade(DisplayElement &element, const QColor &background, qreal amount)
{
    for (Primitive &primitive : element.primitives) {
        primitive.stroke = blend(primitive.stroke, background, amount);
        primitive.fill = blend(primitive.fill, background, amount);
        primitive.color = blend(primitive.color, background, amount);
    }
}

// The outline of a component's box in `color`, drawn heavier.
void outline(DisplayElement &element, const QColor &color)
{
    for (Primitive &primitive : element.primitives) {
        if (primitive.kind == Primitive::Kind::Shape && primitive.stroke.isValid()) {
            primitive.stroke = color;
            primitive.strokeWidth = qMax<qreal>(primitive.strokeWidth * 2, 2);
            return;
        }
    }
}

bool isEdge(const DisplayElement &element)
{
    return element.role == DisplayElement::Role::Edge
        || element.role == DisplayElement::Role::EdgeLabel;
}

QFont keyFont(const DisplayList &list)
{
    for (const DisplayElement &element : list.elements) {
        for (const Primitive &primitive : element.primitives) {
            if (primitive.kind == Primitive::Kind::Text) {
                QFont font = primitive.font;
                font.setBold(false);
                return font;
            }
        }
    }
    return {};
}

// The key: a short line in each colour and its word, in one row.
DisplayElement keyElement(const DisplayList &list, const QStringList &words,
                          const DeltaStyle &style)
{
    DisplayElement key;
    key.role = DisplayElement::Role::Legend;
    key.id = u"delta-key"_s;
    const QFont font = keyFont(list);
    const QFontMetricsF metrics(font);
    const QColor ink(0x1f, 0x29, 0x33);
    const QColor colors[]
        = { style.added, style.removed, style.changed, blend(ink, list.background, style.fade) };
    qreal x = list.bounds.left();
    const qreal y = list.bounds.bottom() + 12 + metrics.height();
    for (int i = 0; i < 4 && i < words.size(); ++i) {
        Primitive line;
        line.path.moveTo(x, y - metrics.xHeight() / 2);
        line.path.lineTo(x + 22, y - metrics.xHeight() / 2);
        line.stroke = colors[i];
        line.strokeWidth = 2;
        line.strokeStyle = i == 1 ? Qt::DashLine : Qt::SolidLine;
        key.primitives.append(line);
        Primitive text;
        text.kind = Primitive::Kind::Text;
        text.origin = QPointF(x + 28, y);
        text.text = words.at(i);
        text.font = font;
        text.color = ink;
        key.primitives.append(text);
        x += 28 + metrics.horizontalAdvance(words.at(i)) + 18;
    }
    key.bounds = QRectF(list.bounds.left(), y - metrics.ascent() - 2, x - list.bounds.left(),
                        metrics.height() + 4);
    return key;
}

QString fieldsText(const DesignChange &change)
{
    QStringList parts;
    for (const FieldChange &field : change.fields)
        parts.append(u"%1 %2 → %3"_s.arg(field.field, field.before, field.after));
    return parts.join(u"; "_s);
}

} // namespace

QHash<std::pair<Id, Id>, EdgeDelta> edgeDeltas(const Diagram &from, const Diagram &to,
                                               const DesignDiff &diff)
{
    QSet<Id> added, changed, removed;
    for (const DesignChange &change : diff.changes) {
        if (change.subject != ChangeSubject::Flow)
            continue;
        (change.kind == ChangeKind::Added         ? added
             : change.kind == ChangeKind::Removed ? removed
                                                  : changed)
            .insert(change.id);
    }
    QSet<EdgeKey> lostFlows; // edges of `from` that lost a flow
    QSet<EdgeKey> later;
    for (const DiagramEdge &edge : to.edges)
        later.insert({ edge.sourceId, edge.targetId });
    QHash<EdgeKey, EdgeDelta> deltas;
    for (const DiagramEdge &edge : from.edges) {
        const EdgeKey key { edge.sourceId, edge.targetId };
        qsizetype gone = 0;
        for (const Id flow : edge.flowIds)
            gone += removed.contains(flow) ? 1 : 0;
        if (gone > 0)
            lostFlows.insert(key);
        // Gone only when its flows are: an edge whose flows are drawn
        // otherwise now (regrouped under a zone, say) is no removal.
        if (!later.contains(key) && gone > 0 && gone == edge.flowIds.size())
            deltas.insert(key, EdgeDelta::Removed);
    }
    for (const DiagramEdge &edge : to.edges) {
        const EdgeKey key { edge.sourceId, edge.targetId };
        qsizetype newFlows = 0;
        bool touched = lostFlows.contains(key);
        for (const Id flow : edge.flowIds) {
            newFlows += added.contains(flow) ? 1 : 0;
            touched = touched || changed.contains(flow) || added.contains(flow);
        }
        deltas.insert(key,
                      !edge.flowIds.isEmpty() && newFlows == edge.flowIds.size() ? EdgeDelta::Added
                          : touched ? EdgeDelta::Changed
                                    : EdgeDelta::Unchanged);
    }
    return deltas;
}

DisplayList deltaDisplayList(const Diagram &from, const DisplayList &fromList, const Diagram &to,
                             const DisplayList &toList, const DesignDiff &diff,
                             const QStringList &legend, const DeltaStyle &style)
{
    const QHash<EdgeKey, EdgeDelta> deltas = edgeDeltas(from, to, diff);
    QSet<Id> addedComponents, changedComponents, removedComponents;
    QHash<Id, QStringList> flowChanges; // flow id → "field before → after"
    for (const DesignChange &change : diff.changes) {
        if (change.subject == ChangeSubject::Component
            || change.subject == ChangeSubject::Address) {
            (change.kind == ChangeKind::Added && change.subject == ChangeSubject::Component
                 ? addedComponents
                 : change.kind == ChangeKind::Removed && change.subject == ChangeSubject::Component
                 ? removedComponents
                 : changedComponents)
                .insert(change.id);
        } else if (change.subject == ChangeSubject::Flow && change.kind == ChangeKind::Changed) {
            flowChanges[change.id].append(change.name + u": "_s + fieldsText(change));
        }
    }
    QHash<EdgeKey, QStringList> edgeNotes;
    for (const DiagramEdge &edge : to.edges) {
        for (const Id flow : edge.flowIds)
            edgeNotes[{ edge.sourceId, edge.targetId }] += flowChanges.value(flow);
    }

    DisplayList result = toList;
    qsizetype firstComponent = -1;
    for (qsizetype i = 0; i < result.elements.size(); ++i) {
        DisplayElement &element = result.elements[i];
        const EdgeKey key { element.subject, element.target };
        if (isEdge(element)) {
            switch (deltas.value(key, EdgeDelta::Unchanged)) {
            case EdgeDelta::Added:
                recolor(element, style.added);
                break;
            case EdgeDelta::Changed:
                recolor(element, style.changed);
                if (!edgeNotes.value(key).isEmpty())
                    element.title += u'\n' + edgeNotes.value(key).join(u'\n');
                break;
            case EdgeDelta::Removed:
            case EdgeDelta::Unchanged:
                fade(element, result.background, style.fade);
                break;
            }
        } else if (element.role == DisplayElement::Role::Component) {
            if (firstComponent < 0)
                firstComponent = i;
            if (addedComponents.contains(element.subject))
                outline(element, style.added);
            else if (changedComponents.contains(element.subject))
                outline(element, style.changed);
        }
    }
    // What is gone, where the earlier drawing had it: edges under the
    // components, components over everything.
    QList<DisplayElement> goneEdges, goneComponents;
    for (DisplayElement element : fromList.elements) {
        const bool goneEdge = isEdge(element)
            && deltas.value({ element.subject, element.target }) == EdgeDelta::Removed;
        const bool goneComponent = element.role == DisplayElement::Role::Component
            && removedComponents.contains(element.subject);
        if (!goneEdge && !goneComponent)
            continue;
        recolor(element, style.removed, Qt::DashLine);
        element.id += u"-removed"_s;
        result.bounds = result.bounds.united(element.bounds);
        (goneEdge ? goneEdges : goneComponents).append(element);
    }
    const qsizetype at = firstComponent < 0 ? result.elements.size() : firstComponent;
    for (qsizetype i = 0; i < goneEdges.size(); ++i)
        result.elements.insert(at + i, goneEdges.at(i));
    result.elements += goneComponents;
    if (!legend.isEmpty()) {
        const DisplayElement key = keyElement(result, legend, style);
        result.bounds = result.bounds.united(key.bounds.adjusted(0, 0, 0, 8));
        result.elements.append(key);
    }
    return result;
}

Diagram earlierDiagram(const ProjectSnapshot &earlier, const DiagramOptions &options,
                       const LayOutAfresh &layOutAfresh)
{
    DiagramOptions earlierOptions = options;
    if (!earlier.environment(options.environment))
        earlierOptions.environment = 0;
    earlierOptions.tooltips = true;
    QString error;
    Diagram diagram = drawDiagram(earlier, earlierOptions, [&](const LayoutRequest &whole) {
                          std::optional<LayoutResult> fresh;
                          if (layOutAfresh)
                              fresh = layOutAfresh(whole);
                          if (fresh)
                              error = fresh->error;
                          return fresh;
                      }).diagram;
    diagram.layoutError = error;
    return diagram;
}

} // namespace Portolan

#include "svgexporter.h"

#include "diagram/displaylist.h"
#include "export/svgpath.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSet>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Portolan {

QString xmlSafeText(QStringView text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe.append(c);
            safe.append(text.at(++i));
            continue;
        }
        const char16_t u = c.unicode();
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF)
            continue;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            continue;
        safe.append(c);
    }
    return safe;
}

namespace {

// One line of <text>: line breaks inside it would only render as spaces.
QString textLine(QStringView text)
{
    QString line = xmlSafeText(text);
    line.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
    return line;
}

// An XML id must be a name (letter or '_' first; letters, digits, '-', '_',
// '.' after) and unique in the document.
QString xmlId(const QString &wanted, QSet<QString> &used)
{
    QString id;
    for (const QChar c : wanted) {
        const bool allowed
            = (c.isLetterOrNumber() && c.unicode() < 0x80) || c == u'-' || c == u'_' || c == u'.';
        id.append(allowed ? c : u'_');
    }
    if (id.isEmpty() || !(id.at(0).isLetter() || id.at(0) == u'_'))
        id.prepend(u"e-"_s);
    const QString base = id;
    for (int n = 2; used.contains(id); ++n)
        id = u"%1-%2"_s.arg(base).arg(n);
    used.insert(id);
    return id;
}

QString roleClass(DisplayElement::Role role)
{
    switch (role) {
    case DisplayElement::Role::Zone:
        return u"zone"_s;
    case DisplayElement::Role::Component:
        return u"component"_s;
    case DisplayElement::Role::Edge:
        return u"edge"_s;
    case DisplayElement::Role::EdgeLabel:
        return u"edge-label"_s;
    case DisplayElement::Role::Legend:
        return u"legend"_s;
    case DisplayElement::Role::Title:
        return u"title"_s;
    }
    return u"element"_s;
}

// Writes `color` as attribute `name` (and `name`-opacity when translucent);
// "none" for an invalid or fully transparent colour.
void writeColor(QXmlStreamWriter &xml, const QString &name, const QColor &color)
{
    if (!color.isValid() || color.alpha() == 0) {
        xml.writeAttribute(name, u"none"_s);
        return;
    }
    xml.writeAttribute(name, color.name(QColor::HexRgb));
    if (color.alpha() < 255)
        xml.writeAttribute(name + u"-opacity"_s, svgNumber(color.alphaF()));
}

// Qt's dash patterns, in multiples of the pen width as Qt draws them.
QString dashArray(Qt::PenStyle style, qreal width)
{
    QList<qreal> pattern;
    switch (style) {
    case Qt::DashLine:
        pattern = { 4, 2 };
        break;
    case Qt::DotLine:
        pattern = { 1, 2 };
        break;
    case Qt::DashDotLine:
        pattern = { 4, 2, 1, 2 };
        break;
    case Qt::DashDotDotLine:
        pattern = { 4, 2, 1, 2, 1, 2 };
        break;
    default:
        return {};
    }
    QStringList parts;
    for (const qreal length : pattern)
        parts.append(svgNumber(length * qMax<qreal>(width, 1)));
    return parts.join(u',');
}

void writeShape(QXmlStreamWriter &xml, const Primitive &shape)
{
    const QString data = svgPathData(shape.path);
    if (data.isEmpty())
        return;
    xml.writeStartElement(u"path"_s);
    xml.writeAttribute(u"d"_s, data);
    writeColor(xml, u"fill"_s, shape.fill);
    if (shape.fill.isValid() && shape.path.fillRule() == Qt::OddEvenFill)
        xml.writeAttribute(u"fill-rule"_s, u"evenodd"_s);
    const bool stroked = shape.strokeStyle != Qt::NoPen && shape.strokeWidth > 0;
    writeColor(xml, u"stroke"_s, stroked ? shape.stroke : QColor());
    if (stroked && shape.stroke.isValid()) {
        xml.writeAttribute(u"stroke-width"_s, svgNumber(shape.strokeWidth));
        // As paintDisplayList's pen: round joins; round ends on solid lines
        // only, as round ends would fill the gaps of a dash pattern.
        xml.writeAttribute(u"stroke-linejoin"_s, u"round"_s);
        if (shape.strokeStyle == Qt::SolidLine)
            xml.writeAttribute(u"stroke-linecap"_s, u"round"_s);
        const QString dashes = dashArray(shape.strokeStyle, shape.strokeWidth);
        if (!dashes.isEmpty())
            xml.writeAttribute(u"stroke-dasharray"_s, dashes);
    }
    xml.writeEndElement();
}

// The font's families in order of preference, then the generic fallback,
// so that viewers without the first choice pick the same kind of face.
QString fontFamilies(const QFont &font)
{
    QStringList families = font.families();
    if (families.isEmpty())
        families.append(font.family());
    QStringList quoted;
    for (const QString &family : std::as_const(families)) {
        QString name = textLine(family);
        name.remove(u'\'').remove(u'"').remove(u';').remove(u',');
        if (!name.trimmed().isEmpty())
            quoted.append(u"'%1'"_s.arg(name.trimmed()));
    }
    quoted.append(u"sans-serif"_s);
    return quoted.join(u", "_s);
}

// The display list sizes fonts in pixels of its own unit (points), so the
// size carries over as it is; a point-sized font is taken as points too.
qreal fontSize(const QFont &font)
{
    return font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF();
}

void writeText(QXmlStreamWriter &xml, const Primitive &text)
{
    const QString line = textLine(text.text);
    if (line.trimmed().isEmpty())
        return;
    xml.writeStartElement(u"text"_s);
    xml.writeAttribute(u"x"_s, svgNumber(text.origin.x()));
    xml.writeAttribute(u"y"_s, svgNumber(text.origin.y()));
    xml.writeAttribute(u"font-family"_s, fontFamilies(text.font));
    xml.writeAttribute(u"font-size"_s, svgNumber(fontSize(text.font)));
    if (text.font.weight() != QFont::Normal)
        xml.writeAttribute(u"font-weight"_s, QString::number(text.font.weight()));
    if (text.font.italic())
        xml.writeAttribute(u"font-style"_s, u"italic"_s);
    writeColor(xml, u"fill"_s, text.color.isValid() ? text.color : QColor(Qt::black));
    // Labels may hold runs of spaces (aligned columns) that must survive.
    xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
    xml.writeCharacters(line);
    xml.writeEndElement();
}

void writeElement(QXmlStreamWriter &xml, const DisplayElement &element, QSet<QString> &ids)
{
    xml.writeStartElement(u"g"_s);
    xml.writeAttribute(u"id"_s, xmlId(element.id, ids));
    xml.writeAttribute(u"class"_s, roleClass(element.role));
    xml.writeTextElement(u"title"_s, xmlSafeText(element.title));
    for (const Primitive &primitive : element.primitives) {
        if (primitive.kind == Primitive::Kind::Shape)
            writeShape(xml, primitive);
        else
            writeText(xml, primitive);
    }
    xml.writeEndElement();
}

} // namespace

QString SvgExporter::formatName() const
{
    return QCoreApplication::translate("Portolan::SvgExporter", "SVG image");
}

QString SvgExporter::extension() const
{
    return u"svg"_s;
}

QByteArray SvgExporter::document(const DisplayList &display, const ExportOptions &options)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(u"svg"_s);
    xml.writeDefaultNamespace(u"http://www.w3.org/2000/svg"_s);
    xml.writeAttribute(u"version"_s, u"1.1"_s);
    const QRectF bounds = display.bounds;
    // Width and height in points, so the file prints at the diagram's size.
    xml.writeAttribute(u"width"_s, svgNumber(bounds.width()) + u"pt"_s);
    xml.writeAttribute(u"height"_s, svgNumber(bounds.height()) + u"pt"_s);
    xml.writeAttribute(u"viewBox"_s,
                       u"%1 %2 %3 %4"_s.arg(svgNumber(bounds.x()), svgNumber(bounds.y()),
                                            svgNumber(bounds.width()), svgNumber(bounds.height())));
    if (!options.title.isEmpty())
        xml.writeTextElement(u"title"_s, xmlSafeText(options.title));
    if (!options.transparent && display.background.isValid() && display.background.alpha() > 0) {
        xml.writeStartElement(u"rect"_s);
        xml.writeAttribute(u"class"_s, u"background"_s);
        xml.writeAttribute(u"x"_s, svgNumber(bounds.x()));
        xml.writeAttribute(u"y"_s, svgNumber(bounds.y()));
        xml.writeAttribute(u"width"_s, svgNumber(bounds.width()));
        xml.writeAttribute(u"height"_s, svgNumber(bounds.height()));
        writeColor(xml, u"fill"_s, display.background);
        xml.writeEndElement();
    }
    QSet<QString> ids;
    for (const DisplayElement &element : display.elements)
        writeElement(xml, element, ids);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

bool SvgExporter::writeDisplayList(const DisplayList &display, const QString &path,
                                   const ExportOptions &options)
{
    const QByteArray bytes = document(display, options);
    return saveTo(path, [&](QIODevice &device) {
        if (device.write(bytes) != bytes.size())
            return fail(u"cannot write %1: %2"_s.arg(path, device.errorString()));
        return true;
    });
}

} // namespace Portolan

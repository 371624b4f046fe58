#include "diagramstyle.h"

#include "domain/translationcontexts.h"
#include "project/importintoproject.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Portolan::DiagramStyle {

namespace {

// One family everywhere (the set-up and the package install it): text is
// measured with it, so a diagram laid out on one machine keeps its
// proportions on another. Arial and Helvetica have the same metrics.
QFont makeFont(int pixelSize, QFont::Weight weight = QFont::Normal)
{
    QFont font;
    font.setFamilies({ fontFamily(), u"Arial"_s, u"Helvetica"_s, u"DejaVu Sans"_s });
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixelSize);
    font.setWeight(weight);
    // Hinting rounds advances to device pixels: measured widths would then
    // depend on the zoom or the export resolution.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// Greedy word wrap; a word wider than the line is cut where it no longer fits.
QStringList wrapWords(const QFont &font, const QString &text, qreal width)
{
    QStringList lines;
    QString line;
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (QString word : words) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (textWidth(font, candidate) <= width) {
            line = candidate;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        // No glyph is narrower than a fifth of the font's size but those
        // that take no room: more characters than `most` never fit, and a
        // long word (a name of 10,000 characters) is cut without measuring
        // more of it than that.
        const auto most = qsizetype(width / (std::max(1, font.pixelSize()) * 0.2)) + 1;
        while (word.size() > 1 && (word.size() > most || textWidth(font, word) > width)) {
            qsizetype fit = std::min(word.size() - 1, most);
            while (fit > 1 && textWidth(font, word.left(fit)) > width)
                --fit;
            lines << word.left(fit);
            word = word.mid(fit);
        }
        line = word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

} // namespace

QString fontFamily()
{
    return u"Liberation Sans"_s;
}

QFont componentFont()
{
    return makeFont(10, QFont::DemiBold);
}
QFont zoneTitleFont()
{
    return makeFont(11, QFont::Bold);
}
QFont labelFont()
{
    return makeFont(9);
}
qreal labelFontPoints()
{
    return labelFont().pixelSize();
}
QFont legendFont()
{
    return makeFont(9);
}
QFont legendTitleFont()
{
    return makeFont(10, QFont::Bold);
}
QFont titleFont()
{
    return makeFont(18, QFont::Bold);
}
QFont addressFont()
{
    return makeFont(9);
}

QColor kindColor(ComponentKind kind)
{
    // Deep, equally dark tones: white text stays readable on all of them and
    // no kind shouts louder than another.
    switch (kind) {
    case ComponentKind::Host:
        return QColor(0x1f, 0x3f, 0x86);
    case ComponentKind::Appliance:
        return QColor(0x1d, 0x4e, 0x9e);
    case ComponentKind::Cluster:
        return QColor(0x0f, 0x5f, 0x73);
    case ComponentKind::Network:
        return QColor(0x23, 0x61, 0x4a);
    case ComponentKind::Service:
        return QColor(0x3c, 0x3f, 0x91);
    case ComponentKind::Saas:
        return QColor(0x5e, 0x3b, 0x8f);
    case ComponentKind::Client:
        return QColor(0x3a, 0x46, 0x5a);
    case ComponentKind::Any:
        return QColor(0x5f, 0x66, 0x73);
    }
    return QColor(0x1f, 0x3f, 0x86);
}

QColor componentTextColor()
{
    return Qt::white;
}

QString kindTitle(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Host:
        return DiagramText::tr("Host");
    case ComponentKind::Appliance:
        return DiagramText::tr("Appliance");
    case ComponentKind::Cluster:
        return DiagramText::tr("Cluster");
    case ComponentKind::Network:
        return DiagramText::tr("Network (CIDR)");
    case ComponentKind::Service:
        return DiagramText::tr("Service");
    case ComponentKind::Saas:
        return DiagramText::tr("SaaS / FQDN");
    case ComponentKind::Client:
        return DiagramText::tr("Client");
    case ComponentKind::Any:
        return DiagramText::tr("Any");
    }
    return {};
}

QStringList componentLines(const QString &name)
{
    const QFont font = componentFont();
    QStringList lines = wrapWords(font, name, componentTextWidth);
    if (lines.size() > componentMaxLines) {
        const QString rest = lines.mid(componentMaxLines - 1).join(u' ');
        lines = lines.first(componentMaxLines - 1);
        lines << QFontMetricsF(font).elidedText(rest, Qt::ElideRight, componentTextWidth);
    }
    return lines;
}

QColor addressTextColor()
{
    // Light slate: legible on every kind's fill, yet clearly second to the
    // white name.
    return QColor(0xcf, 0xd8, 0xe6);
}

QStringList componentAddressLines(const QStringList &addresses)
{
    if (addresses.isEmpty())
        return {};
    const QFont font = addressFont();
    const qsizetype shown
        = addresses.size() > componentMaxAddresses ? componentMaxAddresses - 1 : addresses.size();
    QStringList lines;
    for (qsizetype i = 0; i < shown; ++i) {
        const QString &address = addresses.at(i);
        lines << (textWidth(font, address) <= componentTextWidth
                      ? address
                      : QFontMetricsF(font).elidedText(address, Qt::ElideMiddle,
                                                       componentTextWidth));
    }
    if (shown < addresses.size()) {
        const int more = int(addresses.size() - shown);
        lines << QCoreApplication::translate("Portolan::Diagram", "+%n more", nullptr, more);
    }
    return lines;
}

qreal componentTextHeight(qsizetype nameLines, qsizetype addressLines)
{
    qreal height = nameLines * lineHeight(componentFont());
    if (addressLines > 0)
        height += componentAddressGap + addressLines * lineHeight(addressFont());
    return height;
}

namespace {

// A size worked out once per text, as textWidth remembers widths: an edit
// measures every name and label of the diagram again.
template<typename Measure>
QSizeF rememberedSize(QHash<QString, QSizeF> &sizes, const QString &text, Measure measure)
{
    if (const auto it = sizes.constFind(text); it != sizes.cend())
        return *it;
    if (sizes.size() > 50000)
        sizes.clear();
    return *sizes.insert(text, measure());
}

QSizeF measuredComponentSize(const QString &name, const QStringList &addressLines)
{
    const QStringList lines = componentLines(name);
    const QFont nameFont = componentFont();
    const QFont smallFont = addressFont();
    qreal widest = 0;
    for (const QString &line : lines)
        widest = qMax(widest, textWidth(nameFont, line));
    for (const QString &line : addressLines)
        widest = qMax(widest, textWidth(smallFont, line));
    const qreal textHeight = componentTextHeight(lines.size(), addressLines.size());
    const qreal width = componentPadding.left() + componentIconSize + componentIconGap + widest
        + componentPadding.right();
    const qreal height
        = componentPadding.top() + qMax(componentIconSize, textHeight) + componentPadding.bottom();
    return { std::ceil(qMax(width, componentMinWidth)),
             std::ceil(qMax(height, componentMinHeight)) };
}

} // namespace

QSizeF componentSize(const QString &name, const QStringList &addressLines)
{
    if (!addressLines.isEmpty())
        return measuredComponentSize(name, addressLines);
    thread_local QHash<QString, QSizeF> sizes;
    return rememberedSize(sizes, name, [&name] { return measuredComponentSize(name, {}); });
}

QColor zoneFill(int depth)
{
    // Nested zones get a slightly deeper tint so that frames read as layers.
    return depth % 2 == 0 ? QColor(0xf1, 0xf5, 0xfb) : QColor(0xe4, 0xec, 0xf7);
}

QColor zoneStroke(int depth)
{
    return depth % 2 == 0 ? QColor(0x7d, 0x98, 0xc4) : QColor(0x6a, 0x86, 0xb6);
}

QColor zoneTitleColor()
{
    return QColor(0x1e, 0x33, 0x5c);
}

QSizeF zoneTitleSize(const QString &name)
{
    const QFont font = zoneTitleFont();
    return { std::ceil(zoneTitlePadding.left() + textWidth(font, name) + zoneTitlePadding.right()),
             std::ceil(zoneTitlePadding.top() + lineHeight(font) + zoneTitlePadding.bottom()) };
}

QColor productColor(const QString &color, int index)
{
    const QColor own(color);
    if (!color.isEmpty() && own.isValid())
        return own;
    // The colour an import would have given it, so that a product without
    // one looks the same wherever it is drawn.
    return QColor(Portolan::productColor(index));
}

QColor noProductColor()
{
    return QColor(0x47, 0x55, 0x69);
}
QColor labelFill()
{
    return QColor(255, 255, 255, 238);
}
QColor labelStroke()
{
    return QColor(0xb6, 0xc2, 0xd2);
}
QColor labelTextColor()
{
    return QColor(0x1f, 0x29, 0x37);
}

namespace {

QSizeF measuredLabelSize(const QString &text)
{
    const QFont font = labelFont();
    const QStringList lines = text.split(u'\n');
    qreal widest = 0;
    for (const QString &line : lines)
        widest = qMax(widest, textWidth(font, line));
    return { std::ceil(labelPadding.left() + widest + labelPadding.right()),
             std::ceil(labelPadding.top() + lines.size() * lineHeight(font)
                       + labelPadding.bottom()) };
}

} // namespace

QSizeF labelSize(const QString &text)
{
    thread_local QHash<QString, QSizeF> sizes;
    return rememberedSize(sizes, text, [&text] { return measuredLabelSize(text); });
}

QColor legendFill()
{
    return Qt::white;
}
QColor legendStroke()
{
    return QColor(0xcb, 0xd5, 0xe1);
}
QColor textColor()
{
    return QColor(0x1f, 0x29, 0x37);
}

qreal textWidth(const QFont &font, const QString &text)
{
    // Shaping text costs microseconds and a large diagram measures the same
    // few labels ("TCP 443") thousands of times: remember widths. Only
    // numbers are kept, never fonts, so nothing outlives the application.
    thread_local QHash<QString, qreal> widths;
    QString key = text;
    key += QChar(0x1f);
    key += QString::number(font.pixelSize()) + u'/' + QString::number(font.weight());
    if (const auto it = widths.constFind(key); it != widths.cend())
        return *it;
    if (widths.size() > 50000)
        widths.clear();
    const qreal width = QFontMetricsF(font).horizontalAdvance(text);
    widths.insert(key, width);
    return width;
}

namespace {

// A font's height and ascent, remembered per size and weight (the only
// ways the diagram's fonts differ): looking a font up costs microseconds
// and a large diagram asks thousands of times.
std::pair<qreal, qreal> verticalMetrics(const QFont &font)
{
    thread_local QHash<std::pair<int, int>, std::pair<qreal, qreal>> metrics;
    const std::pair<int, int> key { font.pixelSize(), font.weight() };
    if (const auto it = metrics.constFind(key); it != metrics.cend())
        return *it;
    const QFontMetricsF measured(font);
    return *metrics.insert(key, { measured.height(), measured.ascent() });
}

} // namespace

qreal lineHeight(const QFont &font)
{
    return verticalMetrics(font).first;
}

qreal ascent(const QFont &font)
{
    return verticalMetrics(font).second;
}

} // namespace Portolan::DiagramStyle

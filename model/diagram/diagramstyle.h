#pragma once
// How the port diagram looks: fonts, colours and paddings, and the text
// measurement that sizes boxes. One place for all of it, because the sizes
// handed to the layout (diagramLayoutRequest) and the boxes drawn later
// (renderDiagram) must come from the same arithmetic.
//
// Units are points, and fonts are sized in pixels of that same unit
// (QFont::setPixelSize), so that text measures the same on a screen, in a
// 150 dpi PNG and in a PDF: every renderer scales points, never font sizes.

#include "domain/types.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QMarginsF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace Portolan {

namespace DiagramStyle {

// --- fonts ------------------------------------------------------------------
// The family every diagram text is set in (installed with Portolan).
QString fontFamily();
QFont componentFont();
QFont zoneTitleFont();
QFont labelFont();
// The size of edge labels in the diagram's units (points): what printing
// must keep readable.
qreal labelFontPoints();
QFont legendFont();
QFont legendTitleFont();
QFont titleFont();
QFont addressFont();

// --- components ---------------------------------------------------------------
inline constexpr qreal componentRadius = 6;
inline constexpr qreal componentIconSize = 20;
inline constexpr qreal componentIconGap = 8;
inline constexpr QMarginsF componentPadding { 9, 8, 10, 8 };
inline constexpr qreal componentTextWidth = 112; // names wrap beyond this
inline constexpr int componentMaxLines = 3;
inline constexpr qreal componentMinWidth = 128;
inline constexpr qreal componentMinHeight = 40;

QColor kindColor(ComponentKind kind);
QColor componentTextColor();
// "Host", "Network (CIDR)", … as the legend and tooltips say it.
QString kindTitle(ComponentKind kind);

// The name as drawn: wrapped on word boundaries to at most
// componentMaxLines lines, the last one elided when the name is longer.
QStringList componentLines(const QString &name);

// Addresses under the name, smaller and dimmer than it: one line each,
// elided in the middle (both ends of an FQDN or an IPv6 address say
// something) to the name's width. Beyond componentMaxAddresses the box
// shows the first ones and "+N more"; the tooltip lists them all.
inline constexpr int componentMaxAddresses = 3;
inline constexpr qreal componentAddressGap = 2; // between the name and the addresses
QColor addressTextColor();
QStringList componentAddressLines(const QStringList &addresses);

// The box drawn for a component with that name and those address lines
// (whole points).
QSizeF componentSize(const QString &name, const QStringList &addressLines = {});
// The height of the text block: name lines, then the address lines under
// them. Boxes are measured and filled with it.
qreal componentTextHeight(qsizetype nameLines, qsizetype addressLines);

// --- zones --------------------------------------------------------------------
inline constexpr qreal zoneRadius = 8;
inline constexpr QMarginsF zoneTitlePadding { 8, 5, 8, 3 };

QColor zoneFill(int depth);
QColor zoneStroke(int depth);
QColor zoneTitleColor();
// The title box at the top-left of the frame.
QSizeF zoneTitleSize(const QString &name);

// --- edges and their labels -----------------------------------------------------
inline constexpr qreal edgeWidth = 1.4;
inline constexpr qreal arrowHalfWidth = 4;
inline constexpr qreal labelRadius = 3;
inline constexpr QMarginsF labelPadding { 4, 2, 4, 2 };
inline constexpr qreal labelMaxWidth = 150; // wider labels go onto two lines

// A product's colour: its own when set and valid, else one of a palette
// that stays distinguishable for colour-blind readers, by position.
QColor productColor(const QString &color, int index);
QColor noProductColor();
QColor labelFill();
QColor labelStroke();
QColor labelTextColor();
// The label box for a (possibly two-line) label text.
QSizeF labelSize(const QString &text);

// --- legend and title ---------------------------------------------------------------
inline constexpr qreal legendGap = 28; // between the diagram and the legend
inline constexpr qreal legendPadding = 10;
inline constexpr qreal legendRowGap = 5;
inline constexpr qreal legendSwatch = 16;
QColor legendFill();
QColor legendStroke();
QColor textColor();

// Width and line height of text in a font (the font's own units).
qreal textWidth(const QFont &font, const QString &text);
qreal lineHeight(const QFont &font);
qreal ascent(const QFont &font);

} // namespace DiagramStyle

} // namespace Portolan

#pragma once
// Geometry as SVG writes it: numbers and path data.

#include <QString>

class QPainterPath;

namespace Portolan {

// A coordinate for an SVG attribute: rounded to 0.01, no trailing zeros,
// no exponent, never "-0".
QString svgNumber(qreal value);

// QPainterPath as SVG path data ("M x y L x y C x y x y x y Z"). A subpath
// that ends where it started is closed with Z, as QPainter's stroker treats
// it as closed too (corners are joined, not capped).
QString svgPathData(const QPainterPath &path);

} // namespace Portolan

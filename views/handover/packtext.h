#pragma once
// A piece of the handover pack's text laid out for one paint device: wrapped
// to a width (at word boundaries, or anywhere for an address or a name too
// long for its column), lines of the text kept as lines, optionally the
// first line in bold. Measured once, drawn any number of times; cheap to
// copy, so that a page can keep it until it is painted.

#include <QFont>
#include <QPointF>
#include <QString>

#include <memory>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace Portolan {

class PackText
{
public:
    PackText() = default;
    PackText(const QString &text, const QFont &font, QPaintDevice *device, qreal width,
             bool boldFirstLine = false, Qt::Alignment alignment = Qt::AlignLeft);

    qreal height() const { return m_height; }
    // The widest line, for right-aligned or centred placement by the caller.
    qreal naturalWidth() const { return m_naturalWidth; }
    void draw(QPainter *painter, const QPointF &topLeft) const;

private:
    std::shared_ptr<QTextLayout> m_layout;
    qreal m_height = 0;
    qreal m_naturalWidth = 0;
};

} // namespace Portolan

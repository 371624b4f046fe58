#include "packtext.h"

#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

namespace Portolan {

PackText::PackText(const QString &text, const QFont &font, QPaintDevice *device, qreal width,
                   bool boldFirstLine, Qt::Alignment alignment)
{
    QString laidOut = text;
    // QTextLayout breaks lines at the Unicode line separator, not at '\n'.
    laidOut.replace(u'\n', QChar::LineSeparator);
    m_layout = std::make_shared<QTextLayout>(laidOut, font, device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    if (boldFirstLine) {
        QTextLayout::FormatRange range;
        range.start = 0;
        const qsizetype end = laidOut.indexOf(QChar::LineSeparator);
        range.length = int(end < 0 ? laidOut.size() : end);
        range.format.setFontWeight(QFont::Bold);
        m_layout->setFormats({ range });
    }
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, m_height));
        m_height += line.height();
        m_naturalWidth = qMax(m_naturalWidth, line.naturalTextWidth());
    }
    m_layout->endLayout();
}

void PackText::draw(QPainter *painter, const QPointF &topLeft) const
{
    if (m_layout)
        m_layout->draw(painter, topLeft);
}

} // namespace Portolan

#include "packlayout.h"

#include <QCoreApplication>
#include <QPaintDevice>
#include <QPainter>

namespace Portolan {

namespace {

constexpr qreal SideMargin = 15; // millimetres
constexpr qreal EdgeMargin = 12; // top and bottom
constexpr qreal HeaderBand = 9; // the running header above the body
constexpr qreal FooterBand = 9; // the footer below it

QFont sized(qreal points, QFont::Weight weight = QFont::Normal)
{
    QFont font;
    font.setPointSizeF(points);
    font.setWeight(weight);
    // Any letter spacing turns ligatures off: "fi" stays two letters that a
    // search for "fingerprint" or "flow" in the PDF finds (and copies).
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

struct Cell
{
    PackText text;
    qreal x = 0;
};

} // namespace

PackStyle PackStyle::standard()
{
    PackStyle style;
    style.title = sized(22, QFont::Bold);
    style.subtitle = sized(13);
    style.heading = sized(13, QFont::Bold);
    style.body = sized(9.5);
    style.table = sized(8);
    style.small = sized(7.5);
    return style;
}

PackLayout::PackLayout(QPaintDevice *device, const QPageSize &paper, const PackStyle &style)
    : m_device(device)
    , m_paper(paper)
    , m_style(style)
{ }

qreal PackLayout::mm(qreal millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

QSizeF PackLayout::bodySize(QPageLayout::Orientation orientation) const
{
    const QPageLayout layout(m_paper, orientation,
                             QMarginsF(SideMargin, EdgeMargin, SideMargin, EdgeMargin),
                             QPageLayout::Millimeter);
    const QSizeF paint = layout.paintRectPixels(m_device->logicalDpiY()).size();
    return { paint.width(), paint.height() - mm(HeaderBand) - mm(FooterBand) };
}

void PackLayout::startPage(QPageLayout::Orientation orientation)
{
    Page page;
    page.layout = QPageLayout(m_paper, orientation,
                              QMarginsF(SideMargin, EdgeMargin, SideMargin, EdgeMargin),
                              QPageLayout::Millimeter);
    page.body = QRectF(QPointF(0, mm(HeaderBand)), bodySize(orientation));
    m_pages.append(page);
    m_y = page.body.top();
}

void PackLayout::ensureSpace(qreal height)
{
    // A page already empty gets whatever comes, even when it is too tall.
    if (m_pages.isEmpty() || (height > remaining() && m_y > body().top()))
        startPage();
}

void PackLayout::place(Paint paint)
{
    m_pages.last().paints.append(std::move(paint));
}

PackText PackLayout::text(const QString &text, const QFont &font, qreal width, bool boldFirstLine,
                          Qt::Alignment alignment) const
{
    return PackText(text, font, m_device, width, boldFirstLine, alignment);
}

void PackLayout::paragraph(const QString &content, const QFont &font, const QColor &color,
                           qreal spaceAfter)
{
    const PackText block = text(content, font, body().width());
    ensureSpace(block.height());
    const QPointF at(body().left(), m_y);
    place([block, at, color](QPainter *painter) {
        painter->setPen(color);
        block.draw(painter, at);
    });
    advance(block.height() + spaceAfter);
}

void PackLayout::heading(const QString &content, qreal keepWith)
{
    const PackText block = text(content, m_style.heading, body().width());
    const qreal gap = mm(2.5);
    ensureSpace(block.height() + gap + keepWith);
    const QPointF at(body().left(), m_y);
    const QColor ink = m_style.ink;
    place([block, at, ink](QPainter *painter) {
        painter->setPen(ink);
        block.draw(painter, at);
    });
    advance(block.height() + gap);
}

QList<qreal> PackLayout::columnWidths(const PackTable &table) const
{
    qreal total = 0;
    for (const PackColumn &column : table.columns)
        total += column.width;
    QList<qreal> widths;
    for (const PackColumn &column : table.columns)
        widths.append(body().width() * column.width / total);
    return widths;
}

qreal PackLayout::headerRow(const PackTable &table, const QList<qreal> &widths)
{
    const qreal padX = mm(1.2);
    const qreal padY = mm(1);
    QFont bold = m_style.table;
    bold.setWeight(QFont::Bold);
    QList<Cell> cells;
    qreal height = 0;
    qreal x = body().left();
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        cells.append({ text(table.columns[c].title, bold, widths[c] - 2 * padX), x + padX });
        height = qMax(height, cells.last().text.height());
        x += widths[c];
    }
    height += 2 * padY;
    const QRectF band(body().left(), m_y, body().width(), height);
    const QColor fill = m_style.headerFill;
    place([cells, band, padY, fill](QPainter *painter) {
        painter->fillRect(band, fill);
        painter->setPen(Qt::white);
        for (const Cell &cell : cells)
            cell.text.draw(painter, QPointF(cell.x, band.top() + padY));
    });
    advance(height);
    return height;
}

qreal PackLayout::groupBand(const QString &name, bool draw)
{
    const qreal padX = mm(1.2);
    const qreal padY = mm(0.8);
    QFont bold = m_style.table;
    bold.setWeight(QFont::Bold);
    const PackText label = text(name, bold, body().width() - 2 * padX);
    const qreal height = label.height() + 2 * padY;
    if (!draw)
        return height;
    const QRectF band(body().left(), m_y, body().width(), height);
    const QColor fill = m_style.groupFill;
    const QColor ink = m_style.ink;
    place([label, band, padX, padY, fill, ink](QPainter *painter) {
        painter->fillRect(band, fill);
        painter->setPen(ink);
        label.draw(painter, QPointF(band.left() + padX, band.top() + padY));
    });
    advance(height);
    return height;
}

int PackLayout::table(const PackTable &table)
{
    if (m_pages.isEmpty())
        startPage();
    const qreal padX = mm(1.2);
    const qreal padY = mm(1);
    const qreal after = mm(6);
    const QList<qreal> widths = columnWidths(table);

    auto rowCells = [&](const QStringList &row, qreal *height) {
        QList<Cell> cells;
        *height = 0;
        qreal x = body().left();
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            cells.append({ text(row.value(c), m_style.table, widths[c] - 2 * padX,
                                table.columns[c].headedCells),
                           x + padX });
            *height = qMax(*height, cells.last().text.height());
            x += widths[c];
        }
        *height += 2 * padY;
        return cells;
    };

    const PackText intro = text(table.intro, m_style.body, body().width());
    qreal firstRow = 0;
    if (!table.rows.isEmpty())
        rowCells(table.rows.first(), &firstRow);
    heading(table.title, (table.intro.isEmpty() ? 0 : intro.height() + mm(2)) + mm(8) + firstRow);
    const int titlePage = pageNumber();
    if (!table.intro.isEmpty())
        paragraph(table.intro, m_style.body, m_style.muted, mm(2));
    if (table.rows.isEmpty()) {
        paragraph(table.emptyText, m_style.body, m_style.ink, after);
        return titlePage;
    }

    ensureSpace(mm(8) + firstRow);
    headerRow(table, widths);
    const QString continued
        = QCoreApplication::translate("Portolan::PackLayout", "%1 (continued)").arg(table.title);
    QString group; // the band drawn last
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        qreal height = 0;
        const QList<Cell> cells = rowCells(table.rows[r], &height);
        const QString rowGroup = table.groups.value(r);
        const bool newGroup = !rowGroup.isEmpty() && rowGroup != group;
        const qreal bandHeight = rowGroup.isEmpty() ? 0 : groupBand(rowGroup, false);
        if ((newGroup ? bandHeight : 0) + height > remaining()) {
            startPage();
            paragraph(continued, m_style.small, m_style.muted, mm(1.5));
            headerRow(table, widths);
            if (!rowGroup.isEmpty() && !newGroup)
                groupBand(rowGroup, true);
        }
        if (newGroup)
            groupBand(rowGroup, true);
        group = rowGroup;
        const PackTable::Tone tone = table.tones.value(r, PackTable::Tone::Plain);
        const QColor tint = tone == PackTable::Tone::Error ? m_style.errorFill
            : tone == PackTable::Tone::Warning             ? m_style.warningFill
                                                           : QColor(Qt::white);
        // Stripes go on under a tint: a page of unresolved rules still reads
        // row by row.
        const QColor fill = r % 2 == 0       ? tint
            : tone == PackTable::Tone::Plain ? m_style.zebra
                                             : tint.darker(106);
        const QRectF band(body().left(), m_y, body().width(), qMin(height, remaining()));
        const QColor ink = m_style.ink;
        const QColor line = m_style.rule;
        const qreal lineWidth = mm(0.15);
        place([cells, band, padY, fill, ink, line, lineWidth](QPainter *painter) {
            painter->save();
            painter->fillRect(band, fill);
            // A row taller than a whole page is cut at the page's foot.
            painter->setClipRect(band);
            painter->setPen(ink);
            for (const Cell &cell : cells)
                cell.text.draw(painter, QPointF(cell.x, band.top() + padY));
            painter->setClipping(false);
            painter->setPen(QPen(line, lineWidth));
            painter->drawLine(band.bottomLeft(), band.bottomRight());
            painter->restore();
        });
        advance(band.height());
    }
    advance(after);
    return titlePage;
}

} // namespace Portolan

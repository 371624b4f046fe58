#pragma once
// The handover pack's pages, laid out before anything is painted: each page
// keeps its paper layout (the diagram's page may be landscape), its body
// rectangle and the paintings that fill it. Laying out first gives the page
// count, so that every footer can say "n / N", and the page each section
// starts on, for the contents. Units are the device's pixels; the painter's
// origin is the top-left corner inside the page margins.

#include "handover/handoverpack.h"
#include "packtext.h"

#include <QColor>
#include <QFont>
#include <QPageLayout>
#include <QRectF>

#include <functional>

class QPainter;
class QPaintDevice;

namespace Portolan {

struct PackStyle
{
    QFont title;
    QFont subtitle;
    QFont heading;
    QFont body;
    QFont table;
    QFont small;
    QColor ink { 0x1f, 0x29, 0x33 };
    QColor muted { 0x5b, 0x67, 0x73 };
    QColor rule { 0xc9, 0xd1, 0xdb };
    QColor headerFill { 0x2f, 0x3e, 0x4e };
    QColor zebra { 0xf0, 0xf3, 0xf7 };
    QColor groupFill { 0xd9, 0xe2, 0xec };
    QColor warningFill { 0xfd, 0xf1, 0xd2 };
    QColor errorFill { 0xfb, 0xde, 0xdb };

    static PackStyle standard();
};

class PackLayout
{
public:
    using Paint = std::function<void(QPainter *)>;
    struct Page
    {
        QPageLayout layout;
        QRectF body; // below the running header, above the footer
        QList<Paint> paints;
    };

    PackLayout(QPaintDevice *device, const QPageSize &paper, const PackStyle &style);

    QPaintDevice *device() const { return m_device; }
    const PackStyle &style() const { return m_style; }
    qreal mm(qreal millimetres) const;

    // The body of a page of that orientation, in device pixels.
    QSizeF bodySize(QPageLayout::Orientation orientation) const;
    // Ends the current page (if any) and starts one of that orientation.
    void startPage(QPageLayout::Orientation orientation = QPageLayout::Portrait);
    // Starts a page unless `height` still fits on the current one.
    void ensureSpace(qreal height);
    int pageNumber() const { return int(m_pages.size()); } // 1-based, current
    const QList<Page> &pages() const { return m_pages; }

    QRectF body() const { return m_pages.last().body; }
    qreal y() const { return m_y; }
    qreal remaining() const { return body().bottom() - m_y; }
    void advance(qreal height) { m_y += height; }
    // Adds a painting to the current page.
    void place(Paint paint);

    PackText text(const QString &text, const QFont &font, qreal width, bool boldFirstLine = false,
                  Qt::Alignment alignment = Qt::AlignLeft) const;
    // A paragraph across the body, then `spaceAfter`.
    void paragraph(const QString &text, const QFont &font, const QColor &color, qreal spaceAfter);
    // A section heading, kept with `keepWith` of what follows.
    void heading(const QString &text, qreal keepWith);
    // Title, intro, then the rows under a header row that is repeated on
    // every page the table continues on; alternate rows shaded, rows of a
    // warning or error tone tinted. Returns the page the title landed on.
    int table(const PackTable &table);

private:
    qreal headerRow(const PackTable &table, const QList<qreal> &widths);
    // The band naming a group of rows; only measured unless `draw`.
    qreal groupBand(const QString &name, bool draw);
    QList<qreal> columnWidths(const PackTable &table) const;

    QPaintDevice *m_device;
    QPageSize m_paper;
    PackStyle m_style;
    QList<Page> m_pages;
    qreal m_y = 0;
};

} // namespace Portolan

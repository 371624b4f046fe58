#include "packblocks.h"

#include "handoverprinttr.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Portolan {

QString packDateText(const QDate &date)
{
    const QLocale locale;
    return locale.language() == QLocale::C ? date.toString(Qt::ISODate)
                                           : locale.toString(date, QLocale::LongFormat);
}

void fieldBlock(PackLayout &layout, const QList<PackField> &fields)
{
    const PackStyle &style = layout.style();
    const qreal labelWidth = layout.mm(48);
    const qreal valueWidth = layout.body().width() - labelWidth;
    const qreal pad = layout.mm(1.3);
    QFont label = style.body;
    label.setWeight(QFont::DemiBold);
    for (const PackField &field : fields) {
        const PackText name = layout.text(field.label, label, labelWidth - pad);
        const PackText value = layout.text(field.value, style.body, valueWidth);
        qreal height = qMax(name.height(), value.height()) + 2 * pad;
        if (field.value.isEmpty()) // room to write it in by hand
            height = qMax(height, layout.mm(9));
        layout.ensureSpace(height);
        const QRectF row(layout.body().left(), layout.y(), layout.body().width(), height);
        const QColor muted = style.muted, ink = style.ink, line = style.rule;
        const qreal hair = layout.mm(0.15);
        layout.place([=](QPainter *painter) {
            painter->save();
            painter->setPen(muted);
            name.draw(painter, QPointF(row.left(), row.top() + pad));
            painter->setPen(ink);
            value.draw(painter, QPointF(row.left() + labelWidth, row.top() + pad));
            painter->setPen(QPen(line, hair));
            painter->drawLine(row.bottomLeft(), row.bottomRight());
            painter->restore();
        });
        layout.advance(height);
    }
}

int signOffBlock(PackLayout &layout, const SignOffBlock &block)
{
    const PackStyle &style = layout.style();
    const qreal rowHeight = layout.mm(16);
    const qreal height = rowHeight * block.roles.size();
    layout.heading(HandoverPrint::tr("Sign-off"), layout.mm(12) + height);
    const int page = layout.pageNumber();
    layout.paragraph(block.statement, style.body, style.muted, layout.mm(3));
    const QRectF box(layout.body().left(), layout.y(), layout.body().width(), height);
    const QStringList columns { HandoverPrint::tr("Role"), HandoverPrint::tr("Name"),
                                HandoverPrint::tr("Signature"), HandoverPrint::tr("Date") };
    const QList<qreal> fractions { 0.28, 0.28, 0.28, 0.16 };
    QFont bold = style.body;
    bold.setWeight(QFont::DemiBold);
    struct Label
    {
        PackText text;
        QPointF at;
        bool strong = false; // the role and a name filled in
    };
    QList<Label> labels;
    const qreal pad = layout.mm(1.3);
    for (qsizetype r = 0; r < block.roles.size(); ++r) {
        qreal x = box.left();
        const qreal top = box.top() + r * rowHeight;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const qreal width = box.width() * fractions[c];
            labels.append({ layout.text(c == 0 ? block.roles[r] : columns[c],
                                        c == 0 ? bold : style.small, width - 2 * pad),
                            QPointF(x + pad, top + pad), c == 0 });
            if (c == 1 && r == 0 && !block.author.isEmpty())
                labels.append({ layout.text(block.author, style.body, width - 2 * pad),
                                QPointF(x + pad, top + rowHeight / 2), true });
            x += width;
        }
    }
    const QColor ink = style.ink, muted = style.muted, line = style.rule;
    const qreal hair = layout.mm(0.2);
    const int rows = int(block.roles.size());
    layout.place([=](QPainter *painter) {
        painter->save();
        painter->setPen(QPen(line, hair));
        painter->drawRect(box);
        for (int r = 1; r < rows; ++r)
            painter->drawLine(QPointF(box.left(), box.top() + r * rowHeight),
                              QPointF(box.right(), box.top() + r * rowHeight));
        qreal x = box.left();
        for (qsizetype c = 0; c + 1 < fractions.size(); ++c) {
            x += box.width() * fractions[c];
            painter->drawLine(QPointF(x, box.top()), QPointF(x, box.bottom()));
        }
        for (const Label &label : labels) {
            painter->setPen(label.strong ? ink : muted);
            label.text.draw(painter, label.at);
        }
        painter->restore();
    });
    layout.advance(height);
    return page;
}

namespace {

// The running head (after the first page) and the foot with "n / N".
void paintFrame(QPainter *painter, const PackLayout &layout, const PackLayout::Page &page,
                const PageFrame &frame, int number, int count)
{
    const PackStyle &style = layout.style();
    const QRectF body = page.body;
    const qreal hair = layout.mm(0.2);
    painter->save();
    painter->setPen(style.muted);
    if (number > 1) {
        const PackText left = layout.text(frame.headLeft, style.small, body.width() * 0.6);
        const PackText right
            = layout.text(frame.headRight, style.small, body.width(), false, Qt::AlignRight);
        left.draw(painter, QPointF(body.left(), 0));
        right.draw(painter, QPointF(body.left(), 0));
        painter->setPen(QPen(style.rule, hair));
        const qreal y = qMax(left.height(), right.height()) + layout.mm(1.2);
        painter->drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
    }
    const qreal footTop = body.bottom() + layout.mm(3);
    painter->setPen(QPen(style.rule, hair));
    painter->drawLine(QPointF(body.left(), footTop), QPointF(body.right(), footTop));
    painter->setPen(style.muted);
    const PackText date = layout.text(frame.footLeft, style.small, body.width() * 0.6);
    const PackText pages = layout.text(
        HandoverPrint::tr("%1 / %2").arg(QLocale().toString(number), QLocale().toString(count)),
        style.small, body.width(), false, Qt::AlignRight);
    date.draw(painter, QPointF(body.left(), footTop + layout.mm(1.2)));
    pages.draw(painter, QPointF(body.left(), footTop + layout.mm(1.2)));
    painter->restore();
}

} // namespace

bool paintPages(QPagedPaintDevice *device, const PackLayout &layout, const PageFrame &frame,
                QString *error)
{
    const QList<PackLayout::Page> &pages = layout.pages();
    if (!device->setPageLayout(pages.first().layout)) {
        *error = HandoverPrint::tr("the printer does not take the page layout");
        return false;
    }
    QPainter painter;
    if (!painter.begin(device)) {
        *error = HandoverPrint::tr("cannot start painting on the printer or file");
        return false;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        // A printer refuses a new layout while printing, even an equal one.
        const bool turned = i > 0 && !pages[i].layout.isEquivalentTo(pages[i - 1].layout);
        if (i > 0 && ((turned && !device->setPageLayout(pages[i].layout)) || !device->newPage())) {
            *error = HandoverPrint::tr("cannot start page %1").arg(i + 1);
            painter.end();
            return false;
        }
        paintFrame(&painter, layout, pages[i], frame, int(i + 1), int(pages.size()));
        for (const PackLayout::Paint &paint : pages[i].paints)
            paint(&painter);
    }
    if (!painter.end()) {
        *error = HandoverPrint::tr("cannot finish the document");
        return false;
    }
    return true;
}

bool writePackPdf(const QString &path, const QString &title,
                  const std::function<bool(QPagedPaintDevice *, QString *)> &print, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setCreator(u"Portolan %1"_s.arg(QCoreApplication::applicationVersion()));
        writer.setTitle(title);
        if (!print(&writer, error))
            return false;
    }
    if (!file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Portolan

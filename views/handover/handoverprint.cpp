#include "handoverprint.h"

#include "diagram/displaylist.h"
#include "diagram/displaylistpainter.h"
#include "handover/handoverpack.h"
#include "handoverprinttr.h"
#include "packdiagram.h"
#include "packlayout.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

#include <array>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// The pack's date as its reader writes dates ("4. Dezember 2026"); ISO
// ("2026-12-04") where no language is set, as on the command line.
QString dateText(const QDate &date)
{
    const QLocale locale;
    return locale.language() == QLocale::C ? date.toString(Qt::ISODate)
                                           : locale.toString(date, QLocale::LongFormat);
}

// The sections the contents list, in order.
enum Section { DiagramSection, Rules, Addresses, Prefixes, Findings, SignOff, SectionCount };
// The page each section starts on, known once the pack is laid out; the
// title page paints its contents from it.
using Contents = std::shared_ptr<std::array<int, SectionCount>>;

// Label and value rows with a hairline under each: the title block and the
// summary. An empty value leaves a line to write on.
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

void titlePage(PackLayout &layout, const HandoverPack &pack, const Contents &contents)
{
    const PackStyle &style = layout.style();
    layout.startPage();
    layout.advance(layout.mm(10));
    layout.paragraph(pack.project.isEmpty() ? HandoverPrint::tr("Untitled project") : pack.project,
                     style.title, style.ink, layout.mm(2));
    layout.paragraph(HandoverPrint::tr("Network handover pack · %1").arg(pack.environment),
                     style.subtitle, style.muted, layout.mm(8));

    fieldBlock(layout,
               { { HandoverPrint::tr("Project"), pack.project },
                 { HandoverPrint::tr("Environment"), pack.environment },
                 { HandoverPrint::tr("Revision"), pack.revision },
                 { HandoverPrint::tr("Baseline"), pack.baseline },
                 { HandoverPrint::tr("Date"), dateText(pack.date) },
                 { HandoverPrint::tr("Author"), pack.author },
                 { HandoverPrint::tr("Content fingerprint"), pack.fingerprint } });
    layout.advance(layout.mm(8));
    layout.heading(HandoverPrint::tr("Summary"), layout.mm(8));
    fieldBlock(layout, pack.summary);
    layout.advance(layout.mm(8));

    const QStringList sections { HandoverPrint::tr("Port diagram"),
                                 pack.rules.title,
                                 pack.addresses.title,
                                 pack.prefixes.title,
                                 pack.findings.title,
                                 HandoverPrint::tr("Sign-off") };
    layout.heading(HandoverPrint::tr("Contents"), layout.mm(8));
    const qreal lineHeight = layout.text(u"X"_s, style.body, layout.body().width()).height();
    for (qsizetype i = 0; i < sections.size(); ++i) {
        layout.ensureSpace(lineHeight * 1.35);
        const PackText entry = layout.text(sections[i], style.body, layout.body().width());
        const QRectF row(layout.body().left(), layout.y(), layout.body().width(), lineHeight);
        const QFont font = style.body;
        const QColor ink = style.ink;
        QPaintDevice *device = layout.device();
        layout.place([=](QPainter *painter) {
            painter->setPen(ink);
            entry.draw(painter, row.topLeft());
            const PackText page(QString::number(contents->at(i)), font, device, row.width(), false,
                                Qt::AlignRight);
            page.draw(painter, row.topLeft());
        });
        layout.advance(lineHeight * 1.35);
    }
}

void signOff(PackLayout &layout, const HandoverPack &pack, const Contents &contents)
{
    const PackStyle &style = layout.style();
    const qreal rowHeight = layout.mm(16);
    const qreal height = rowHeight * pack.signOffRoles.size();
    layout.heading(HandoverPrint::tr("Sign-off"), layout.mm(12) + height);
    (*contents)[SignOff] = layout.pageNumber();
    layout.paragraph(
        HandoverPrint::tr("Signed, this pack hands revision %1 of %2 over to operations.")
            .arg(pack.revision, pack.environment),
        style.body, style.muted, layout.mm(3));
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
    for (qsizetype r = 0; r < pack.signOffRoles.size(); ++r) {
        qreal x = box.left();
        const qreal top = box.top() + r * rowHeight;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const qreal width = box.width() * fractions[c];
            labels.append({ layout.text(c == 0 ? pack.signOffRoles[r] : columns[c],
                                        c == 0 ? bold : style.small, width - 2 * pad),
                            QPointF(x + pad, top + pad), c == 0 });
            if (c == 1 && r == 0 && !pack.author.isEmpty())
                labels.append({ layout.text(pack.author, style.body, width - 2 * pad),
                                QPointF(x + pad, top + rowHeight / 2), true });
            x += width;
        }
    }
    const QColor ink = style.ink, muted = style.muted, line = style.rule;
    const qreal hair = layout.mm(0.2);
    const int rows = int(pack.signOffRoles.size());
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
}

// The running head (after the title page) and the foot with "n / N".
void paintFrame(QPainter *painter, const PackLayout &layout, const PackLayout::Page &page,
                const HandoverPack &pack, int number, int count)
{
    const PackStyle &style = layout.style();
    const QRectF body = page.body;
    const qreal hair = layout.mm(0.2);
    painter->save();
    painter->setPen(style.muted);
    if (number > 1) {
        const PackText left = layout.text(
            (pack.project.isEmpty() ? HandoverPrint::tr("Untitled project") : pack.project)
                + u" · "_s + pack.environment,
            style.small, body.width() * 0.6);
        const PackText right
            = layout.text(HandoverPrint::tr("Handover pack · revision %1").arg(pack.revision),
                          style.small, body.width(), false, Qt::AlignRight);
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
    const PackText date
        = layout.text(HandoverPrint::tr("%1 · %2").arg(dateText(pack.date), pack.environment),
                      style.small, body.width() * 0.6);
    const PackText pages = layout.text(
        HandoverPrint::tr("%1 / %2").arg(QLocale().toString(number), QLocale().toString(count)),
        style.small, body.width(), false, Qt::AlignRight);
    date.draw(painter, QPointF(body.left(), footTop + layout.mm(1.2)));
    pages.draw(painter, QPointF(body.left(), footTop + layout.mm(1.2)));
    painter->restore();
}

} // namespace

std::optional<DiagramOrientation> diagramOrientationFromName(QStringView name)
{
    const QString key = name.trimmed().toString().toLower();
    if (key == u"auto"_s)
        return DiagramOrientation::Auto;
    if (key == u"portrait"_s)
        return DiagramOrientation::Portrait;
    if (key == u"landscape"_s)
        return DiagramOrientation::Landscape;
    return std::nullopt;
}

QString diagramOrientationName(DiagramOrientation orientation)
{
    switch (orientation) {
    case DiagramOrientation::Portrait:
        return u"portrait"_s;
    case DiagramOrientation::Landscape:
        return u"landscape"_s;
    case DiagramOrientation::Auto:
        break;
    }
    return u"auto"_s;
}

bool printHandoverPack(QPagedPaintDevice *device, const HandoverPack &pack,
                       const QList<PackDiagram> &diagrams, const PackPageOptions &options,
                       QString *error)
{
    PackLayout layout(device, options.paper, PackStyle::standard());
    const Contents contents = std::make_shared<std::array<int, SectionCount>>();
    titlePage(layout, pack, contents);
    (*contents)[DiagramSection] = diagrams.isEmpty()
        ? diagramPages(layout, pack, PackDiagram(), options)
        : diagramPages(layout, pack, diagrams.first(), options);
    for (qsizetype i = 1; i < diagrams.size(); ++i)
        diagramPages(layout, pack, diagrams.at(i), options);

    layout.startPage();
    (*contents)[Rules] = layout.table(pack.rules);
    layout.startPage();
    (*contents)[Addresses] = layout.table(pack.addresses);
    (*contents)[Prefixes] = layout.table(pack.prefixes);
    (*contents)[Findings] = layout.table(pack.findings);
    signOff(layout, pack, contents);

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
        paintFrame(&painter, layout, pages[i], pack, int(i + 1), int(pages.size()));
        for (const PackLayout::Paint &paint : pages[i].paints)
            paint(&painter);
    }
    if (!painter.end()) {
        *error = HandoverPrint::tr("cannot finish the document");
        return false;
    }
    return true;
}

} // namespace Portolan

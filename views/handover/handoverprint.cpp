#include "handoverprint.h"

#include "diagram/displaylist.h"
#include "diagram/displaylistpainter.h"
#include "handover/handoverpack.h"
#include "handoverprinttr.h"
#include "packblocks.h"
#include "packdiagram.h"
#include "packlayout.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

#include <array>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// The sections the contents list, in order.
enum Section { DiagramSection, Rules, Addresses, Prefixes, Findings, SignOff, SectionCount };
// The page each section starts on, known once the pack is laid out; the
// title page paints its contents from it.
using Contents = std::shared_ptr<std::array<int, SectionCount>>;

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
                 { HandoverPrint::tr("Date"), packDateText(pack.date) },
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
    (*contents)[SignOff] = signOffBlock(
        layout,
        { HandoverPrint::tr("Signed, this pack hands revision %1 of %2 over to operations.")
              .arg(pack.revision, pack.environment),
          pack.signOffRoles, pack.author });
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
        ? diagramPages(layout, pack.environment, PackDiagram(), options)
        : diagramPages(layout, pack.environment, diagrams.first(), options);
    for (qsizetype i = 1; i < diagrams.size(); ++i)
        diagramPages(layout, pack.environment, diagrams.at(i), options);

    layout.startPage();
    (*contents)[Rules] = layout.table(pack.rules);
    layout.startPage();
    (*contents)[Addresses] = layout.table(pack.addresses);
    (*contents)[Prefixes] = layout.table(pack.prefixes);
    (*contents)[Findings] = layout.table(pack.findings);
    signOff(layout, pack, contents);

    const QString project
        = pack.project.isEmpty() ? HandoverPrint::tr("Untitled project") : pack.project;
    return paintPages(
        device, layout,
        { project + u" · "_s + pack.environment,
          HandoverPrint::tr("Handover pack · revision %1").arg(pack.revision),
          HandoverPrint::tr("%1 · %2").arg(packDateText(pack.date), pack.environment) },
        error);
}

} // namespace Portolan

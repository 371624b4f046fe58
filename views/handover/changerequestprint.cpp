#include "changerequestprint.h"

#include "diff/changesheets.h"
#include "handoverprinttr.h"
#include "packblocks.h"
#include "packdiagram.h"
#include "packlayout.h"

#include <QPagedPaintDevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

using Column = RuleChangeColumn;

// The order the paper groups the rule changes in.
int kindRank(ChangeKind kind)
{
    return kind == ChangeKind::Added ? 0 : kind == ChangeKind::Changed ? 1 : 2;
}

QString groupName(ChangeKind kind)
{
    return kind == ChangeKind::Added  ? HandoverPrint::tr("Rules to add")
        : kind == ChangeKind::Changed ? HandoverPrint::tr("Rules to modify")
                                      : HandoverPrint::tr("Rules to remove");
}

// The rule changes as the paper prints them: grouped into add, modify and
// remove (by rule id within a group), each endpoint's name above its
// addresses, and no columns for the change board to fill in (the title
// block and the sign-off hold those).
PackTable ruleTable(const ChangeRequest &request)
{
    const Sheet sheet = ruleChangesSheet(request, SheetTexts::Translated);
    QList<qsizetype> order;
    for (qsizetype i = 0; i < request.rules.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return kindRank(request.rules[a].kind) < kindRank(request.rules[b].kind);
    });
    PackTable table;
    table.title = sheet.name;
    table.intro
        = HandoverPrint::tr(
              "The firewall rules to add, modify and remove in %1. A modified rule keeps its id; "
              "what changes in it is shown as before → after.")
              .arg(request.environments().isEmpty() ? HandoverPrint::tr("the design")
                                                    : request.environments());
    table.emptyText = HandoverPrint::tr("No firewall rule changes.");
    const QStringList &header = sheet.header;
    table.columns = { { header[Column::Rule], 0.8 },
                      { header[Column::Source], 1.7, true },
                      { header[Column::Destination], 1.7, true },
                      { header[Column::Protocol], 0.8 },
                      { header[Column::Ports], 1.1 },
                      { header[Column::Purpose], 1.5 } };
    for (const qsizetype i : order) {
        const QStringList &row = sheet.rows[i];
        const auto endpoint = [&](int name, int addresses) {
            return row[addresses].isEmpty() ? row[name] : row[name] + u'\n' + row[addresses];
        };
        table.rows.append({ row[Column::Rule], endpoint(Column::Source, Column::SourceAddresses),
                            endpoint(Column::Destination, Column::DestinationAddresses),
                            row[Column::Protocol], row[Column::Ports], row[Column::Purpose] });
        table.groups.append(groupName(request.rules[i].kind));
        table.tones.append(PackTable::Tone::Plain);
    }
    return table;
}

// A sheet printed as it is, its columns as wide as `widths` say.
PackTable sheetTable(const Sheet &sheet, const QList<qreal> &widths, const QString &intro,
                     const QString &emptyText)
{
    PackTable table;
    table.title = sheet.name;
    table.intro = intro;
    table.emptyText = emptyText;
    for (qsizetype c = 0; c < sheet.header.size(); ++c)
        table.columns.append({ sheet.header[c], widths.value(c, 1) });
    table.rows = sheet.rows;
    table.tones = QList<PackTable::Tone>(sheet.rows.size(), PackTable::Tone::Plain);
    return table;
}

QString projectName(const ChangeRequest &request)
{
    return request.project.isEmpty() ? HandoverPrint::tr("Untitled project") : request.project;
}

QString environmentText(const ChangeRequest &request)
{
    return request.environments().isEmpty() ? HandoverPrint::tr("none: rules without addresses")
                                            : request.environments();
}

void titlePage(PackLayout &layout, const ChangeRequest &request)
{
    const PackStyle &style = layout.style();
    layout.startPage();
    layout.advance(layout.mm(10));
    layout.paragraph(projectName(request), style.title, style.ink, layout.mm(2));
    layout.paragraph(HandoverPrint::tr("Change request · %1").arg(request.comparison()),
                     style.subtitle, style.muted, layout.mm(8));
    fieldBlock(layout,
               { { HandoverPrint::tr("Project"), request.project },
                 { HandoverPrint::tr("From"), request.from },
                 { HandoverPrint::tr("To"), request.to },
                 { HandoverPrint::tr("Environment"), environmentText(request) },
                 { HandoverPrint::tr("Consolidation"),
                   request.consolidation == Consolidation::Ports
                       ? HandoverPrint::tr("one rule per source, destination and protocol")
                       : HandoverPrint::tr("one rule per flow") },
                 { HandoverPrint::tr("Date"), packDateText(request.created.toLocalTime().date()) },
                 { HandoverPrint::tr("Author"), request.author },
                 { HandoverPrint::tr("Change number"), QString() } });
    layout.advance(layout.mm(8));
    layout.heading(HandoverPrint::tr("Summary"), layout.mm(8));
    if (request.isEmpty()) {
        layout.paragraph(HandoverPrint::tr("There is no difference between %1 and %2.")
                             .arg(request.from, request.to),
                         style.body, style.ink, layout.mm(3));
        return;
    }
    QList<PackField> counts;
    for (const QStringList &row : changeCountRows(request, SheetTexts::Translated))
        counts.append({ row.value(0), row.value(1) });
    fieldBlock(layout, counts);
}

} // namespace

bool printChangeRequest(QPagedPaintDevice *device, const ChangeRequest &request,
                        const PackDiagram &delta, const PackPageOptions &options, QString *error)
{
    PackLayout layout(device, options.paper, PackStyle::standard());
    titlePage(layout, request);
    diagramPages(layout, environmentText(request), delta, options);
    layout.startPage();
    layout.table(ruleTable(request));
    layout.table(sheetTable(
        addressChangesSheet(request, SheetTexts::Translated), { 0.8, 0.7, 1.5, 0.7, 1.4, 1.4 },
        HandoverPrint::tr("Addresses and zone prefixes bound, changed or released."),
        HandoverPrint::tr("No address changes.")));
    layout.table(sheetTable(
        designChangesSheet(request, SheetTexts::Translated), { 0.6, 0.7, 1.5, 2.6 },
        HandoverPrint::tr("What changed in the design behind the rules: components, flows, "
                          "zones and products, matched by identity (a rename is one change)."),
        HandoverPrint::tr("No design changes.")));
    signOffBlock(
        layout,
        { HandoverPrint::tr("Signed, this request asks for the changes above in %1, from %2 to %3.")
              .arg(environmentText(request), request.from, request.to),
          { HandoverPrint::tr("Requested by"), HandoverPrint::tr("Reviewed by"),
            HandoverPrint::tr("Approved by"), HandoverPrint::tr("Implemented by") },
          request.author });
    const QString date = packDateText(request.created.toLocalTime().date());
    return paintPages(device, layout,
                      { projectName(request) + u" · "_s + environmentText(request),
                        HandoverPrint::tr("Change request · %1").arg(request.comparison()),
                        HandoverPrint::tr("%1 · %2").arg(date, environmentText(request)) },
                      error);
}

} // namespace Portolan

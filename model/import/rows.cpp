// One row of a vendor table to flows: cleaning its cells, reading its
// services, pairing line lists or multiplying them out.

#include "import/rows.h"

#include "domain/names.h"
#include "import/cells.h"
#include "import/listrules.h"
#include "import/services.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Portolan::ImportDetail {

namespace {

// A name with whether the item it came from was marked "(optional)".
struct Endpoint
{
    QString name;
    bool optional = false;
};
using Endpoints = QList<Endpoint>;
using NameItems = QList<Endpoints>; // the names of each item of a cell

struct RowCells
{
    const QStringList &cells;
    const ColumnMap &columns;

    QString raw(ColumnRole role) const
    {
        const int k = columns.column(role);
        return k >= 0 && k < cells.size() ? cells[k] : QString();
    }
    QString header(ColumnRole role) const
    {
        const int k = columns.column(role);
        return k >= 0 ? columns.headers[k] : QString();
    }
};

// The items of a Source or Destination cell: its lines, or the names of its
// only line (listrules.h, rule 1).
NameItems readNames(const RowCells &row, ColumnRole role, QStringList &notes)
{
    NameItems items;
    QStringList marks;
    for (const CellItem &item : cellItems(row.raw(role))) {
        Endpoints names;
        for (const QString &name : splitNames(item.text, &marks))
            names.append(Endpoint { name, item.optional });
        if (!names.isEmpty())
            items.append(names);
    }
    if (items.size() == 1 && items.front().size() > 1) {
        const Endpoints names = items.takeFirst();
        for (const Endpoint &name : names)
            items.append({ name });
    }
    for (const QString &mark : std::as_const(marks))
        notes.append(u"footnote %1 in %2"_s.arg(mark, row.header(role)));
    return items;
}

// Every name of the items, each once.
Endpoints flatten(const NameItems &items)
{
    Endpoints all;
    QStringList keys;
    for (const Endpoints &item : items) {
        for (const Endpoint &endpoint : item) {
            const qsizetype k = keys.indexOf(nameKey(endpoint.name));
            if (k < 0) {
                keys.append(nameKey(endpoint.name));
                all.append(endpoint);
            } else if (!endpoint.optional) {
                all[k].optional = false; // also listed as needed
            }
        }
    }
    return all;
}

// A service of a flow group, optional when its line was.
struct GroupService
{
    ServiceEntry entry;
    bool optional = false;
};

QStringList namesOf(const Endpoints &endpoints)
{
    QStringList names;
    for (const Endpoint &endpoint : endpoints)
        names.append(endpoint.name);
    return names;
}

bool isDenyRule(const QStringList &cells)
{
    static const QStringList words { u"deny"_s,         u"drop"_s,         u"reject"_s,
                                     u"block"_s,        u"deny-all"_s,     u"deny all"_s,
                                     u"default deny"_s, u"implicit deny"_s };
    return std::any_of(cells.cbegin(), cells.cend(), [](const QString &cell) {
        return words.contains(cleanText(cell).toLower());
    });
}

// The service lines of the row, from a combined column or from the
// Protocol and Ports columns; an empty list with *problem set when unreadable.
QList<ServiceLine> readServices(const RowCells &row, QStringList &warnings, QString *problem)
{
    QList<ServiceLine> services;
    QStringList markNotes;
    // The items of a column, footnote marks taken off into notes.
    const auto itemsOf = [&](ColumnRole role) {
        QList<CellItem> items = cellItems(row.raw(role));
        for (CellItem &item : items) {
            const QString marks = takeFootnoteMarks(item.text);
            if (!marks.isEmpty())
                markNotes.append(u"footnote %1 in %2"_s.arg(marks, row.header(role)));
        }
        return items;
    };
    if (row.columns.has(ColumnRole::Service)) {
        for (const CellItem &item : itemsOf(ColumnRole::Service)) {
            services.append(readCombinedService(item.text));
            services.last().optional = item.optional;
        }
    } else {
        const QList<CellItem> protocols = itemsOf(ColumnRole::Protocol);
        const QList<CellItem> ports = itemsOf(ColumnRole::Ports);
        const qsizetype m = protocols.size();
        const qsizetype n = ports.size();
        const auto add = [&services](const CellItem &protocol, const CellItem &port) {
            services.append(readService(protocol.text, port.text));
            services.last().optional = protocol.optional || port.optional;
        };
        if (m <= 1 || n <= 1 || m == n) {
            for (qsizetype k = 0; k < qMax(m, n); ++k)
                add(m <= 1 ? protocols.value(0) : protocols[k], n <= 1 ? ports.value(0) : ports[k]);
        } else {
            warnings.append(u"%1 protocol items and %2 port items do not pair; "
                            "every protocol gets every port"_s.arg(m)
                                .arg(n));
            for (const CellItem &protocol : protocols)
                for (const CellItem &port : ports)
                    add(protocol, port);
        }
    }
    bool any = false;
    for (ServiceLine &service : services) {
        if (!service.error.isEmpty()) {
            *problem = service.error;
            return {};
        }
        service.notes += markNotes;
        any = any || !service.entries.isEmpty();
    }
    if (!any)
        *problem = u"no protocol or port"_s;
    return any ? services : QList<ServiceLine>();
}

} // namespace

RowOutcome expandRow(const QStringList &cells, int line, const ColumnMap &columns,
                     const QString &defaultProduct, int maxFlows)
{
    RowOutcome outcome;
    const auto skip = [&outcome](const QString &why) {
        outcome.warnings.append(why + u"; row skipped"_s);
        return outcome;
    };
    const RowCells row { cells, columns };
    const bool blank = std::all_of(cells.cbegin(), cells.cend(),
                                   [](const QString &cell) { return cleanText(cell).isEmpty(); });
    if (blank)
        return outcome; // an empty row says nothing
    // Too few cells, or too many that are not empty: the columns are not
    // where the header says (an unescaped "|", a lost delimiter).
    if (cells.size() < columns.width())
        return skip(u"%1 cells where the header has %2"_s.arg(cells.size()).arg(columns.width()));
    const qsizetype headerCells = columns.roles.size();
    for (qsizetype k = headerCells; k < cells.size(); ++k) {
        if (!cleanText(cells[k]).isEmpty())
            return skip(u"%1 cells where the header has %2"_s.arg(cells.size()).arg(headerCells));
    }
    if (isDenyRule(cells))
        return skip(u"a deny rule, not a flow"_s);
    for (qsizetype k = 0; k < cells.size(); ++k) {
        if (cells[k].size() > maxCellLength) {
            outcome.error
                = u"cell %1 holds %2 characters, more than the limit of %3 a cell"_s.arg(k + 1)
                      .arg(cells[k].size())
                      .arg(maxCellLength);
            return outcome;
        }
    }

    QStringList notes;
    const NameItems sources = readNames(row, ColumnRole::Source, notes);
    const NameItems destinations = readNames(row, ColumnRole::Destination, notes);
    if (sources.isEmpty() && destinations.isEmpty())
        return skip(u"no source and no destination"_s);
    if (sources.isEmpty())
        return skip(u"no source"_s);
    if (destinations.isEmpty())
        return skip(u"no destination"_s);
    for (const NameItems *items : { &sources, &destinations }) {
        for (const Endpoints &item : *items) {
            for (const Endpoint &endpoint : item) {
                if (endpoint.name.size() > maxNameLength) {
                    outcome.error = u"a name of %1 characters, more than the limit of %2 a "
                                    u"name"_s.arg(endpoint.name.size())
                                        .arg(maxNameLength);
                    return outcome;
                }
            }
        }
    }

    QString problem;
    const QList<ServiceLine> services = readServices(row, outcome.warnings, &problem);
    if (!problem.isEmpty())
        return skip(problem);

    QList<CellItem> purposes = cellItems(row.raw(ColumnRole::Purpose));
    for (CellItem &purpose : purposes) {
        const QString marks = takeFootnoteMarks(purpose.text);
        if (!marks.isEmpty())
            notes.append(u"footnote %1 in %2"_s.arg(marks, row.header(ColumnRole::Purpose)));
    }

    for (qsizetype k = 0; k < columns.roles.size() && k < cells.size(); ++k) {
        if (columns.roles[k] != ColumnRole::Other)
            continue;
        const QString value = splitLineList(cells[k]).join(u", "_s);
        if (value.isEmpty())
            continue;
        const QString header = columns.headers[k];
        notes.append(header.isEmpty() ? value : header + u": "_s + value);
    }

    QStringList productMarks;
    QString product
        = cleanComponentName(splitLineList(row.raw(ColumnRole::Product)).join(u' '), &productMarks);
    for (const QString &mark : std::as_const(productMarks))
        notes.append(u"footnote %1 in %2"_s.arg(mark, row.header(ColumnRole::Product)));
    if (product.isEmpty())
        product = defaultProduct;

    // A zone cell names one zone for every source (or destination) of the row.
    const auto zoneOf = [&](ColumnRole role) {
        QStringList marks;
        const QString zone = cleanComponentName(splitLineList(row.raw(role)).join(u' '), &marks);
        for (const QString &mark : std::as_const(marks))
            notes.append(u"footnote %1 in %2"_s.arg(mark, row.header(role)));
        return isNotApplicable(zone) ? QString() : zone;
    };
    // An Optional column makes every flow of the row optional, or none.
    bool rowOptional = false;
    if (columns.has(ColumnRole::Optional)) {
        const QString cell = cleanText(row.raw(ColumnRole::Optional));
        const std::optional<bool> yes = readYesNo(cell);
        rowOptional = yes.value_or(false);
        if (!yes)
            outcome.warnings.append(
                u"\"%1\" in the Optional column is neither yes nor no; read as no"_s.arg(cell));
    }
    const QString sourceZone = zoneOf(ColumnRole::SourceZone);
    const QString destinationZone = zoneOf(ColumnRole::DestinationZone);

    // One group's flows: every source to every destination with every
    // service; optional when any of the items it came from is.
    const auto addFlows
        = [&](const Endpoints &from, const Endpoints &to, const QList<GroupService> &entries,
              const CellItem &purpose, const QStringList &extraNotes) {
              QStringList allNotes;
              for (const QString &note : extraNotes + notes) {
                  if (!note.isEmpty() && !allNotes.contains(note))
                      allNotes.append(note);
              }
              if (entries.isEmpty()) {
                  outcome.warnings.append(u"no protocol or port for %1 to %2; skipped"_s.arg(
                      namesOf(from).join(u", "_s), namesOf(to).join(u", "_s)));
              }
              for (const GroupService &service : entries) {
                  const QString noPort = u"no port for %1; imported without ports"_s.arg(
                      transportName(service.entry.transport));
                  if (transportHasPorts(service.entry.transport) && service.entry.ports.isEmpty()
                      && !outcome.warnings.contains(noPort))
                      outcome.warnings.append(noPort);
              }
              // Counted before any is made: a row of 3,000 × 3,000 items asks
              // for nine million.
              const qint64 adding = qint64(from.size()) * to.size() * entries.size();
              if (!outcome.error.isEmpty() || outcome.flows.size() + adding > maxFlows) {
                  if (outcome.error.isEmpty())
                      outcome.error = u"the row would make %1 flows (sources × destinations × "
                                      u"services: %2 × %3 × %4), more than the limit of %5 a row"_s
                                          .arg(outcome.flows.size() + adding)
                                          .arg(from.size())
                                          .arg(to.size())
                                          .arg(entries.size())
                                          .arg(maxFlows);
                  return;
              }
              for (const Endpoint &source : from)
                  for (const Endpoint &destination : to)
                      for (const GroupService &service : entries)
                          outcome.flows.append(ImportedFlow {
                              product, source.name, destination.name, service.entry.transport,
                              service.entry.ports, purpose.text, allNotes.join(u"; "_s),
                              rowOptional || source.optional || destination.optional
                                  || service.optional || purpose.optional,
                              line, sourceZone, destinationZone });
          };

    const ListPlan plan
        = planLists({ sources.size(), destinations.size(), services.size(), purposes.size() });
    outcome.warnings += plan.warnings;
    // The purposes that are not paired, joined; "(optional)" stays in the
    // text when they differ.
    CellItem joinedPurpose;
    if (!plan.pairPurposes) {
        QStringList texts;
        const bool allOptional = std::all_of(purposes.cbegin(), purposes.cend(),
                                             [](const CellItem &item) { return item.optional; });
        for (const CellItem &purpose : std::as_const(purposes)) {
            const QString text = purpose.optional && !allOptional
                ? (purpose.text + u" (optional)"_s).trimmed()
                : purpose.text;
            if (!text.isEmpty())
                texts.append(text);
        }
        joinedPurpose = CellItem { texts.join(u"; "_s), !purposes.isEmpty() && allOptional };
    }
    // The unpaired columns' names, the same for every group.
    const Endpoints allSources = plan.pairSources ? Endpoints() : flatten(sources);
    const Endpoints allDestinations = plan.pairDestinations ? Endpoints() : flatten(destinations);
    for (qsizetype k = 0; k < plan.groups; ++k) {
        const QList<ServiceLine> groupServices
            = plan.pairServices ? QList<ServiceLine> { services[k] } : services;
        QList<ServiceEntry> needed;
        QList<ServiceEntry> optional;
        QStringList serviceNotes;
        for (const ServiceLine &service : groupServices) {
            mergeEntries(service.optional ? optional : needed, service.entries);
            serviceNotes += service.notes;
        }
        QList<GroupService> entries;
        for (const ServiceEntry &entry : std::as_const(needed))
            entries.append({ entry, false });
        for (const ServiceEntry &entry : std::as_const(optional))
            entries.append({ entry, true });
        addFlows(plan.pairSources ? sources[k] : allSources,
                 plan.pairDestinations ? destinations[k] : allDestinations, entries,
                 plan.pairPurposes ? purposes[k] : joinedPurpose, serviceNotes);
    }
    for (const ServiceLine &service : services) {
        for (const QString &warning : service.warnings) {
            if (!outcome.warnings.contains(warning))
                outcome.warnings.append(warning);
        }
    }
    if (!outcome.error.isEmpty())
        outcome.flows.clear();
    return outcome;
}

} // namespace Portolan::ImportDetail

// One row of a vendor table to flows: cleaning its cells, reading its
// services, pairing line lists or multiplying them out.

#include "import/rows.h"

#include "domain/names.h"
#include "import/cells.h"
#include "import/services.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Portolan::ImportDetail {

namespace {

using NameLines = QList<QStringList>; // the names on each line of a cell

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

NameLines readNames(const RowCells &row, ColumnRole role, QStringList &notes)
{
    NameLines lines;
    QStringList marks;
    for (const QString &line : splitLineList(row.raw(role))) {
        const QStringList names = splitNames(line, &marks);
        if (!names.isEmpty())
            lines.append(names);
    }
    for (const QString &mark : std::as_const(marks))
        notes.append(u"footnote %1 in %2"_s.arg(mark, row.header(role)));
    return lines;
}

QStringList flatten(const NameLines &lines)
{
    QStringList all;
    QStringList keys;
    for (const QStringList &line : lines) {
        for (const QString &name : line) {
            if (!keys.contains(nameKey(name))) {
                keys.append(nameKey(name));
                all.append(name);
            }
        }
    }
    return all;
}

QString countOf(qsizetype count, const QString &what)
{
    return u"%1 %2 line%3"_s.arg(count).arg(what, count == 1 ? QString() : u"s"_s);
}

// "1 source line, 3 destination lines, 2 service lines and 2 purpose lines do
// not pair; multiplied out"
QString unpairedWarning(qsizetype sources, qsizetype destinations, qsizetype services,
                        qsizetype purposes)
{
    QStringList counts;
    if (sources > 1)
        counts.append(countOf(sources, u"source"_s));
    if (destinations > 1)
        counts.append(countOf(destinations, u"destination"_s));
    counts.append(countOf(services, u"service"_s));
    const QString last = countOf(purposes, u"purpose"_s);
    return counts.join(u", "_s) + u" and "_s + last + u" do not pair; multiplied out"_s;
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
    // The lines of a column, footnote marks taken off into notes.
    const auto linesOf = [&](ColumnRole role) {
        QStringList lines = splitLineList(row.raw(role));
        for (QString &line : lines) {
            const QString marks = takeFootnoteMarks(line);
            if (!marks.isEmpty())
                markNotes.append(u"footnote %1 in %2"_s.arg(marks, row.header(role)));
        }
        return lines;
    };
    if (row.columns.has(ColumnRole::Service)) {
        for (const QString &line : linesOf(ColumnRole::Service))
            services.append(readCombinedService(line));
    } else {
        const QStringList protocols = linesOf(ColumnRole::Protocol);
        const QStringList ports = linesOf(ColumnRole::Ports);
        const qsizetype m = protocols.size();
        const qsizetype n = ports.size();
        if (m <= 1 || n <= 1 || m == n) {
            for (qsizetype k = 0; k < qMax(m, n); ++k)
                services.append(readService(m <= 1 ? protocols.value(0) : protocols[k],
                                            n <= 1 ? ports.value(0) : ports[k]));
        } else {
            warnings.append(u"%1 protocol lines and %2 port lines do not pair; "
                            "every protocol gets every port"_s.arg(m)
                                .arg(n));
            for (const QString &protocol : std::as_const(protocols))
                for (const QString &port : std::as_const(ports))
                    services.append(readService(protocol, port));
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
    const NameLines sources = readNames(row, ColumnRole::Source, notes);
    const NameLines destinations = readNames(row, ColumnRole::Destination, notes);
    if (sources.isEmpty() && destinations.isEmpty())
        return skip(u"no source and no destination"_s);
    if (sources.isEmpty())
        return skip(u"no source"_s);
    if (destinations.isEmpty())
        return skip(u"no destination"_s);
    for (const NameLines *names : { &sources, &destinations }) {
        for (const QStringList &namesOnLine : *names) {
            for (const QString &name : namesOnLine) {
                if (name.size() > maxNameLength) {
                    outcome.error = u"a name of %1 characters, more than the limit of %2 a "
                                    u"name"_s.arg(name.size())
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

    QStringList purposes;
    for (QString purpose : splitLineList(row.raw(ColumnRole::Purpose))) {
        const QString marks = takeFootnoteMarks(purpose);
        if (!marks.isEmpty())
            notes.append(u"footnote %1 in %2"_s.arg(marks, row.header(ColumnRole::Purpose)));
        purposes.append(purpose);
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
    const QString sourceZone = zoneOf(ColumnRole::SourceZone);
    const QString destinationZone = zoneOf(ColumnRole::DestinationZone);

    const auto addFlows = [&](const QStringList &from, const QStringList &to,
                              const QList<ServiceEntry> &entries, const QString &purpose,
                              const QStringList &extraNotes) {
        QStringList allNotes;
        for (const QString &note : extraNotes + notes) {
            if (!note.isEmpty() && !allNotes.contains(note))
                allNotes.append(note);
        }
        if (entries.isEmpty()) {
            outcome.warnings.append(u"no protocol or port for %1 to %2; skipped"_s.arg(
                from.join(u", "_s), to.join(u", "_s)));
        }
        for (const ServiceEntry &entry : entries) {
            const QString noPort
                = u"no port for %1; imported without ports"_s.arg(transportName(entry.transport));
            if (transportHasPorts(entry.transport) && entry.ports.isEmpty()
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
        for (const QString &source : from)
            for (const QString &destination : to)
                for (const ServiceEntry &entry : entries)
                    outcome.flows.append(ImportedFlow {
                        product, source, destination, entry.transport, entry.ports, purpose,
                        allNotes.join(u"; "_s), false, line, sourceZone, destinationZone });
    };

    const qsizetype v = services.size();
    const bool pairDestinations = v > 1 && destinations.size() == v && purposes.size() == v;
    const bool pairSources = v > 1 && sources.size() == v && purposes.size() == v;
    if (pairDestinations || pairSources) {
        for (qsizetype k = 0; k < v; ++k) {
            addFlows(pairSources ? sources[k] : flatten(sources),
                     pairDestinations ? destinations[k] : flatten(destinations),
                     services[k].entries, purposes[k], services[k].notes);
        }
    } else {
        if (v > 1 && (destinations.size() > 1 || sources.size() > 1))
            outcome.warnings.append(
                unpairedWarning(sources.size(), destinations.size(), v, purposes.size()));
        QList<ServiceEntry> entries;
        QStringList serviceNotes;
        for (const ServiceLine &service : services) {
            mergeEntries(entries, service.entries);
            serviceNotes += service.notes;
        }
        addFlows(flatten(sources), flatten(destinations), entries, purposes.join(u"; "_s),
                 serviceNotes);
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

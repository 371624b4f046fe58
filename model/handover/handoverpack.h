#pragma once
// What the printed handover pack says, decided once as text: the title
// block, the summary, the rule table, the address plan, the zone prefixes,
// the lint findings and the sign-off roles of one environment. The views
// lay it out on paper (views/handover); the command line and the window
// hand it the same content, so both print the same pack.

#include "domain/baseline.h"
#include "handover/rules.h"
#include "lint/designlint.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portolan {

struct ProjectSnapshot;

struct PackColumn
{
    QString title;
    qreal width = 1; // relative to the other columns of the table
    // The first line of each cell is the cell's heading (a component's
    // name above its addresses) and is set in bold.
    bool headedCells = false;
};

struct PackTable
{
    enum class Tone { Plain, Warning, Error };

    QString title; // "Firewall rules"
    QString intro; // a sentence under the title; may be empty
    QString emptyText; // printed instead of the table when it has no rows
    QList<PackColumn> columns;
    QList<QStringList> rows; // cells may hold several lines ('\n')
    QList<Tone> tones; // one per row: unresolved rules, errors stand out
    // Empty, or one per row: consecutive rows of a group sit under a band
    // naming it (the rules under their product).
    QStringList groups;
};

struct PackField
{
    QString label;
    QString value;
};

struct HandoverPack
{
    QString project;
    QString environment;
    QString revision; // as given, or the fingerprint when none was
    QString author; // may be empty: the title block leaves a line to fill in
    // The baseline the pack was printed from ("1.0, frozen 2026-12-05"), or
    // that it shows the working design.
    QString baseline;
    QDate date;
    // Twelve hex digits in groups of four from the rules, addresses and
    // prefixes: two packs of the same design state print the same one.
    QString fingerprint;

    int unresolvedRules = 0; // rules with an endpoint without an address

    QList<PackField> summary; // counts for the title page
    PackTable rules;
    PackTable addresses;
    PackTable prefixes;
    PackTable findings;
    QStringList signOffRoles; // "Prepared by", "Reviewed by", …
};

struct HandoverOptions
{
    Consolidation consolidation = Consolidation::None;
    QString revision; // empty: the baseline's name, or else the fingerprint, stands in
    QString author;
    QDate date; // invalid: handoverDate()
    // The baseline the project is (printed from), if any.
    std::optional<Baseline> baseline;
};

// The pack of `environment`; `rules` are generateRules() of it with
// options.consolidation and `findings` lintProject() of it, as the caller
// made them.
HandoverPack handoverPack(const ProjectSnapshot &project, Id environment, const QList<Rule> &rules,
                          const QList<LintFinding> &findings, const HandoverOptions &options);

// Today, or the day of SOURCE_DATE_EPOCH (seconds since 1970, UTC) when that
// is set: documentation pipelines rebuild the same pack for the same design.
QDate handoverDate();

} // namespace Portolan

#pragma once
// Private to the importer: the rules for lists inside cells, which decide how
// one table row becomes flows (the README's "What the importer understands"
// gives them with examples, tests/data/import/27-list-rules their golden cases).
//
// 1. A cell's items are its lines: <br>, <p>, <li>, <div> and line breaks
//    separate them. A Source or Destination cell of one line lists one item
//    per name separated by commas or semicolons. Service and Purpose cells
//    are not split at commas: "53, 123" is one service with two ports, and a
//    comma in a purpose is prose.
// 2. Empty items (<p></p>, <br><br>, a line of spaces) are dropped before
//    counting.
// 3. A line that is only a remark in parentheses ("(primary)", "(default)")
//    continues the item before it. "(optional)" at the end of an item marks
//    the flows made from it optional and is taken off its text.
// 4. Columns with the same number of items pair item by item: the k-th
//    flows take the k-th item of each. A Purpose column with several items
//    sets that number when another column has as many; otherwise the Service
//    column does, with a Source or Destination of as many items. A Source or
//    a Destination alone never pairs with the other: a row lists every
//    source to every destination.
// 5. A column whose count differs multiplies out: its names go with every
//    pair, its services' ports are merged, its purposes joined with "; ".
// 6. Pairing the Purpose does not confirm, and multiplying a list against
//    another list, are guesses: each gives a warning on the row's line.

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Portolan::ImportDetail {

struct CellItem
{
    QString text; // cleaned (cleanText), "(optional)" taken off; empty when that was all
    bool optional = false;
};

// The items of a raw cell under rules 1 (lines only), 2 and 3.
QList<CellItem> cellItems(QStringView raw);

// How many items each column lists (0 or 1: one for the whole row).
struct ListCounts
{
    qsizetype sources = 1;
    qsizetype destinations = 1;
    qsizetype services = 1;
    qsizetype purposes = 1;
};

// What to do with a row's lists: `groups` flow groups; a paired column gives
// group k its k-th item, any other column gives every group all its items.
struct ListPlan
{
    qsizetype groups = 1;
    bool pairSources = false;
    bool pairDestinations = false;
    bool pairServices = false;
    bool pairPurposes = false;
    QStringList warnings; // rule 6, one line each
};

// Rules 4 to 6.
ListPlan planLists(const ListCounts &counts);

} // namespace Portolan::ImportDetail

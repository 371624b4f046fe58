#pragma once
// Private to the importer: cleaning the cells of vendor tables. Cells arrive
// as written (markdown inline markup, HTML line tags and entities, footnote
// marks); what leaves is plain text.

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Portolan::ImportDetail {

// Splits a raw cell into its lines: <br>, <br/>, <br />, <p>…</p> (also
// unclosed <p>), <li> items and real line breaks. Lines are cleaned
// (cleanText); empty ones are dropped.
QStringList splitLineList(QStringView raw);

// Inline markup away: **bold**, __bold__, *em* and _em_ (a leading "*." of a
// wildcard stays), `code`, [links](url), simple HTML tags, backslash escapes
// (\* -> *), HTML entities; white space trimmed and collapsed.
QString cleanText(QStringView raw);

// Removes footnote marks trailing a name or value ("*", "†", "‡", "§", "[1]",
// superscript digits) and returns them (empty when none). A cell that is
// nothing but a mark ("*") is left alone.
QString takeFootnoteMarks(QString &text);

// One line of a source or destination cell split into names: commas and
// semicolons outside parentheses separate; " and " never does. Names are
// cleaned (footnote marks, trailing dots); marks found are appended to *marks.
QStringList splitNames(QStringView line, QStringList *marks = nullptr);

// A cleaned component name: footnote marks and trailing dots removed.
QString cleanComponentName(QStringView text, QStringList *marks = nullptr);

// "N/A", "n/a", "NA", "-", "–", "—", "none", "": a cell that says "nothing".
bool isNotApplicable(QStringView text);

// An Optional cell: yes ("yes", "y", "true", "1", "x", "optional", a check
// mark), no ("no", "n", "false", "0", "-", empty), or nothing when it says
// neither.
std::optional<bool> readYesNo(QStringView cell);

} // namespace Portolan::ImportDetail

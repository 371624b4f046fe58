#pragma once
// The one place where text becomes DOT source. Every label, title and id a
// DOT file holds goes through these, so that no name a user types (quotes,
// backslashes, "]; a -> b [", line breaks) can end a string early and
// inject attributes, nodes or edges.

#include <QString>
#include <QStringView>

namespace Portolan {

// The body of a DOT double-quoted label string (without the quotes) that
// Graphviz shows as `text`: '"' and '\' are escaped, line breaks become
// "\n" (centred lines), other control characters become spaces. Graphviz's
// own escapes (\N, \G, \l …) in the text are shown literally.
QString escapeDotString(QStringView text);

// A DOT id: always quoted, escaped like a label, so keywords ("node",
// "subgraph"), punctuation and empty strings are valid ids.
QString dotId(QStringView text);

} // namespace Portolan

#pragma once
// Reads flow tables from vendor documents: markdown (GitHub tables) and CSV
// as spreadsheets write it. Pure: text in, flows and messages out; nothing
// touches a project here (see applyimport.h for that).

#include "domain/portset.h"
#include "domain/protocol.h"
#include "domain/types.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Portolan {

struct ImportMessage
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Warning;
    QString source; // the file name as the user gave it
    int line = 0; // 1-based; 0 when the message is about the whole file
    QString text;

    // "SOURCE:LINE: warning: text" (or "SOURCE: error: text" without a line)
    QString toString() const;
};

struct ImportedFlow
{
    QString product; // empty: none
    QString source; // cleaned component names
    QString destination;
    Transport protocol = Transport::Tcp;
    PortSet ports;
    QString purpose;
    QString notes; // extra columns, text after ports, footnotes
    bool optional = false;
    int line = 0; // the row it came from
    // From Source Zone / Destination Zone columns: the zone a component new
    // to the project goes into (empty: none).
    QString sourceZone = {};
    QString destinationZone = {};
};

// What one source may hold: larger files are refused before they are read
// whole, and a row that lists more flows than the limit, or a longer cell or
// name than the limits, fails the source (naming its line), so that a slip
// cannot fill a project with millions of flows or a name of megabytes.
inline constexpr qint64 maxSourceBytes = 64 * 1024 * 1024;
inline constexpr int defaultMaxFlowsPerRow = 10000;
// The longest cell a row may hold, in characters (a name in it is held to
// maxNameLength, names.h).
inline constexpr qsizetype maxCellLength = 100'000;
// Longest message text kept (the source and line come on top).
inline constexpr int maxMessageChars = 240;

struct ImportOptions
{
    // Product for rows whose table has no product column (or an empty cell).
    // When empty, such rows get the source file's base name.
    QString defaultProduct;
    int maxFlowsPerRow = defaultMaxFlowsPerRow;
};

struct ImportResult
{
    QString source; // the name its messages give the source
    QList<ImportedFlow> flows;
    QList<ImportMessage> messages;
    // False when the source cannot be imported at all (not text, no table
    // with flow columns, unreadable); then flows is empty and at least one
    // message has Severity::Error.
    bool ok = true;
    int tablesImported = 0;
    int tablesSkipped = 0;
};

enum class SourceFormat { Markdown, Csv };

// Reads the file and picks the format from its extension (.md/.markdown →
// markdown; .csv/.tsv/.txt → CSV, delimiter sniffed). Binary or non-text
// files are an error.
ImportResult importFile(const QString &path, const ImportOptions &options = {});
// `sourceName` is used in messages (and as the default product's fallback).
ImportResult importText(QStringView text, SourceFormat format, const QString &sourceName,
                        const ImportOptions &options = {});

// A first guess of a component's kind from its name ("… CIDR" → Network,
// "*.example.com" → Saas, "Management Client" → Client, "any" → Any, …).
ComponentKind guessComponentKind(QStringView name);

} // namespace Portolan

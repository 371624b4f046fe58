#pragma once
// Private to the importer: bytes of a file to text. UTF-8 with or without a
// byte-order mark, UTF-16 with one; invalid UTF-8 falls back to
// Windows-1252; binary files are refused.

#include "import/importer.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace Portolan::ImportDetail {

struct DecodedText
{
    QString text;
    QString error; // set when the bytes are not text
    int fallbackLine = 0; // > 0: not UTF-8 (first bad byte on this line), read as Windows-1252
};

DecodedText decodeText(const QByteArray &bytes);

// NUL characters, or mostly control characters: not text. Sets *why.
bool looksBinary(QStringView text, QString *why = nullptr);

// A source file as text with its format: read, decoded, checked for binary
// content, a leading byte-order mark removed. `error` is set when it cannot
// be read as text.
struct SourceText
{
    QString text;
    SourceFormat format = SourceFormat::Csv;
    QString error;
    int fallbackLine = 0; // as DecodedText

    // The warning that the text is not UTF-8, when it is not.
    QList<ImportMessage> warnings(const QString &path) const;
};

SourceText readSourceFile(const QString &path);
// The format a file's extension names (.md, .markdown → markdown; .csv, .tsv,
// .txt → CSV); otherwise markdown when the text holds a markdown table.
SourceFormat sourceFormatOf(const QString &path, QStringView text);

} // namespace Portolan::ImportDetail

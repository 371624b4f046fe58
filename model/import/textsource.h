#pragma once
// Private to the importer: bytes of a file to text. UTF-8 with or without a
// byte-order mark, UTF-16 with one; invalid UTF-8 falls back to
// Windows-1252; binary files are refused.

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

} // namespace Portolan::ImportDetail

// Bytes to text: UTF-8 (BOM optional), UTF-16 with a BOM, Windows-1252 when
// the bytes are not UTF-8; NUL bytes and control-character soup refused.

#include "import/textsource.h"

#include "import/markdowntables.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Portolan::ImportDetail {

namespace {

constexpr qsizetype sampleSize = 64 * 1024;

bool isControl(char16_t c)
{
    // Tab, line feed, vertical tab, form feed, carriage return and the DOS
    // end-of-file mark occur in text files.
    if (c == 0x09 || c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x1A)
        return false;
    return c < 0x20 || c == 0x7F;
}

// The offset of the first byte that is not part of a valid UTF-8 sequence,
// or -1 when all are.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        // Sequence length, smallest code point it may encode, leading bits.
        struct Lead
        {
            int length;
            char32_t min;
            char32_t code;
        };
        Lead lead {};
        if ((c & 0xE0) == 0xC0)
            lead = { 2, 0x80, char32_t(c & 0x1F) };
        else if ((c & 0xF0) == 0xE0)
            lead = { 3, 0x800, char32_t(c & 0x0F) };
        else if ((c & 0xF8) == 0xF0)
            lead = { 4, 0x10000, char32_t(c & 0x07) };
        else
            return i;
        const int length = lead.length;
        char32_t code = lead.code;
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (data[i + k] & 0x3F);
        }
        if (code < lead.min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

QString fromWindows1252(const QByteArray &bytes)
{
    // 0x80-0x9F; the five undefined bytes keep their Latin-1 code points.
    static constexpr char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    };
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        text += QChar(c >= 0x80 && c < 0xA0 ? high[c - 0x80] : char16_t(c));
    }
    return text;
}

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes[i] == '\n'
            || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

} // namespace

bool looksBinary(QStringView text, QString *why)
{
    const QStringView sample = text.first(qMin(text.size(), sampleSize));
    qsizetype controls = 0;
    for (const QChar c : sample) {
        if (c.unicode() == 0) {
            if (why)
                *why = u"not a text file (it holds NUL bytes)"_s;
            return true;
        }
        if (isControl(c.unicode()))
            ++controls;
    }
    if (controls * 10 > sample.size()) {
        if (why)
            *why = u"not a text file (it is mostly control characters)"_s;
        return true;
    }
    return false;
}

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText decoded;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                            : QStringConverter::Utf16BE);
        decoded.text = decoder.decode(bytes);
        if (decoder.hasError())
            decoded.error = u"not a text file (broken UTF-16)"_s;
    } else if (bytes.contains('\0')) {
        decoded.error = u"not a text file (it holds NUL bytes)"_s;
        return decoded;
    } else {
        const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes;
        const qsizetype invalid = firstInvalidUtf8(body);
        if (invalid < 0) {
            decoded.text = QString::fromUtf8(body);
        } else {
            decoded.text = fromWindows1252(body);
            decoded.fallbackLine = lineAt(body, invalid);
        }
    }
    if (decoded.text.startsWith(QChar(0xFEFF)))
        decoded.text.remove(0, 1);
    if (decoded.error.isEmpty())
        looksBinary(decoded.text, &decoded.error);
    return decoded;
}

SourceFormat sourceFormatOf(const QString &path, QStringView text)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    static const QStringList markdownSuffixes { u"md"_s, u"markdown"_s, u"mdown"_s, u"mkd"_s };
    static const QStringList csvSuffixes { u"csv"_s, u"tsv"_s, u"txt"_s, u"tab"_s };
    if (markdownSuffixes.contains(suffix))
        return SourceFormat::Markdown;
    if (csvSuffixes.contains(suffix))
        return SourceFormat::Csv;
    return findMarkdownTables(text).isEmpty() ? SourceFormat::Csv : SourceFormat::Markdown;
}

QList<ImportMessage> SourceText::warnings(const QString &path) const
{
    if (fallbackLine <= 0)
        return {};
    return { ImportMessage { ImportMessage::Severity::Warning, path, fallbackLine,
                             u"not valid UTF-8; read as Windows-1252"_s } };
}

SourceText readSourceFile(const QString &path)
{
    SourceText source;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        source.error = u"cannot read the file: %1"_s.arg(file.errorString());
        return source;
    }
    // Not more than the limit, whatever the file claims: a device such as
    // /dev/zero has no size and no end.
    const QByteArray bytes = file.read(maxSourceBytes + 1);
    if (bytes.size() > maxSourceBytes) {
        source.error = u"the file is larger than the limit of %1 MB for a table"_s.arg(
            maxSourceBytes / (1024 * 1024));
        return source;
    }
    DecodedText decoded = decodeText(bytes);
    source.error = decoded.error;
    source.fallbackLine = decoded.fallbackLine;
    source.text = std::move(decoded.text);
    if (source.error.isEmpty())
        source.format = sourceFormatOf(path, source.text);
    return source;
}

} // namespace Portolan::ImportDetail

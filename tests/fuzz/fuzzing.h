#pragma once
// Shared by the fuzz targets: a failed check ends the run with abort(), which
// libFuzzer and the replay driver report as a crash of the input at hand; the
// checks test only what the model's headers promise.

#include "domain/names.h"
#include "domain/portset.h"
#include "import/importer.h"
#include "import/textsource.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Portolan::Fuzz {

using namespace Qt::StringLiterals;

// Prints which promise was broken, with the value that broke it, and aborts.
[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  value: %s\n", qUtf8Printable(detail.left(1000)));
    std::fflush(stderr);
    std::abort();
}

inline void check(bool condition, const char *what, const QString &detail = {})
{
    if (!condition)
        fail(what, detail);
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input read as UTF-8; invalid sequences become replacement characters.
inline QString textOf(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// portset.h: ranges sorted, disjoint, not adjacent, within 1-65535; the
// canonical text parses back to the same set; count() and the set
// operations agree with the ranges.
inline void checkPortSet(const PortSet &set)
{
    const QList<PortSet::Range> &ranges = set.ranges();
    int count = 0;
    for (qsizetype k = 0; k < ranges.size(); ++k) {
        const PortSet::Range r = ranges[k];
        check(r.lo >= 1 && r.lo <= r.hi, "a port range is empty or includes port 0",
              set.toString());
        if (k > 0)
            check(int(ranges[k - 1].hi) + 1 < int(r.lo),
                  "port ranges are not sorted, or overlap or touch", set.toString());
        count += r.hi - r.lo + 1;
        check(set.contains(r.lo) && set.contains(r.hi), "a range's bound is not in the set",
              set.toString());
        if (r.hi < 65535)
            check(!set.contains(quint16(r.hi + 1)), "the port after a range is in the set",
                  set.toString());
    }
    check(set.count() == count, "count() differs from the ranges", set.toString());
    check(set.isEmpty() == (count == 0), "isEmpty() differs from the ranges", set.toString());
    check(set.isAll() == (count == 65535), "isAll() differs from the ranges", set.toString());
    check(set.contains(set), "a set does not contain itself", set.toString());
    check(set.intersects(set) == !set.isEmpty(), "a set does not meet itself", set.toString());
    check(set.united(set) == set, "a set united with itself changed", set.toString());

    const QString text = set.toString();
    check(!text.contains(u' '), "the canonical text holds a space", text);
    QString error;
    const auto again = PortSet::parse(text, &error);
    check(again.has_value(), "the canonical text does not parse", text + u" / "_s + error);
    check(*again == set, "the canonical text parses to another set", text);
    check(again->toString() == text, "the canonical text is not stable", text);
}

// messageText()'s promise for messages: one line, at most `limit` characters.
inline void checkMessageLine(const QString &text, qsizetype limit)
{
    check(text.size() <= limit, "a message is longer than the limit", text);
    check(std::none_of(text.cbegin(), text.cend(),
                       [](QChar c) {
                           return c.category() == QChar::Other_Control || c == QChar::LineSeparator
                               || c == QChar::ParagraphSeparator;
                       }),
          "a message holds a line break or control character", text);
}

// importer.h: a result that is not ok has no flows and an error message;
// every flow's ports are a valid set and its names are cleaned.
inline void checkImportResult(const ImportResult &result)
{
    if (!result.ok) {
        check(result.flows.isEmpty(), "a failed import has flows");
        check(std::any_of(result.messages.cbegin(), result.messages.cend(),
                          [](const ImportMessage &message) {
                              return message.severity == ImportMessage::Severity::Error;
                          }),
              "a failed import has no error message");
    }
    for (const ImportedFlow &flow : result.flows) {
        checkPortSet(flow.ports);
        check(cleanName(flow.source) == flow.source, "a flow's source is not a cleaned name",
              flow.source);
        check(cleanName(flow.destination) == flow.destination,
              "a flow's destination is not a cleaned name", flow.destination);
        check(flow.line >= 1, "a flow has no line", QString::number(flow.line));
    }
}

// The input as `portolan import` reads a file of that name: what importFile()
// does with the bytes it reads (decoding, the format from the name, the
// import), without the file, since importFile() reads through a buffer as
// large as maxSourceBytes, which takes a tenth of a second a call under the
// sanitizers. Then the checks above, and those of the messages.
inline void importBytes(const uint8_t *data, size_t size, const QString &fileName)
{
    const ImportDetail::DecodedText decoded = ImportDetail::decodeText(bytesOf(data, size));
    if (!decoded.error.isEmpty())
        return;
    const SourceFormat format = ImportDetail::sourceFormatOf(fileName, decoded.text);
    const ImportResult result = importText(decoded.text, format, fileName);
    checkImportResult(result);
    for (const ImportMessage &message : result.messages) {
        check(message.source == fileName, "a message names another source", message.source);
        checkMessageLine(message.text, maxMessageChars);
    }
}

} // namespace Portolan::Fuzz

// Fuzz target: rows pasted from a spreadsheet (tab-separated text, with or
// without a header row) read by parsePastedFlows(). Flows and messages must
// name lines of the pasted text.

#include "document/pastedflows.h"
#include "fuzzing.h"

using namespace Portolan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Fuzz::textOf(data, size);
    const ImportResult result = parsePastedFlows(text);
    Fuzz::checkImportResult(result);
    // Every kind of line break counted as one: an upper bound on the lines.
    const qsizetype lines = text.count(u'\n') + text.count(u'\r') + 1;
    for (const ImportedFlow &flow : result.flows)
        Fuzz::check(flow.line <= lines, "a flow names a line past the text",
                    QString::number(flow.line));
    for (const ImportMessage &message : result.messages)
        Fuzz::check(message.line >= 0 && message.line <= lines,
                    "a message names a line outside the text", message.toString());
    return 0;
}

// Fuzz target: a markdown flow table, read as `portolan import` reads a .md
// file (importFile()).

#include "fuzzing.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Portolan::Fuzz::importBytes(data, size, u"flows.md"_s);
    return 0;
}

// Fuzz target: a CSV flow table (delimiter sniffed), read as `portolan import`
// reads a .csv file (importFile()).

#include "fuzzing.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Portolan::Fuzz::importBytes(data, size, u"flows.csv"_s);
    return 0;
}

#include "baseline.h"

using namespace Qt::StringLiterals;

namespace Portolan {

QString workingDesignName()
{
    return u"working"_s;
}

} // namespace Portolan

#include "layout/servicehistory.h"

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// A waitFor() usually comes right after its request; results of the XL size
// weigh megabytes, so only a few are kept. Superseded tickets cost nothing.
constexpr qsizetype keptResults = 4;
constexpr qsizetype keptSuperseded = 256;

} // namespace

void ServiceHistory::addResult(quint64 ticket, const LayoutResult &result)
{
    m_results.append({ ticket, result });
    if (m_results.size() > keptResults)
        m_results.removeFirst();
}

void ServiceHistory::addSuperseded(quint64 ticket)
{
    m_superseded.append(ticket);
    if (m_superseded.size() > keptSuperseded)
        m_superseded.removeFirst();
}

std::optional<LayoutResult> ServiceHistory::find(quint64 ticket) const
{
    for (const auto &[done, result] : m_results)
        if (done == ticket)
            return result;
    if (m_superseded.contains(ticket)) {
        LayoutResult superseded;
        superseded.error = u"superseded"_s;
        return superseded;
    }
    return std::nullopt;
}

} // namespace Portolan

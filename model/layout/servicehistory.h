#pragma once
// What became of LayoutService's recent tickets, for waitFor() calls made
// after the fact: the last few results, and which tickets were superseded.
// Bounded, so that a long session does not accumulate them.

#include "layout/layouttypes.h"

#include <QList>

#include <optional>
#include <utility>

namespace Portolan {

class ServiceHistory
{
public:
    void addResult(quint64 ticket, const LayoutResult &result);
    void addSuperseded(quint64 ticket);
    // The ticket's result, a result whose error is "superseded", or nullopt
    // when the ticket is not (or no longer) known here.
    std::optional<LayoutResult> find(quint64 ticket) const;

private:
    QList<std::pair<quint64, LayoutResult>> m_results;
    QList<quint64> m_superseded;
};

} // namespace Portolan

#include "changerequest.h"

#include "project/snapshot.h"

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QString environmentName(const ChangeSide &side)
{
    const Environment *environment = side.project->environment(side.environment);
    return environment ? environment->name : QString();
}

} // namespace

QString ChangeRequest::comparison() const
{
    if (from == to)
        return from;
    return u"%1 → %2"_s.arg(from, to);
}

QString ChangeRequest::environments() const
{
    if (fromEnvironment == toEnvironment)
        return toEnvironment;
    return u"%1 → %2"_s.arg(fromEnvironment.isEmpty() ? u"—"_s : fromEnvironment,
                            toEnvironment.isEmpty() ? u"—"_s : toEnvironment);
}

ChangeRequest makeChangeRequest(const ChangeSide &from, const ChangeSide &to,
                                Consolidation consolidation)
{
    ChangeRequest request;
    request.project = to.project->name;
    request.from = from.revision;
    request.to = to.revision;
    request.fromEnvironment = environmentName(from);
    request.toEnvironment = environmentName(to);
    request.consolidation = consolidation;
    request.created = QDateTime::currentDateTimeUtc();
    request.design
        = diffDesigns({ from.project, from.environment }, { to.project, to.environment });
    request.rules
        = ruleDelta(generateRules(*from.project, from.environment, consolidation),
                    generateRules(*to.project, to.environment, consolidation), consolidation);
    return request;
}

} // namespace Portolan

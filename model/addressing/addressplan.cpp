#include "addressplan.h"

#include "addressedits.h"
#include "addressvalue.h"
#include "domain/names.h"
#include "io/sheet.h"
#include "project/snapshot.h"
#include "store/projectstore.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Applies a change list built against the store's current content.
bool applyBuilt(ProjectStore &store, std::optional<ChangeList> changes, QString *error)
{
    if (!changes)
        return false;
    QString reason;
    if (!applyChanges(store, *changes, true, nullptr, nullptr, &reason))
        return fail(error, reason);
    return true;
}

// Reads the project and applies the changes `build` makes from it in one
// write transaction, so that nothing another process commits comes between
// the reading and the writing.
template<typename Build> bool readAndApply(ProjectStore &store, QString *error, Build build)
{
    ProjectStore::Transaction transaction(store);
    const auto project = ProjectSnapshot::read(store, error);
    if (!project || !applyBuilt(store, build(*project), error))
        return false;
    return transaction.commit() || fail(error, store.errorString());
}

} // namespace

Id ensureEnvironment(ProjectStore &store, const QString &name, QString *error)
{
    if (const auto existing = store.findEnvironment(name))
        return existing->id;
    ProjectStore::Transaction transaction(store);
    const Id id = store.addEnvironment({ 0, cleanName(name) });
    if (id == 0 || !transaction.commit()) {
        fail(error, store.errorString());
        return 0;
    }
    return id;
}

bool setZonePrefix(ProjectStore &store, Id environment, Id zone, const QString &cidr,
                   std::optional<int> vlan, const QString &gateway, QString *error,
                   const std::optional<QString> &name)
{
    return readAndApply(store, error, [&](const ProjectSnapshot &project) {
        ZonePrefix prefix;
        prefix.environmentId = environment;
        prefix.zoneId = zone;
        prefix.cidr = cidr;
        prefix.vlan = vlan;
        prefix.gateway = gateway;
        // The name is kept when an existing prefix is set again.
        for (const ZonePrefix &existing : project.prefixesOf(zone, environment)) {
            const auto value = AddressValue::parse(cidr);
            if (value && existing.cidr == value->toString())
                prefix.name = existing.name;
        }
        if (name)
            prefix.name = *name;
        return zonePrefixChanges(project, prefix, error);
    });
}

bool assignAddress(ProjectStore &store, Id environment, Id component, const QString &text,
                   QString *error)
{
    return readAndApply(store, error, [&](const ProjectSnapshot &project) {
        return bindAddressChanges(project, environment, component, text, error);
    });
}

std::optional<QString> assignNextFree(ProjectStore &store, Id environment, Id component,
                                      QString *error, int prefixLength)
{
    QString assigned;
    const bool done = readAndApply(store, error, [&](const ProjectSnapshot &project) {
        AllocationOptions options;
        options.prefixLength = prefixLength;
        Allocation allocation = allocateNextFree(project, environment, { component }, options);
        if (allocation.allocated.isEmpty()) {
            fail(error, allocation.problems.value(0));
            return std::optional<ChangeList>();
        }
        assigned = allocation.allocated.first().second;
        return std::optional<ChangeList>(std::move(allocation.changes));
    });
    if (!done)
        return std::nullopt;
    return assigned;
}

QList<PlanRow> addressPlan(const ProjectSnapshot &project, Id environment)
{
    const QHash<Id, QList<Address>> byComponent = project.addressesIn(environment);
    QList<PlanRow> rows;
    for (const Component &component : project.components) {
        for (const Address &address : byComponent.value(component.id))
            rows.append({ component.name, address.value, address.kind,
                          project.zoneName(component.zoneId) });
    }
    return rows;
}

QString addressPlanCsv(const ProjectSnapshot &project, Id environment)
{
    QString out = safeCsvLine({ u"component"_s, u"address"_s, u"kind"_s, u"zone"_s });
    for (const PlanRow &row : addressPlan(project, environment))
        out += safeCsvLine({ row.component, row.address, row.kind, row.zone });
    return out;
}

bool loadPlan(ProjectStore &store, Id environment, const QString &csvText, QStringList *messages,
              QString *error)
{
    QStringList notes;
    if (!readAndApply(store, error, [&](const ProjectSnapshot &project) {
            return planChanges(project, environment, csvText, &notes, error);
        }))
        return false;
    if (messages)
        messages->append(notes);
    return true;
}

} // namespace Portolan

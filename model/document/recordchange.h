#pragma once
// An edit of a project as data: an ordered list of records before and after.
// Every undoable operation is one such list, applied to the store in one
// transaction — forwards to do it, backwards (reverse order, before and after
// swapped) to undo it. Side effects are spelt out in the list (the flows of a
// deleted component, the members of a deleted zone), so undo restores all.

#include "documentchange.h"
#include "domain/baseline.h"
#include "domain/types.h"
#include "domain/view.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace Portolan {

class ProjectStore;

using Record = std::variant<Product, Zone, Component, Flow, Environment, Address, ZonePrefix, View,
                            Baseline>;

struct RecordChange
{
    std::optional<Record> before; // none: the record is added
    std::optional<Record> after; // none: the record is removed

    static RecordChange added(Record record) { return { std::nullopt, std::move(record) }; }
    static RecordChange removed(Record record) { return { std::move(record), std::nullopt }; }
    static RecordChange updated(Record before, Record after)
    {
        return { std::move(before), std::move(after) };
    }
};

using ChangeList = QList<RecordChange>;

Id recordId(const Record &record);

// Applies `changes` to the store in one transaction: all or nothing. Records
// added with a negative id are new: they get the store's next id, and every
// later reference to that negative id (a flow's source, a component's zone, …)
// is rewritten, in `changes` too, so that applying the list again after an
// undo brings back the very same ids. `newIds` (optional) maps each negative
// id to the id it got. On failure nothing changes and *error says why.
bool applyChanges(ProjectStore &store, ChangeList &changes, bool forward, DocumentChange *what,
                  QHash<Id, Id> *newIds, QString *error);

} // namespace Portolan

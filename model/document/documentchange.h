#pragma once
// What one edit (or its undo) changed in a project, by record kind: the
// one event the document sends and every view listens to. Views switch on
// what is in it instead of re-reading everything.

#include "domain/types.h"

#include <QList>

namespace Portolan {

struct RecordIds
{
    QList<Id> added;
    QList<Id> updated;
    QList<Id> removed;

    bool isEmpty() const { return added.isEmpty() && updated.isEmpty() && removed.isEmpty(); }
    bool contains(Id id) const
    {
        return added.contains(id) || updated.contains(id) || removed.contains(id);
    }
};

struct DocumentChange
{
    RecordIds products;
    RecordIds zones;
    RecordIds components;
    RecordIds flows;
    RecordIds environments;
    RecordIds addresses;
    RecordIds zonePrefixes;
    RecordIds views;
    RecordIds baselines;
    // Only where components sit on the diagram changed (moved, pinned,
    // unpinned): tables and the inspector need not care.
    bool positionsOnly = false;
    // The stored drawing (or how it is drawn) changed.
    bool drawing = false;
    // A whole project was (re)loaded: start over.
    bool reset = false;

    bool isEmpty() const
    {
        return !reset && !drawing && products.isEmpty() && zones.isEmpty() && components.isEmpty()
            && flows.isEmpty() && environments.isEmpty() && addresses.isEmpty()
            && zonePrefixes.isEmpty() && views.isEmpty() && baselines.isEmpty();
    }
};

} // namespace Portolan

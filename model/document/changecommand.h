#pragma once
// The undo step of every document operation: a change list applied forwards
// on redo and backwards on undo. Edits of one field of one record carry a
// merge id, so that typing a name in three goes is one step.

#include "recordchange.h"

#include <QUndoCommand>

namespace Portolan {

class ProjectDocument;

// One merge id per field that can be edited in place.
enum class MergeId {
    None = -1,
    ComponentName = 1,
    ComponentKind,
    ComponentNotes,
    ComponentPosition,
    FlowField, // the field is told apart by FieldEdit below
    ZoneName,
    ZoneParent,
    ZoneNotes,
    ProductName,
    ProductColor,
    EnvironmentName,
};

class ChangeCommand : public QUndoCommand
{
public:
    // `mergeKey` tells apart edits that share a merge id (the flow field).
    ChangeCommand(ProjectDocument *document, const QString &text, ChangeList changes,
                  MergeId mergeId = MergeId::None, int mergeKey = 0);

    void redo() override;
    void undo() override;
    int id() const override { return int(m_mergeId); }
    bool mergeWith(const QUndoCommand *other) override;

    const ChangeList &changes() const { return m_changes; }

private:
    ProjectDocument *m_document;
    ChangeList m_changes;
    MergeId m_mergeId;
    int m_mergeKey;
};

} // namespace Portolan

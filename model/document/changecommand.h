#pragma once
// The undo step of every document operation: a change list applied forwards
// on redo and backwards on undo, with what it does to the stored drawing.
// The first time a step is done, the drawing is brought up to date with it
// (what has no stored place is laid out, the edges it touches re-routed);
// that is kept in the step, so undo and redo restore the very same drawing.
// Edits of one field of one record carry a merge id, so that typing a name
// in three goes is one step.

#include "drawingedit.h"
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
    ViewName,
};

class ChangeCommand : public QUndoCommand
{
public:
    // `mergeKey` tells apart edits that share a merge id (the flow field).
    ChangeCommand(ProjectDocument *document, const QString &text, ChangeList changes,
                  MergeId mergeId = MergeId::None, int mergeKey = 0, DrawingEdit drawing = {});

    // Does the step before it is pushed; false (nothing done) when it
    // cannot be. The stack's first redo() then has nothing left to do.
    bool doFirst();
    void redo() override;
    void undo() override;
    int id() const override { return int(m_mergeId); }
    bool mergeWith(const QUndoCommand *other) override;

    const ChangeList &changes() const { return m_changes; }
    const DrawingEdit &drawing() const { return m_drawing; }

private:
    ProjectDocument *m_document;
    ChangeList m_changes;
    DrawingEdit m_drawing;
    bool m_drawingKept = false; // the drawing's follow-up is in m_drawing
    bool m_doneFirst = false; // by doFirst(), not yet by the stack's redo()
    MergeId m_mergeId;
    int m_mergeKey;
};

} // namespace Portolan

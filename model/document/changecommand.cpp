#include "changecommand.h"

#include "projectdocument.h"

namespace Portolan {

ChangeCommand::ChangeCommand(ProjectDocument *document, const QString &text, ChangeList changes,
                             MergeId mergeId, int mergeKey, DrawingEdit drawing)
    : QUndoCommand(text)
    , m_document(document)
    , m_changes(std::move(changes))
    , m_drawing(std::move(drawing))
    , m_mergeId(mergeId)
    , m_mergeKey(mergeKey)
{ }

bool ChangeCommand::doFirst()
{
    if (!m_document->apply(m_changes, m_drawing, true, true))
        return false;
    m_drawingKept = true;
    m_doneFirst = true;
    return true;
}

void ChangeCommand::redo()
{
    if (m_doneFirst) {
        m_doneFirst = false;
        return;
    }
    // A step that cannot be (re)done is dropped from the stack rather than
    // left claiming something the file does not hold.
    if (!m_document->apply(m_changes, m_drawing, true, !m_drawingKept))
        setObsolete(true);
    m_drawingKept = true;
}

void ChangeCommand::undo()
{
    if (!m_document->apply(m_changes, m_drawing, false, false))
        setObsolete(true);
}

bool ChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ChangeCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || m_changes.size() != 1
        || next->m_changes.size() != 1)
        return false;
    const RecordChange &mine = m_changes.constFirst();
    const RecordChange &theirs = next->m_changes.constFirst();
    if (!mine.before || !mine.after || !theirs.before || !theirs.after
        || mine.after->index() != theirs.before->index()
        || recordId(*mine.after) != recordId(*theirs.before))
        return false;
    m_changes.first().after = theirs.after;
    m_drawing.merge(next->m_drawing);
    setText(next->text());
    // Back where it started: the step has nothing left to undo.
    if (*m_changes.constFirst().before == *m_changes.constFirst().after && m_drawing.isEmpty())
        setObsolete(true);
    return true;
}

} // namespace Portolan

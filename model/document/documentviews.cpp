// ProjectDocument: the operations on views — named selections of the
// project, each drawn on its own, in the order the user gives them.

#include "changecommand.h"
#include "projectdocument.h"

#include <algorithm>

namespace Portolan {

namespace {

// The position after every view's.
int nextPosition(const QList<View> &views)
{
    int next = 0;
    for (const View &view : views)
        next = qMax(next, view.position + 1);
    return next;
}

} // namespace

Id ProjectDocument::addView(const View &view)
{
    View added = view;
    added.id = newId();
    added.position = nextPosition(m_project.views);
    if (!push(tr("Add view “%1”").arg(added.name.trimmed()), { RecordChange::added(added) }))
        return 0;
    return m_lastNewIds.value(added.id);
}

bool ProjectDocument::renameView(Id id, const QString &name)
{
    const View *view = m_project.view(id);
    if (!view)
        return fail(tr("There is no view %1.").arg(id));
    return setField(*view, &View::name, name, tr("Rename view to “%1”").arg(name.trimmed()),
                    int(MergeId::ViewName));
}

bool ProjectDocument::setViewSelection(Id id, const ViewSelection &selection)
{
    const View *view = m_project.view(id);
    if (!view)
        return fail(tr("There is no view %1.").arg(id));
    return setField(*view, &View::selection, selection,
                    tr("Change what view “%1” shows").arg(view->name));
}

bool ProjectDocument::setViewLevel(Id id, ViewLevel level)
{
    const View *view = m_project.view(id);
    if (!view)
        return fail(tr("There is no view %1.").arg(id));
    if (view->level == level)
        return editable();
    const QString text = level == ViewLevel::Zones
        ? tr("Draw view “%1” as zones").arg(view->name)
        : tr("Draw view “%1” as components").arg(view->name);
    View after = *view;
    after.level = level;
    // Its drawing shows the other level's nodes: it goes, within the step,
    // and the view is laid out afresh when next drawn.
    DrawingEdit drawing { drawingChanges(m_project.viewDrawings.value(id), {}, id), {}, {} };
    return push(text, { RecordChange::updated(*view, after) }, -1, 0, std::move(drawing));
}

bool ProjectDocument::setViewPrinted(Id id, bool printed)
{
    const View *view = m_project.view(id);
    if (!view)
        return fail(tr("There is no view %1.").arg(id));
    const QString text = printed ? tr("Print view “%1” in the handover pack").arg(view->name)
                                 : tr("Leave view “%1” out of the handover pack").arg(view->name);
    return setField(*view, &View::print, printed, text);
}

Id ProjectDocument::duplicateView(Id id, const QString &name)
{
    const View *original = m_project.view(id);
    if (!original)
        return fail(tr("There is no view %1.").arg(id)), 0;
    // The copy goes right after the original: the views after it move down.
    ChangeList changes;
    const QList<View> ordered = viewsInOrder(m_project.views);
    View copy = *original;
    copy.id = newId();
    copy.name = name;
    int position = 0;
    for (const View &view : ordered) {
        if (view.position != position) {
            View moved = view;
            moved.position = position;
            changes.append(RecordChange::updated(view, moved));
        }
        ++position;
        if (view.id == id)
            copy.position = position++;
    }
    changes.append(RecordChange::added(copy));
    if (!push(tr("Duplicate view “%1” as “%2”").arg(original->name, name.trimmed()), changes))
        return 0;
    return m_lastNewIds.value(copy.id);
}

bool ProjectDocument::deleteView(Id id)
{
    const View *view = m_project.view(id);
    if (!view)
        return fail(tr("There is no view %1.").arg(id));
    // Its drawing goes too, within the step, so that undo brings it back.
    DrawingEdit drawing { drawingChanges(m_project.viewDrawings.value(id), {}, id), {}, {} };
    return push(tr("Delete view “%1”").arg(view->name), { RecordChange::removed(*view) }, -1, 0,
                std::move(drawing));
}

bool ProjectDocument::moveView(Id id, int index)
{
    QList<View> ordered = viewsInOrder(m_project.views);
    const auto at = std::find_if(ordered.cbegin(), ordered.cend(),
                                 [id](const View &view) { return view.id == id; });
    if (at == ordered.cend())
        return fail(tr("There is no view %1.").arg(id));
    const View moving = *at;
    ordered.erase(at);
    ordered.insert(qBound(0, index, int(ordered.size())), moving);
    ChangeList changes;
    for (qsizetype position = 0; position < ordered.size(); ++position) {
        const View &view = ordered.at(position);
        if (view.position != int(position)) {
            View moved = view;
            moved.position = int(position);
            changes.append(RecordChange::updated(view, moved));
        }
    }
    if (changes.isEmpty())
        return editable();
    return push(tr("Move view “%1”").arg(moving.name), changes);
}

} // namespace Portolan

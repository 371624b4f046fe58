// ProjectDocument: baselines — named, read-only revisions of the project
// kept in its file (domain/baseline.h). Making, renaming and deleting one
// are undo steps like any edit; what a baseline froze never changes.

#include "changecommand.h"
#include "domain/names.h"
#include "project/revision.h"
#include "projectdocument.h"
#include "store/projectstore.h"

namespace Portolan {

Id ProjectDocument::createBaseline(const QString &name, const QString &note, const QString &author)
{
    if (!editable())
        return 0;
    // The project as committed now: every edit is committed when made.
    QString error;
    auto baseline = freezeBaseline(*m_store, name, note, author, &error);
    if (!baseline) {
        fail(error);
        return 0;
    }
    baseline->id = newId();
    if (!push(tr("Create baseline “%1”").arg(cleanName(name)), { RecordChange::added(*baseline) }))
        return 0;
    return m_lastNewIds.value(baseline->id);
}

bool ProjectDocument::renameBaseline(Id id, const QString &name)
{
    const Baseline *baseline = m_project.baseline(id);
    if (!baseline)
        return fail(tr("There is no baseline %1.").arg(id));
    return setField(*baseline, &Baseline::name, name,
                    tr("Rename baseline to “%1”").arg(cleanName(name)));
}

bool ProjectDocument::setBaselineNote(Id id, const QString &note)
{
    const Baseline *baseline = m_project.baseline(id);
    if (!baseline)
        return fail(tr("There is no baseline %1.").arg(id));
    return setField(*baseline, &Baseline::note, note,
                    tr("Edit the note of baseline “%1”").arg(baseline->name));
}

bool ProjectDocument::deleteBaseline(Id id)
{
    const Baseline *baseline = m_project.baseline(id);
    if (!baseline)
        return fail(tr("There is no baseline %1.").arg(id));
    if (!editable())
        return false;
    // Undo brings it back whole: the step keeps what it froze.
    Baseline removed = *baseline;
    const auto content = m_store->baselineContent(id);
    if (!content)
        return fail(m_store->errorString());
    removed.content = *content;
    return push(tr("Delete baseline “%1”").arg(baseline->name), { RecordChange::removed(removed) });
}

} // namespace Portolan

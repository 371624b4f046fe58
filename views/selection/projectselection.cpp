#include "projectselection.h"

#include "document/projectdocument.h"

namespace Portolan {

ProjectSelection::ProjectSelection(QObject *parent)
    : QObject(parent)
{ }

void ProjectSelection::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &ProjectSelection::prune);
    clear();
}

ProjectDocument *ProjectSelection::document() const
{
    return m_document;
}

void ProjectSelection::select(Kind kind, const QList<Id> &ids, QObject *origin)
{
    if (ids.isEmpty())
        kind = Kind::None;
    if (kind == m_kind && ids == m_ids)
        return;
    m_kind = kind;
    m_ids = ids;
    emit changed(m_kind, m_ids, origin);
}

void ProjectSelection::prune(const DocumentChange &change)
{
    if (change.reset) {
        clear();
        return;
    }
    const RecordIds *records = nullptr;
    switch (m_kind) {
    case Kind::None: return;
    case Kind::Components: records = &change.components; break;
    case Kind::Flows: records = &change.flows; break;
    case Kind::Zones: records = &change.zones; break;
    case Kind::Products: records = &change.products; break;
    }
    if (records->removed.isEmpty())
        return;
    QList<Id> kept;
    for (Id id : m_ids) {
        if (!records->removed.contains(id))
            kept.append(id);
    }
    select(m_kind, kept);
}

} // namespace Portolan

#include "currentenvironment.h"

#include "document/projectdocument.h"

namespace Portolan {

CurrentEnvironment::CurrentEnvironment(QObject *parent)
    : QObject(parent)
{ }

void CurrentEnvironment::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &CurrentEnvironment::documentChanged);
    m_id = firstEnvironment();
    emit changed(m_id);
}

QString CurrentEnvironment::name() const
{
    const Environment *environment
        = m_document && m_id ? m_document->project().environment(m_id) : nullptr;
    return environment ? environment->name : QString();
}

void CurrentEnvironment::setId(Id id)
{
    if (id == m_id || !m_document || !m_document->project().environment(id))
        return;
    m_id = id;
    emit changed(m_id);
}

Id CurrentEnvironment::firstEnvironment() const
{
    if (!m_document || m_document->project().environments.isEmpty())
        return 0;
    return m_document->project().environments.constFirst().id;
}

void CurrentEnvironment::documentChanged(const DocumentChange &change)
{
    if (!change.reset && change.environments.isEmpty())
        return;
    if (m_id && m_document->project().environment(m_id)) {
        if (change.environments.updated.contains(m_id))
            emit changed(m_id); // renamed
        return;
    }
    // Gone (or there was none): the first one left, or the first one added.
    const Id next = firstEnvironment();
    if (next == m_id)
        return;
    m_id = next;
    emit changed(m_id);
}

} // namespace Portolan

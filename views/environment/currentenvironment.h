#pragma once
// The environment the window works in (Lab, Production, …): the Address
// Plan shows it and the diagram draws its addresses. It follows the
// document: when the current environment is deleted (or undone away) the
// first remaining one takes over, and a project opened with environments
// starts in its first.

#include "domain/types.h"

#include <QObject>
#include <QPointer>

namespace Portolan {

class ProjectDocument;
struct DocumentChange;

class CurrentEnvironment : public QObject
{
    Q_OBJECT
public:
    explicit CurrentEnvironment(QObject *parent = nullptr);

    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const { return m_document; }

    // 0 when the project has no environment.
    Id id() const { return m_id; }
    QString name() const;
    // Ignored unless the document has that environment.
    void setId(Id id);

signals:
    // The current environment is another one (0: none), or it was renamed.
    void changed(Portolan::Id id);

private:
    void documentChanged(const DocumentChange &change);
    Id firstEnvironment() const;

    QPointer<ProjectDocument> m_document;
    Id m_id = 0;
};

} // namespace Portolan

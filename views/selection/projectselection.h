#pragma once
// What the user has selected, shared by every view of one window: the
// tables, the diagram and the inspector all follow it. A view that changes
// it passes itself as `origin` and ignores the echo of its own change.
// Records the document removes leave the selection by themselves.

#include "domain/types.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Portolan {

class ProjectDocument;
struct DocumentChange;

class ProjectSelection : public QObject
{
    Q_OBJECT
public:
    enum class Kind { None, Components, Flows, Zones, Products };
    Q_ENUM(Kind)

    explicit ProjectSelection(QObject *parent = nullptr);

    // The document whose records are selected; clears the selection.
    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const;

    Kind kind() const { return m_kind; }
    QList<Id> ids() const { return m_ids; }
    // The ids when the selection is of `kind`, else none.
    QList<Id> ids(Kind kind) const { return m_kind == kind ? m_ids : QList<Id>(); }
    bool isEmpty() const { return m_ids.isEmpty(); }

    // Replaces the selection (an empty list clears it). Emits changed() only
    // when it really changes.
    void select(Kind kind, const QList<Id> &ids, QObject *origin = nullptr);
    void clear(QObject *origin = nullptr) { select(Kind::None, {}, origin); }

signals:
    void changed(Portolan::ProjectSelection::Kind kind, const QList<Portolan::Id> &ids,
                 QObject *origin);

private:
    void prune(const DocumentChange &change);

    QPointer<ProjectDocument> m_document;
    Kind m_kind = Kind::None;
    QList<Id> m_ids;
};

} // namespace Portolan

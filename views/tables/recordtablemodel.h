#pragma once
// The common ground of the Components and Flows tables: one row per record
// of an open document, in project (id) order, kept in step with it edit by
// edit — rows are inserted, removed and refreshed, never reset except when
// the whole project is reloaded — so that the views keep their selection
// and scroll position while the project changes under them.

#include "document/projectdocument.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace Portolan {

class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the record's id (Id)
        ChoicesRole, // QStringList: what an editor of the cell may offer
    };

    // nullptr empties the table.
    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const { return m_document; }
    // A document that can be edited is set.
    bool isEditable() const;

    Id idAt(int row) const;
    int rowOf(Id id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;

signals:
    // An edit was refused; the message says why, for the status bar.
    void editRejected(const QString &message);

protected:
    explicit RecordTableModel(QObject *parent = nullptr);

    // The ids of the records shown, in project order, as the document has them now.
    virtual QList<Id> currentIds() const = 0;
    // Rows are already in step; refresh cells whose text depends on other
    // records (names, counts).
    virtual void refresh(const DocumentChange &change) = 0;
    // The project was (re)loaded: recompute whatever is cached.
    virtual void reload() { }
    // The rows shown are another set (a filter of the subclass changed).
    void resetRows() { reset(); }

    const ProjectSnapshot &project() const;
    // dataChanged for these records' cells in columns first..last, one
    // signal per run of adjacent rows.
    void emitDataChanged(const QList<Id> &ids, int first, int last);
    // Emits editRejected(message) and returns false, for setData.
    bool reject(const QString &message);
    // Passes an operation's result on; on failure, the document's reason.
    bool check(bool ok);

private:
    void documentChanged(const DocumentChange &change);
    void reset();
    bool syncRows();
    void indexRows();

    QPointer<ProjectDocument> m_document;
    QList<Id> m_ids;
    // Row of each id, rebuilt on first use after rows came or went (a large
    // undo inserts many blocks; rebuilding after each would be quadratic).
    mutable QHash<Id, int> m_rows;
    mutable bool m_rowsStale = true;
};

} // namespace Portolan

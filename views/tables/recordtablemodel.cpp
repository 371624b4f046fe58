#include "recordtablemodel.h"

#include <QSet>

#include <algorithm>

namespace Portolan {

namespace {

const ProjectSnapshot &emptyProject()
{
    static const ProjectSnapshot empty;
    return empty;
}

} // namespace

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RecordTableModel::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::changed, this, &RecordTableModel::documentChanged);
        // The document may go before the table does.
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    reset();
}

bool RecordTableModel::isEditable() const
{
    return m_document && !m_document->isReadOnly();
}

Id RecordTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int RecordTableModel::rowOf(Id id) const
{
    if (m_rowsStale) {
        m_rows.clear();
        m_rows.reserve(m_ids.size());
        for (int row = 0; row < m_ids.size(); ++row)
            m_rows.insert(m_ids.at(row), row);
        m_rowsStale = false;
    }
    return m_rows.value(id, -1);
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

const ProjectSnapshot &RecordTableModel::project() const
{
    return m_document ? m_document->project() : emptyProject();
}

void RecordTableModel::emitDataChanged(const QList<Id> &ids, int first, int last)
{
    QList<int> rows;
    for (Id id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (qsizetype k = 0; k < rows.size();) {
        qsizetype end = k;
        while (end + 1 < rows.size() && rows[end + 1] == rows[end] + 1)
            ++end;
        emit dataChanged(index(rows[k], first), index(rows[end], last));
        k = end + 1;
    }
}

bool RecordTableModel::reject(const QString &message)
{
    emit editRejected(message);
    return false;
}

bool RecordTableModel::check(bool ok)
{
    if (!ok)
        reject(m_document ? m_document->errorString() : QString());
    return ok;
}

void RecordTableModel::documentChanged(const DocumentChange &change)
{
    if (change.reset) {
        reset();
        return;
    }
    if (change.positionsOnly)
        return;
    if (!syncRows()) {
        reset();
        return;
    }
    refresh(change);
}

void RecordTableModel::reset()
{
    beginResetModel();
    m_ids = m_document ? currentIds() : QList<Id>();
    indexRows();
    reload();
    endResetModel();
}

// Both lists are in id order, so after the rows of removed records go,
// every new record's row is its place in the new list. False when the
// lists disagree in some other way (they should not): then reset.
bool RecordTableModel::syncRows()
{
    const QList<Id> now = currentIds();
    const QSet<Id> nowSet(now.cbegin(), now.cend());
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (nowSet.contains(m_ids.at(row)))
            continue;
        const int last = row;
        while (row > 0 && !nowSet.contains(m_ids.at(row - 1)))
            --row;
        beginRemoveRows({}, row, last);
        m_ids.remove(row, last - row + 1);
        indexRows();
        endRemoveRows();
    }
    const QSet<Id> kept(m_ids.cbegin(), m_ids.cend());
    for (int row = 0; row < now.size();) {
        if (kept.contains(now.at(row))) {
            if (row >= m_ids.size() || m_ids.at(row) != now.at(row))
                return false;
            ++row;
            continue;
        }
        int last = row;
        while (last + 1 < now.size() && !kept.contains(now.at(last + 1)))
            ++last;
        beginInsertRows({}, row, last);
        m_ids.insert(row, last - row + 1, 0);
        std::copy(now.cbegin() + row, now.cbegin() + last + 1, m_ids.begin() + row);
        indexRows();
        endInsertRows();
        row = last + 1;
    }
    return m_ids == now;
}

void RecordTableModel::indexRows()
{
    m_rowsStale = true;
}

} // namespace Portolan

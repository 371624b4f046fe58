#pragma once
// The components of a document as an editable table: name, kind, zone, the
// number of flows (read-only) and notes. Each edit is one document
// operation; a refused edit is reported by editRejected and changes nothing.

#include "recordtablemodel.h"

namespace Portolan {

class ComponentTableModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, ZoneColumn, FlowsColumn, NotesColumn, ColumnCount };

    explicit ComponentTableModel(QObject *parent = nullptr);

    // The zone choice that means "in no zone".
    static QString noZoneText();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    QList<Id> currentIds() const override;
    void refresh(const DocumentChange &change) override;
    void reload() override;

private:
    QVariant text(const Component &component, int column, int role) const;
    QVariant choices(int column) const;
    QHash<Id, int> countFlows() const;

    QHash<Id, int> m_flowCounts;
};

} // namespace Portolan

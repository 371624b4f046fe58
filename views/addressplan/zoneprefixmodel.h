#pragma once
// The zone prefixes of one environment as an editable table: zone, prefix,
// VLAN, gateway, name, and how many bound values lie inside each. Every
// edit is checked as a whole (the gateway must stay inside the prefix, no
// overlap with another zone's) and refused with the reason.

#include "tables/recordtablemodel.h"

namespace Portolan {

class ZonePrefixModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        ZoneColumn,
        PrefixColumn,
        VlanColumn,
        GatewayColumn,
        UsedColumn,
        NameColumn,
        ColumnCount
    };

    explicit ZonePrefixModel(QObject *parent = nullptr);

    // Rows follow the environment's prefixes.
    void setEnvironment(Id environment);
    Id environment() const { return m_environment; }

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
    void countUsed();

    Id m_environment = 0;
    QHash<Id, int> m_used; // prefix id → bound values inside it
};

} // namespace Portolan

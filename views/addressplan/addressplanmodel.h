#pragma once
// The address plan of one environment as a table: every component with its
// kind, zone, addresses (edited in place as a list: "10.0.1.5, 10.0.1.6")
// and status — what validation finds wrong with it, errors first. Rows are
// the components in project order; switching environment only refreshes
// cells, so the selection stays.

#include "addressing/addressvalidation.h"
#include "tables/recordtablemodel.h"

namespace Portolan {

class AddressPlanModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        ComponentColumn,
        KindColumn,
        ZoneColumn,
        AddressesColumn,
        StatusColumn,
        ColumnCount
    };
    enum Status { Unaddressed, Fine, Warning, Error };
    // Status (int) of the row, for the "problems only" filter.
    static constexpr int StatusRole = ChoicesRole + 1;

    explicit AddressPlanModel(QObject *parent = nullptr);

    void setEnvironment(Id environment);
    Id environment() const { return m_environment; }

    // Every finding of the environment, as validation sorts them.
    const QList<AddressFinding> &findings() const { return m_findings; }
    Status status(Id component) const;
    // How many components have an address.
    int addressedCount() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // The findings were computed again (after an edit or a switch).
    void findingsChanged();

protected:
    QList<Id> currentIds() const override;
    void refresh(const DocumentChange &change) override;
    void reload() override;

private:
    void revalidate();
    QVariant statusData(Id component, int role) const;

    Id m_environment = 0;
    QHash<Id, QList<Address>> m_addresses;
    QList<AddressFinding> m_findings;
    QHash<Id, QList<int>> m_findingsOf; // component → indexes into m_findings
};

} // namespace Portolan

#pragma once
// The flows of a document as an editable table: product, source,
// destination, protocol, ports, purpose, optional, notes. Each edit is one
// document operation; text that does not make a valid flow is refused with
// a reason (editRejected) and nothing is written. Sorting and filtering are
// left to a QSortFilterProxyModel.

#include "recordtablemodel.h"

namespace Portolan {

class FlowTableModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        ProductColumn,
        SourceColumn,
        DestinationColumn,
        ProtocolColumn,
        PortsColumn,
        PurposeColumn,
        OptionalColumn,
        NotesColumn,
        ColumnCount
    };

    // The heading of a column (also used by other tables of flows).
    static QString columnTitle(int column);

    explicit FlowTableModel(QObject *parent = nullptr);

    // The product choice that means "no product".
    static QString noProductText();
    // Why `text` cannot be the ports of a flow over `transport`; empty when
    // it can (then *ports, when given, holds them).
    static QString portsProblem(const QString &text, Transport transport, PortSet *ports = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    QList<Id> currentIds() const override;
    void refresh(const DocumentChange &change) override;

private:
    QVariant text(const Flow &flow, int column, int role) const;
    QVariant choices(int column) const;
    // The flow with the cell's new value, or nullopt after editRejected.
    std::optional<Flow> edited(const Flow &flow, int column, const QString &text);
};

} // namespace Portolan

#pragma once
// The products of a project as a list: colour swatch, name and flow count,
// for the Zones & Products panel. Editing a name renames the product
// through the document; rows follow the document's snapshot in place.

#include "document/projectdocument.h"

#include <QPointer>
#include <QStandardItemModel>

namespace Portolan {

class ProductModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, FlowsColumn, ColumnCount };

    explicit ProductModel(QObject *parent = nullptr);

    void setDocument(ProjectDocument *document);
    // Brings the rows in line with the document's snapshot.
    void sync();

    Id productId(const QModelIndex &index) const;
    QModelIndex indexOf(Id productId) const;

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // The document refused a rename; the message says why.
    void editRefused(const QString &message);

private:
    QPointer<ProjectDocument> m_document;
};

} // namespace Portolan

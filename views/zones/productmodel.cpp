#include "productmodel.h"

#include "diagram/legend.h"
#include "zonetree.h"

namespace Portolan {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int ColorRole = Qt::UserRole + 2;

} // namespace

ProductModel::ProductModel(QObject *parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({ tr("Product"), tr("Flows") });
}

void ProductModel::setDocument(ProjectDocument *document)
{
    m_document = document;
    removeRows(0, rowCount());
    sync();
}

void ProductModel::sync()
{
    if (!m_document)
        return;
    const ProjectSnapshot &project = m_document->project();
    const QHash<Id, int> flows = productFlowCounts(project);
    // Products are listed in creation (id) order, as the snapshot has them:
    // walk both lists together, dropping rows of products that are gone and
    // inserting rows for new ones.
    int row = 0;
    for (const Product &product : project.products) {
        while (row < rowCount() && !project.product(productId(index(row, NameColumn))))
            removeRow(row);
        QStandardItem *name = item(row, NameColumn);
        if (!name || productId(name->index()) != product.id) {
            name = new QStandardItem;
            name->setData(product.id, IdRole);
            auto *count = new QStandardItem;
            count->setEditable(false);
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            insertRow(row, { name, count });
        }
        if (name->text() != product.name)
            name->setText(product.name);
        const QColor color = productColor(project, product.id);
        if (name->data(ColorRole).value<QColor>() != color) {
            name->setData(color, ColorRole);
            name->setIcon(colorSwatch(color));
            name->setToolTip(color.name());
        }
        const QString flowText = QString::number(flows.value(product.id));
        if (item(row, FlowsColumn)->text() != flowText)
            item(row, FlowsColumn)->setText(flowText);
        ++row;
    }
    if (row < rowCount())
        removeRows(row, rowCount() - row);
}

Id ProductModel::productId(const QModelIndex &index) const
{
    return index.isValid() ? index.siblingAtColumn(NameColumn).data(IdRole).toLongLong() : 0;
}

QModelIndex ProductModel::indexOf(Id productId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, NameColumn)->data(IdRole).toLongLong() == productId)
            return index(row, NameColumn);
    }
    return {};
}

bool ProductModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn || !m_document)
        return QStandardItemModel::setData(index, value, role);
    const Id id = productId(index);
    if (value.toString() == m_document->project().productName(id))
        return true;
    // The row is renamed when the document announces the change.
    if (!m_document->renameProduct(id, value.toString())) {
        emit editRefused(m_document->errorString());
        return false;
    }
    return true;
}

} // namespace Portolan

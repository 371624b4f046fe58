#include "productlist.h"

#include "diagram/legend.h"
#include "document/projectdocument.h"
#include "domain/names.h"
#include "productmodel.h"
#include "selectionlink.h"
#include "zonetree.h"

#include <QAction>
#include <QColorDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

ProductList::ProductList(QObject *origin, QWidget *parent)
    : QWidget(parent)
    , m_model(new ProductModel(this))
    , m_view(new QTreeView(this))
    , m_add(new QAction(tr("Add Product"), this))
    , m_delete(new QAction(tr("Delete Product"), this))
    , m_color(new QAction(tr("Colour…"), this))
{
    m_view->setObjectName(u"productList"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProductModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ProductModel::FlowsColumn,
                                           QHeaderView::ResizeToContents);
    m_link = new SelectionLink(
        m_view, ProjectSelection::Kind::Products, [this](Id id) { return m_model->indexOf(id); },
        [this](const QModelIndex &index) { return m_model->productId(index); }, origin);

    m_add->setObjectName(u"addProduct"_s);
    m_delete->setObjectName(u"deleteProduct"_s);
    m_delete->setToolTip(tr("Delete the selected product; its flows stay, without a product"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_color->setObjectName(u"productColor"_s);
    m_color->setToolTip(tr("Choose the colour of the selected product's flows"));
    m_view->addActions({ m_add, m_delete, m_color });

    auto *buttons = new QHBoxLayout;
    for (QAction *action : { m_add, m_delete, m_color }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + u"Button"_s);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_add, &QAction::triggered, this, [this] { addProduct(); });
    connect(m_delete, &QAction::triggered, this, [this] { deleteSelectedProduct(); });
    connect(m_color, &QAction::triggered, this, [this] { chooseColor(); });
    connect(m_model, &ProductModel::editRefused, this, &ProductList::status);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProductList::updateActions);
    updateActions();
}

void ProductList::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &ProductList::documentChanged);
    m_link->beginUpdate();
    m_model->setDocument(document);
    m_link->endUpdate();
    m_view->setEditTriggers(document && !document->isReadOnly()
                                ? QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::DoubleClicked
                                : QAbstractItemView::NoEditTriggers);
    updateActions();
}

void ProductList::setSelection(ProjectSelection *selection)
{
    m_link->setSelection(selection);
}

Id ProductList::addProduct()
{
    if (!m_document)
        return 0;
    Product product;
    product.name = uniqueName(namesOf(m_document->project().products),
                              [](int n) { return tr("New product %1").arg(n); });
    const Id id = m_document->addProduct(product);
    if (!id) {
        emit status(m_document->errorString());
        return 0;
    }
    emit status({});
    m_link->select({ id });
    const QModelIndex index = m_model->indexOf(id);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
    return id;
}

bool ProductList::deleteSelectedProduct()
{
    const Id id = selectedProduct();
    if (!m_document || !id)
        return false;
    const QString name = m_document->project().productName(id);
    const int flows = productFlowCounts(m_document->project()).value(id);
    if (flows > 0) {
        QMessageBox question(QMessageBox::Question, tr("Delete Product"),
                             tr("Delete the product “%1”?").arg(name),
                             QMessageBox::Yes | QMessageBox::Cancel, this);
        question.setObjectName(u"deleteProductQuestion"_s);
        question.setTextFormat(Qt::PlainText);
        question.setInformativeText(
            tr("%n flow(s) belong to it. They stay in the project, without a product.", nullptr,
               flows));
        question.setDefaultButton(QMessageBox::Cancel);
        if (question.exec() != QMessageBox::Yes)
            return false;
    }
    if (!m_document->deleteProduct(id)) {
        emit status(m_document->errorString());
        return false;
    }
    emit status({});
    return true;
}

bool ProductList::chooseColor()
{
    const Id id = selectedProduct();
    if (!m_document || !id)
        return false;
    QColorDialog dialog(productColor(m_document->project(), id), this);
    dialog.setObjectName(u"productColorDialog"_s);
    dialog.setWindowTitle(tr("Colour of “%1”").arg(m_document->project().productName(id)));
    if (dialog.exec() != QDialog::Accepted || !dialog.selectedColor().isValid())
        return false;
    if (!m_document->setProductColor(id, dialog.selectedColor().name())) {
        emit status(m_document->errorString());
        return false;
    }
    emit status({});
    return true;
}

void ProductList::documentChanged(const DocumentChange &change)
{
    if (change.reset || !change.products.isEmpty() || !change.flows.isEmpty()) {
        m_link->beginUpdate();
        m_model->sync();
        m_link->endUpdate();
        updateActions();
    }
}

void ProductList::updateActions()
{
    const bool editable = m_document && !m_document->isReadOnly();
    const bool one = selectedProduct() != 0;
    m_add->setEnabled(editable);
    m_delete->setEnabled(editable && one);
    m_color->setEnabled(editable && one);
}

Id ProductList::selectedProduct() const
{
    const QList<Id> ids = m_link->selectedIds();
    return ids.size() == 1 ? ids.constFirst() : 0;
}

} // namespace Portolan

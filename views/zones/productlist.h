#pragma once
// The products half of the Zones & Products panel: the product list with
// its actions (add, delete, colour), following and setting the window's
// selection of products.

#include "document/projectdocument.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QTreeView;

namespace Portolan {

class ProductModel;
class ProjectSelection;
class SelectionLink;

class ProductList : public QWidget
{
    Q_OBJECT
public:
    // `origin` is what the shared selection is told selected the products.
    explicit ProductList(QObject *origin, QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    void setSelection(ProjectSelection *selection);

    QTreeView *view() const { return m_view; }
    ProductModel *model() const { return m_model; }
    QAction *addAction() const { return m_add; }
    QAction *deleteAction() const { return m_delete; }
    QAction *colorAction() const { return m_color; }

    // Adds "New product N", selects it and opens its name for editing.
    Id addProduct();
    // Deletes the selected product after saying, when it has flows, that
    // they keep going without a product.
    bool deleteSelectedProduct();
    // Asks for a colour for the selected product (QColorDialog).
    bool chooseColor();

signals:
    // An operation succeeded (empty) or failed (the document's sentence).
    void status(const QString &message);

private:
    void documentChanged(const DocumentChange &change);
    void updateActions();
    Id selectedProduct() const;

    QPointer<ProjectDocument> m_document;
    ProductModel *m_model;
    QTreeView *m_view;
    SelectionLink *m_link;
    QAction *m_add;
    QAction *m_delete;
    QAction *m_color;
};

} // namespace Portolan

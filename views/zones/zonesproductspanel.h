#pragma once
// The "Zones & Products" dock: the zone tree and the product list of the
// open project, each with its actions, and a status line under them saying
// why an edit was refused. Both follow and set the window's selection.

#include "document/projectdocument.h"

#include <QPointer>
#include <QWidget>

class QLabel;

namespace Portolan {

class ProductList;
class ProjectSelection;
class ZoneList;

class ZonesProductsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ZonesProductsPanel(QWidget *parent = nullptr);

    // nullptr empties the panel.
    void setDocument(ProjectDocument *document);
    void setSelection(ProjectSelection *selection);

    ZoneList *zones() const { return m_zones; }
    ProductList *products() const { return m_products; }
    // The last refusal, empty after an edit that went through.
    QString statusText() const;

private:
    void showStatus(const QString &message);

    QPointer<ProjectDocument> m_document;
    ZoneList *m_zones;
    ProductList *m_products;
    QLabel *m_status;
};

} // namespace Portolan

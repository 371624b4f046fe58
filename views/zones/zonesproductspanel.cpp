#include "zonesproductspanel.h"

#include "document/projectdocument.h"
#include "productlist.h"
#include "zonelist.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

ZonesProductsPanel::ZonesProductsPanel(QWidget *parent)
    : QWidget(parent)
    , m_zones(new ZoneList(this, this))
    , m_products(new ProductList(this, this))
    , m_status(new QLabel(this))
{
    setObjectName(u"zonesProductsPanel"_s);
    m_status->setObjectName(u"zonesProductsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(u"color: #b00020;"_s);
    m_status->hide();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_zones);
    splitter->addWidget(m_products);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_zones, &ZoneList::status, this, &ZonesProductsPanel::showStatus);
    connect(m_products, &ProductList::status, this, &ZonesProductsPanel::showStatus);
}

void ZonesProductsPanel::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_zones->setDocument(document);
    m_products->setDocument(document);
    showStatus(document && document->isReadOnly() ? document->readOnlyReason() : QString());
    setEnabled(document != nullptr);
}

void ZonesProductsPanel::setSelection(ProjectSelection *selection)
{
    m_zones->setSelection(selection);
    m_products->setSelection(selection);
}

QString ZonesProductsPanel::statusText() const
{
    return m_status->text();
}

void ZonesProductsPanel::showStatus(const QString &message)
{
    // A read-only project keeps saying why nothing can be edited.
    QString text = message;
    if (text.isEmpty() && m_document && m_document->isReadOnly())
        text = m_document->readOnlyReason();
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace Portolan

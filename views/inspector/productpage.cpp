#include "productpage.h"

#include "diagram/legend.h"
#include "document/projectdocument.h"
#include "inspectorfields.h"
#include "zones/zonetree.h"

#include <QColorDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Portolan {

ProductPage::ProductPage(QWidget *parent)
    : InspectorPage(parent)
    , m_name(new QLineEdit(this))
    , m_color(new QPushButton(this))
    , m_flows(new QLabel(this))
{
    setObjectName(u"productPage"_s);
    m_name->setObjectName(u"productName"_s);
    m_color->setObjectName(u"productColor"_s);
    m_color->setToolTip(tr("Choose the colour of this product's flows"));
    m_flows->setObjectName(u"productFlows"_s);
    form()->addRow(tr("Name:"), m_name);
    m_nameError = addErrorRow(u"productNameError"_s);
    form()->addRow(tr("Colour:"), m_color);
    form()->addRow(tr("Flows:"), m_flows);
    m_error = addErrorRow(u"productError"_s);
    addField(m_name);
    addField(m_color);

    connect(m_name, &QLineEdit::editingFinished, this, &ProductPage::commitName);
    connect(m_color, &QPushButton::clicked, this, &ProductPage::chooseColor);
}

void ProductPage::showRecords(const QList<Id> &ids)
{
    m_id = ids.value(0);
    showError(m_nameError, {});
    showError(m_error, {});
    load(true);
}

void ProductPage::documentChanged(const DocumentChange &change)
{
    if (!change.products.isEmpty() || !change.flows.isEmpty())
        load(false);
}

void ProductPage::load(bool all)
{
    const Product *product = document() ? document()->project().product(m_id) : nullptr;
    if (!product) {
        m_shown.reset();
        return;
    }
    const ProjectSnapshot &project = document()->project();
    const bool fresh = all || !m_shown || m_shown->id != product->id;
    title()->setText(tr("Product “%1”").arg(product->name));
    if (fresh || m_shown->name != product->name)
        setLineText(m_name, product->name);
    const QColor color = productColor(project, m_id);
    m_color->setIcon(colorSwatch(color));
    m_color->setText(product->color.isEmpty() ? tr("%1 (automatic)").arg(color.name())
                                              : color.name());
    m_flows->setText(tr("%n flow(s)", nullptr, productFlowCounts(project).value(m_id)));
    m_shown = *product;
}

void ProductPage::commitName()
{
    if (!m_shown || m_name->text() == m_shown->name)
        return;
    const bool ok = document()->renameProduct(m_id, m_name->text());
    showError(m_nameError, ok ? QString() : document()->errorString());
    if (!ok)
        setLineText(m_name, m_shown->name);
}

void ProductPage::chooseColor()
{
    if (!m_shown)
        return;
    QColorDialog dialog(productColor(document()->project(), m_id), this);
    dialog.setObjectName(u"productColorDialog"_s);
    dialog.setWindowTitle(tr("Colour of “%1”").arg(m_shown->name));
    if (dialog.exec() != QDialog::Accepted || !dialog.selectedColor().isValid())
        return;
    const bool ok = document()->setProductColor(m_id, dialog.selectedColor().name());
    showError(m_error, ok ? QString() : document()->errorString());
}

} // namespace Portolan

#include "flowdialog.h"

#include "domain/names.h"
#include "inspector/componentcombo.h"
#include "project/snapshot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// Component names, sorted, for the source and destination pickers.
ComponentCombo *componentPicker(const ProjectSnapshot &project, Id current, QWidget *parent)
{
    QStringList names;
    for (const Component &component : project.components)
        names.append(component.name);
    names.sort(Qt::CaseInsensitive);
    auto *combo = new ComponentCombo(parent);
    combo->setNames(names);
    combo->setName(project.componentName(current));
    return combo;
}

} // namespace

FlowDialog::FlowDialog(const ProjectSnapshot &project, const Flow &flow, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_flow(flow)
{
    setObjectName(u"flowDialog"_s);
    setWindowTitle(flow.id ? tr("Edit Flow") : tr("New Flow"));
    auto *form = new QFormLayout(this);

    m_product = new QComboBox(this);
    m_product->setObjectName(u"product"_s);
    m_product->addItem(tr("(none)"), Id(0));
    for (const Product &product : project.products) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor::fromString(product.color));
        m_product->addItem(QIcon(swatch), product.name, product.id);
    }
    m_product->setCurrentIndex(qMax(0, m_product->findData(flow.productId)));
    form->addRow(tr("&Product:"), m_product);

    m_source = componentPicker(project, flow.sourceId, this);
    m_source->setObjectName(u"source"_s);
    form->addRow(tr("&Source:"), m_source);
    m_destination = componentPicker(project, flow.destinationId, this);
    m_destination->setObjectName(u"destination"_s);
    form->addRow(tr("&Destination:"), m_destination);

    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(u"protocol"_s);
    for (Transport transport : allTransports())
        m_protocol->addItem(transportName(transport), int(transport));
    m_protocol->setCurrentIndex(m_protocol->findData(int(flow.protocol)));
    form->addRow(tr("P&rotocol:"), m_protocol);

    m_ports = new QLineEdit(flow.ports.toString(), this);
    m_ports->setObjectName(u"ports"_s);
    m_ports->setPlaceholderText(tr("e.g. 443 or 80,443 or 30000-32767"));
    form->addRow(tr("P&orts:"), m_ports);

    m_purpose = new QLineEdit(flow.purpose, this);
    m_purpose->setObjectName(u"purpose"_s);
    form->addRow(tr("P&urpose:"), m_purpose);
    m_optional = new QCheckBox(tr("Needed only for some deployments"), this);
    m_optional->setChecked(flow.optional);
    form->addRow(tr("Op&tional:"), m_optional);
    m_notes = new QPlainTextEdit(flow.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 4);
    form->addRow(tr("&Notes:"), m_notes);

    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020"_s);
    form->addRow(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(flow.id ? tr("Save") : tr("Add Flow"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);

    connect(m_source, &QComboBox::currentTextChanged, this, &FlowDialog::check);
    connect(m_destination, &QComboBox::currentTextChanged, this, &FlowDialog::check);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &FlowDialog::check);
    connect(m_ports, &QLineEdit::textChanged, this, &FlowDialog::check);
    check();
    // Drawn on the diagram: the endpoints are known, the ports are not.
    m_ports->setFocus();
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 60), sizeHint().height());
}

Id FlowDialog::componentNamed(const QString &text) const
{
    const QString key = nameKey(text);
    for (const Component &component : m_project.components) {
        if (nameKey(component.name) == key)
            return component.id;
    }
    return 0;
}

void FlowDialog::check()
{
    const auto transport = Transport(m_protocol->currentData().toInt());
    const bool hasPorts = transportHasPorts(transport);
    m_ports->setEnabled(hasPorts);
    QString problem;
    QString portError;
    if (componentNamed(m_source->currentText()) == 0) {
        problem = m_source->currentText().trimmed().isEmpty()
            ? tr("Choose the source.")
            : tr("There is no component named “%1”.").arg(m_source->currentText().trimmed());
    } else if (componentNamed(m_destination->currentText()) == 0) {
        problem = m_destination->currentText().trimmed().isEmpty()
            ? tr("Choose the destination.")
            : tr("There is no component named “%1”.").arg(m_destination->currentText().trimmed());
    } else if (hasPorts && !PortSet::parse(m_ports->text(), &portError)) {
        problem = tr("Ports: %1.").arg(portError);
    } else if (hasPorts && m_ports->text().trimmed().isEmpty()) {
        // A firewall rule needs its ports; "any" says so when it means all.
        problem = tr("Enter the ports (443, 80,443, 30000-32767 or any).");
    }
    m_ports->setStyleSheet(portError.isEmpty() ? QString() : u"border: 1px solid #b00020"_s);
    m_problem = problem;
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Flow FlowDialog::flow() const
{
    Flow flow = m_flow;
    flow.productId = m_product->currentData().toLongLong();
    flow.sourceId = componentNamed(m_source->currentText());
    flow.destinationId = componentNamed(m_destination->currentText());
    flow.protocol = Transport(m_protocol->currentData().toInt());
    flow.ports = transportHasPorts(flow.protocol)
        ? PortSet::parse(m_ports->text()).value_or(PortSet())
        : PortSet();
    flow.purpose = m_purpose->text().trimmed();
    flow.optional = m_optional->isChecked();
    flow.notes = m_notes->toPlainText().trimmed();
    return flow;
}

} // namespace Portolan

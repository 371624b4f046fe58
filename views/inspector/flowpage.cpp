#include "flowpage.h"

#include "componentcombo.h"
#include "document/projectdocument.h"
#include "domain/names.h"
#include "inspectorfields.h"
#include "notesedit.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Portolan {

FlowPage::FlowPage(QWidget *parent)
    : InspectorPage(parent)
    , m_product(new QComboBox(this))
    , m_source(new ComponentCombo(this))
    , m_destination(new ComponentCombo(this))
    , m_protocol(new QComboBox(this))
    , m_ports(new QLineEdit(this))
    , m_purpose(new QLineEdit(this))
    , m_optional(new QCheckBox(tr("Optional"), this))
    , m_notes(new NotesEdit(this))
{
    setObjectName(u"flowPage"_s);
    m_product->setObjectName(u"flowProduct"_s);
    m_source->setObjectName(u"flowSource"_s);
    m_destination->setObjectName(u"flowDestination"_s);
    m_protocol->setObjectName(u"flowProtocol"_s);
    m_ports->setObjectName(u"flowPorts"_s);
    m_ports->setPlaceholderText(tr("e.g. 443,8443 or 30000-32767"));
    m_purpose->setObjectName(u"flowPurpose"_s);
    m_optional->setObjectName(u"flowOptional"_s);
    m_optional->setToolTip(tr("Needed only for optional features"));
    m_notes->setObjectName(u"flowNotes"_s);
    for (Transport transport : allTransports())
        m_protocol->addItem(transportName(transport), int(transport));

    form()->addRow(tr("Product:"), m_product);
    form()->addRow(tr("Source:"), m_source);
    m_sourceError = addErrorRow(u"flowSourceError"_s);
    form()->addRow(tr("Destination:"), m_destination);
    m_destinationError = addErrorRow(u"flowDestinationError"_s);
    form()->addRow(tr("Protocol:"), m_protocol);
    form()->addRow(tr("Ports:"), m_ports);
    m_portsError = addErrorRow(u"flowPortsError"_s);
    form()->addRow(tr("Purpose:"), m_purpose);
    form()->addRow(QString(), m_optional);
    form()->addRow(tr("Notes:"), m_notes);
    m_error = addErrorRow(u"flowError"_s);
    for (QWidget *field :
         std::initializer_list<QWidget *> { m_product, m_source, m_destination, m_protocol, m_ports,
                                            m_purpose, m_optional, m_notes })
        addField(field);

    connect(m_product, &QComboBox::activated, this, &FlowPage::commitProduct);
    connect(m_source, &ComponentCombo::committed, this,
            [this] { commitEndpoint(m_source, m_sourceError, true); });
    connect(m_destination, &ComponentCombo::committed, this,
            [this] { commitEndpoint(m_destination, m_destinationError, false); });
    connect(m_protocol, &QComboBox::activated, this, &FlowPage::commitProtocol);
    connect(m_ports, &QLineEdit::editingFinished, this, &FlowPage::commitPorts);
    connect(m_ports, &QLineEdit::textEdited, this, [this] { showError(m_portsError, {}); });
    connect(m_purpose, &QLineEdit::editingFinished, this, &FlowPage::commitPurpose);
    connect(m_optional, &QCheckBox::clicked, this, &FlowPage::commitOptional);
    connect(m_notes, &NotesEdit::committed, this, &FlowPage::commitNotes);
}

void FlowPage::showRecords(const QList<Id> &ids)
{
    m_id = ids.value(0);
    for (QLabel *label : { m_sourceError, m_destinationError, m_portsError, m_error })
        showError(label, {});
    load(true);
}

void FlowPage::documentChanged(const DocumentChange &change)
{
    if (change.positionsOnly)
        return;
    if (change.flows.contains(m_id) || !change.components.isEmpty() || !change.products.isEmpty())
        load(false);
}

void FlowPage::editableChanged()
{
    // Port-less transports have nothing to type here.
    m_ports->setEnabled(isEditable() && m_shown && transportHasPorts(m_shown->protocol));
}

void FlowPage::load(bool all)
{
    const Flow *flow = document() ? document()->project().flow(m_id) : nullptr;
    if (!flow) {
        m_shown.reset();
        return;
    }
    const ProjectSnapshot &project = document()->project();
    const bool fresh = all || !m_shown || m_shown->id != flow->id;
    fillChoices();
    title()->setText(tr("Flow %1 → %2")
                         .arg(project.componentName(flow->sourceId),
                              project.componentName(flow->destinationId)));
    m_product->setCurrentIndex(m_product->findData(flow->productId));
    // Compared with the name last shown: a renamed endpoint shows its new
    // name, while a name being typed survives unrelated changes.
    const auto endpoint = [&](ComponentCombo *combo, Id stored, QString *shownName) {
        const QString name = project.componentName(stored);
        if (fresh || name != *shownName)
            combo->setName(name);
        *shownName = name;
    };
    endpoint(m_source, flow->sourceId, &m_sourceName);
    endpoint(m_destination, flow->destinationId, &m_destinationName);
    m_protocol->setCurrentIndex(m_protocol->findData(int(flow->protocol)));
    if (fresh || m_shown->ports != flow->ports || m_shown->protocol != flow->protocol) {
        setLineText(m_ports, flow->ports.toString());
        showError(m_portsError, {});
    }
    if (fresh || m_shown->purpose != flow->purpose)
        setLineText(m_purpose, flow->purpose);
    m_optional->setChecked(flow->optional);
    if (fresh || m_shown->notes != flow->notes)
        m_notes->setNotes(flow->notes);
    m_shown = *flow;
    editableChanged();
}

void FlowPage::fillChoices()
{
    const ProjectSnapshot &project = document()->project();
    const QSignalBlocker blocker(m_product);
    m_product->clear();
    m_product->addItem(tr("(none)"), Id(0));
    for (const Product &product : project.products)
        m_product->addItem(product.name, product.id);

    QStringList names;
    for (const Component &component : project.components)
        names.append(component.name);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(names.begin(), names.end(), collator);
    m_source->setNames(names);
    m_destination->setNames(names);
}

bool FlowPage::commit(const Flow &after, QLabel *errorLabel)
{
    if (!m_shown || after == *m_shown)
        return true;
    if (!document()->updateFlow(after)) {
        const QString reason = document()->errorString();
        load(true); // the stored flow again
        showError(errorLabel, reason);
        return false;
    }
    showError(m_error, {});
    return true;
}

void FlowPage::commitProduct()
{
    if (!m_shown)
        return;
    Flow after = *m_shown;
    after.productId = m_product->currentData().toLongLong();
    commit(after, m_error);
}

void FlowPage::commitEndpoint(ComponentCombo *combo, QLabel *errorLabel, bool source)
{
    if (!m_shown)
        return;
    const ProjectSnapshot &project = document()->project();
    const Id stored = source ? m_shown->sourceId : m_shown->destinationId;
    const QString key = nameKey(combo->currentText());
    Id chosen = 0;
    for (const Component &component : project.components) {
        if (nameKey(component.name) == key)
            chosen = component.id;
    }
    if (!chosen) {
        showError(errorLabel,
                  tr("There is no component named “%1”.").arg(combo->currentText().trimmed()));
        combo->setName(project.componentName(stored));
        return;
    }
    combo->setName(project.componentName(chosen));
    // Enter and leaving the field both commit: the second time is no news.
    if (chosen == stored)
        return;
    Flow after = *m_shown;
    (source ? after.sourceId : after.destinationId) = chosen;
    if (commit(after, errorLabel))
        showError(errorLabel, {});
}

void FlowPage::commitProtocol()
{
    if (!m_shown)
        return;
    Flow after = *m_shown;
    after.protocol = Transport(m_protocol->currentData().toInt());
    if (!transportHasPorts(after.protocol))
        after.ports = {};
    commit(after, m_error);
}

void FlowPage::commitPorts()
{
    if (!m_shown || !transportHasPorts(m_shown->protocol))
        return;
    QString reason;
    const std::optional<PortSet> ports = PortSet::parse(m_ports->text(), &reason);
    if (!ports) {
        // Not written: the text stays for the user to correct.
        showError(m_portsError, reason);
        return;
    }
    showError(m_portsError, {});
    Flow after = *m_shown;
    after.ports = *ports;
    if (commit(after, m_portsError))
        setLineText(m_ports, ports->toString());
}

void FlowPage::commitPurpose()
{
    if (!m_shown)
        return;
    Flow after = *m_shown;
    after.purpose = m_purpose->text();
    commit(after, m_error);
}

void FlowPage::commitOptional(bool optional)
{
    if (!m_shown)
        return;
    Flow after = *m_shown;
    after.optional = optional;
    commit(after, m_error);
}

void FlowPage::commitNotes(const QString &notes)
{
    if (!m_shown)
        return;
    Flow after = *m_shown;
    after.notes = notes;
    commit(after, m_error);
}

} // namespace Portolan

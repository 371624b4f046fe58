#include "componentpage.h"

#include "addressing/addressedits.h"
#include "document/projectdocument.h"
#include "inspectorfields.h"
#include "notesedit.h"
#include "zones/zonetree.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Portolan {

ComponentPage::ComponentPage(QWidget *parent)
    : InspectorPage(parent)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_zone(new QComboBox(this))
    , m_notes(new NotesEdit(this))
    , m_addressesLabel(new QLabel(this))
    , m_addresses(new QLineEdit(this))
    , m_position(new QLabel(this))
    , m_unpin(new QPushButton(tr("Unpin"), this))
    , m_flows(new QListWidget(this))
{
    setObjectName(u"componentPage"_s);
    m_addressesLabel->setTextFormat(Qt::PlainText); // it names the environment
    m_name->setObjectName(u"componentName"_s);
    m_kind->setObjectName(u"componentKind"_s);
    m_zone->setObjectName(u"componentZone"_s);
    m_notes->setObjectName(u"componentNotes"_s);
    m_addresses->setObjectName(u"componentAddresses"_s);
    m_addresses->setPlaceholderText(tr("10.0.1.5, 2001:db8::5, host.example.com"));
    m_addresses->setToolTip(tr("Addresses in this environment, separated by commas or spaces: "
                               "IPv4 or IPv6 addresses, CIDRs, ranges a-b, host names"));
    m_position->setObjectName(u"componentPosition"_s);
    m_unpin->setObjectName(u"componentUnpin"_s);
    m_unpin->setToolTip(tr("Let the layout place this component again"));
    m_flows->setObjectName(u"componentFlows"_s);
    m_flows->setToolTip(tr("Double-click a flow to inspect it"));
    m_flows->setWordWrap(true);
    for (ComponentKind kind : allComponentKinds())
        m_kind->addItem(componentKindLabel(kind), int(kind));

    form()->addRow(tr("Name:"), m_name);
    m_nameError = addErrorRow(u"componentNameError"_s);
    form()->addRow(tr("Kind:"), m_kind);
    form()->addRow(tr("Zone:"), m_zone);
    form()->addRow(tr("Notes:"), m_notes);
    form()->addRow(m_addressesLabel, m_addresses);
    m_addressError = addErrorRow(u"componentAddressError"_s);
    auto *position = new QHBoxLayout;
    position->addWidget(m_position, 1);
    position->addWidget(m_unpin);
    form()->addRow(tr("Position:"), position);
    m_error = addErrorRow(u"componentError"_s);
    form()->addRow(tr("Flows:"), m_flows);
    for (QWidget *field : { static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_kind),
                            static_cast<QWidget *>(m_zone), static_cast<QWidget *>(m_notes),
                            static_cast<QWidget *>(m_addresses) })
        addField(field);

    connect(m_name, &QLineEdit::editingFinished, this, &ComponentPage::commitName);
    connect(m_kind, &QComboBox::activated, this, &ComponentPage::commitKind);
    connect(m_zone, &QComboBox::activated, this, &ComponentPage::commitZone);
    connect(m_notes, &NotesEdit::committed, this, &ComponentPage::commitNotes);
    connect(m_addresses, &QLineEdit::editingFinished, this, &ComponentPage::commitAddresses);
    setEnvironment(0);
    connect(m_unpin, &QPushButton::clicked, this, &ComponentPage::unpin);
    connect(m_flows, &QListWidget::itemActivated, this, &ComponentPage::openFlow);
}

void ComponentPage::showRecords(const QList<Id> &ids)
{
    m_id = ids.value(0);
    showError(m_nameError, {});
    showError(m_error, {});
    showError(m_addressError, {});
    load(true);
    loadAddresses();
}

void ComponentPage::setEnvironment(Id environment)
{
    m_environment = environment;
    const Environment *shown
        = document() && environment ? document()->project().environment(environment) : nullptr;
    form()->setRowVisible(m_addresses, shown != nullptr);
    if (shown)
        m_addressesLabel->setText(tr("Addresses (%1):").arg(shown->name));
    showError(m_addressError, {});
    loadAddresses();
}

void ComponentPage::loadAddresses()
{
    if (!document() || !m_environment)
        return;
    QStringList values;
    for (const Address &address : document()->project().addressesOf(m_id, m_environment))
        values.append(address.value);
    setLineText(m_addresses, values.join(u", "_s));
}

void ComponentPage::commitAddresses()
{
    if (!document() || !m_environment || !m_shown)
        return;
    const bool ok = document()->setComponentAddresses(m_environment, m_id,
                                                      splitAddressList(m_addresses->text()));
    report(ok, m_addressError);
    if (ok)
        loadAddresses();
}

void ComponentPage::documentChanged(const DocumentChange &change)
{
    if (change.positionsOnly && !change.components.contains(m_id))
        return;
    if (!change.addresses.isEmpty() || !change.environments.isEmpty())
        loadAddresses();
    if (change.components.isEmpty() && change.zones.isEmpty() && change.flows.isEmpty())
        return;
    load(false);
}

void ComponentPage::editableChanged()
{
    m_unpin->setEnabled(isEditable() && m_shown && m_shown->pinned);
}

void ComponentPage::load(bool all)
{
    const Component *component = document() ? document()->project().component(m_id) : nullptr;
    if (!component) {
        m_shown.reset();
        return;
    }
    const ProjectSnapshot &project = document()->project();
    const bool fresh = all || !m_shown || m_shown->id != component->id;
    title()->setText(tr("Component “%1”").arg(component->name));
    if (fresh || m_shown->name != component->name)
        setLineText(m_name, component->name);
    m_kind->setCurrentIndex(m_kind->findData(int(component->kind)));
    fillZoneCombo(m_zone, project, tr("(no zone)"), component->zoneId);
    if (fresh || m_shown->notes != component->notes)
        m_notes->setNotes(component->notes);
    if (component->pinned && component->position) {
        m_position->setText(tr("pinned at %1, %2")
                                .arg(qRound(component->position->x()))
                                .arg(qRound(component->position->y())));
    } else {
        m_position->setText(tr("placed by the layout"));
    }
    m_shown = *component;
    editableChanged();

    QList<std::pair<QString, Id>> lines;
    for (const Flow &flow : project.flows) {
        if (flow.sourceId == m_id || flow.destinationId == m_id)
            lines.append({ flowLine(project, flow, m_id), flow.id });
    }
    bool same = m_flows->count() == lines.size();
    for (int i = 0; same && i < lines.size(); ++i) {
        same = m_flows->item(i)->text() == lines.at(i).first
            && m_flows->item(i)->data(Qt::UserRole).toLongLong() == lines.at(i).second;
    }
    if (!same) {
        m_flows->clear();
        for (const auto &[text, id] : lines) {
            auto *item = new QListWidgetItem(text, m_flows);
            item->setData(Qt::UserRole, id);
        }
    }
}

void ComponentPage::commitName()
{
    if (!m_shown || m_name->text() == m_shown->name)
        return;
    const bool ok = document()->renameComponent(m_id, m_name->text());
    report(ok, m_nameError);
    if (!ok)
        setLineText(m_name, m_shown->name);
}

void ComponentPage::commitKind()
{
    if (!m_shown)
        return;
    const auto kind = ComponentKind(m_kind->currentData().toInt());
    report(document()->setComponentKind(m_id, kind), m_error);
    load(false);
}

void ComponentPage::commitZone()
{
    if (!m_shown)
        return;
    report(document()->moveComponentsToZone({ m_id }, m_zone->currentData().toLongLong()), m_error);
    load(false);
}

void ComponentPage::commitNotes(const QString &notes)
{
    if (!m_shown || notes == m_shown->notes)
        return;
    const bool ok = document()->setComponentNotes(m_id, notes);
    report(ok, m_error);
    if (!ok)
        m_notes->setNotes(m_shown->notes);
}

void ComponentPage::unpin()
{
    if (m_shown)
        report(document()->unpinComponents({ m_id }), m_error);
}

void ComponentPage::openFlow(QListWidgetItem *item)
{
    if (item && selection())
        selection()->select(ProjectSelection::Kind::Flows,
                            { item->data(Qt::UserRole).toLongLong() }, this);
}

void ComponentPage::report(bool ok, QLabel *errorLabel)
{
    showError(errorLabel, ok ? QString() : document()->errorString());
}

void ComponentPage::editName()
{
    if (!m_name->isEnabled())
        return;
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

} // namespace Portolan

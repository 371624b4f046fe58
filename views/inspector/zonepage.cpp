#include "zonepage.h"

#include "document/projectdocument.h"
#include "inspectorfields.h"
#include "notesedit.h"
#include "zones/zonetree.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Portolan {

ZonePage::ZonePage(QWidget *parent)
    : InspectorPage(parent)
    , m_name(new QLineEdit(this))
    , m_parent(new QComboBox(this))
    , m_notes(new NotesEdit(this))
    , m_members(new QLabel(this))
{
    setObjectName(u"zonePage"_s);
    m_name->setObjectName(u"zoneName"_s);
    m_parent->setObjectName(u"zoneParent"_s);
    m_notes->setObjectName(u"zoneNotes"_s);
    m_members->setObjectName(u"zoneMembers"_s);
    form()->addRow(tr("Name:"), m_name);
    m_nameError = addErrorRow(u"zoneNameError"_s);
    form()->addRow(tr("Inside:"), m_parent);
    form()->addRow(tr("Notes:"), m_notes);
    form()->addRow(tr("Holds:"), m_members);
    m_error = addErrorRow(u"zoneError"_s);
    addField(m_name);
    addField(m_parent);
    addField(m_notes);

    connect(m_name, &QLineEdit::editingFinished, this, &ZonePage::commitName);
    connect(m_parent, &QComboBox::activated, this, &ZonePage::commitParent);
    connect(m_notes, &NotesEdit::committed, this, &ZonePage::commitNotes);
}

void ZonePage::showRecords(const QList<Id> &ids)
{
    m_id = ids.value(0);
    showError(m_nameError, {});
    showError(m_error, {});
    load(true);
}

void ZonePage::documentChanged(const DocumentChange &change)
{
    if (!change.zones.isEmpty() || (!change.components.isEmpty() && !change.positionsOnly))
        load(false);
}

void ZonePage::load(bool all)
{
    const Zone *zone = document() ? document()->project().zone(m_id) : nullptr;
    if (!zone) {
        m_shown.reset();
        return;
    }
    const ProjectSnapshot &project = document()->project();
    const bool fresh = all || !m_shown || m_shown->id != zone->id;
    title()->setText(tr("Zone “%1”").arg(zone->name));
    if (fresh || m_shown->name != zone->name)
        setLineText(m_name, zone->name);
    fillZoneCombo(m_parent, project, tr("(top level)"), zone->parentId, zone->id);
    if (fresh || m_shown->notes != zone->notes)
        m_notes->setNotes(zone->notes);
    int components = 0;
    for (const Component &component : project.components)
        components += component.zoneId == m_id;
    int zones = 0;
    for (const Zone &child : project.zones)
        zones += child.parentId == m_id;
    const QString held = tr("%n component(s)", nullptr, components);
    m_members->setText(zones ? tr("%1, %2", "components held, then zones held")
                                   .arg(held, tr("%n zone(s)", nullptr, zones))
                             : held);
    m_shown = *zone;
}

void ZonePage::commitName()
{
    if (!m_shown || m_name->text() == m_shown->name)
        return;
    const bool ok = document()->renameZone(m_id, m_name->text());
    showError(m_nameError, ok ? QString() : document()->errorString());
    if (!ok)
        setLineText(m_name, m_shown->name);
}

void ZonePage::commitParent()
{
    if (!m_shown)
        return;
    const bool ok = document()->setZoneParent(m_id, m_parent->currentData().toLongLong());
    showError(m_error, ok ? QString() : document()->errorString());
    load(false);
}

void ZonePage::commitNotes(const QString &notes)
{
    if (!m_shown || notes == m_shown->notes)
        return;
    const bool ok = document()->setZoneNotes(m_id, notes);
    showError(m_error, ok ? QString() : document()->errorString());
    if (!ok)
        m_notes->setNotes(m_shown->notes);
}

} // namespace Portolan

#include "zoneprefixdialog.h"

#include "addressing/addressedits.h"
#include "document/projectdocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Portolan {

ZonePrefixDialog::ZonePrefixDialog(ProjectDocument *document, Id environment, Id zone,
                                   QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_environment(environment)
    , m_zone(new QComboBox(this))
    , m_cidr(new QLineEdit(this))
    , m_vlan(new QLineEdit(this))
    , m_gateway(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const Environment *env = document->project().environment(environment);
    setWindowTitle(tr("Add Zone Prefix in %1").arg(env ? env->name : QString()));
    setObjectName(u"zonePrefixDialog"_s);
    m_zone->setObjectName(u"zone"_s);
    for (const Zone &candidate : document->project().zones)
        m_zone->addItem(candidate.name, QVariant::fromValue(candidate.id));
    m_zone->setCurrentIndex(qMax(0, m_zone->findData(QVariant::fromValue(zone))));
    m_cidr->setObjectName(u"cidr"_s);
    m_cidr->setPlaceholderText(tr("10.0.1.0/24 or 2001:db8:1::/64"));
    m_vlan->setObjectName(u"vlan"_s);
    m_vlan->setPlaceholderText(tr("optional, 1-4094"));
    m_gateway->setObjectName(u"gateway"_s);
    m_gateway->setPlaceholderText(tr("optional, an address inside the prefix"));
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("optional"));
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setMinimumWidth(360);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Zone:"), m_zone);
    form->addRow(tr("&Prefix:"), m_cidr);
    form->addRow(tr("&VLAN:"), m_vlan);
    form->addRow(tr("&Gateway:"), m_gateway);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_message);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ZonePrefixDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : { m_cidr, m_vlan, m_gateway, m_name })
        connect(edit, &QLineEdit::textChanged, this, &ZonePrefixDialog::check);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &ZonePrefixDialog::check);
    check();
}

ZonePrefix ZonePrefixDialog::prefix() const
{
    ZonePrefix prefix;
    prefix.environmentId = m_environment;
    prefix.zoneId = m_zone->currentData().value<Id>();
    prefix.cidr = m_cidr->text();
    prefix.gateway = m_gateway->text();
    prefix.name = m_name->text();
    return prefix;
}

void ZonePrefixDialog::check()
{
    ZonePrefix wanted = prefix();
    m_problem.clear();
    const QString vlan = m_vlan->text().trimmed();
    if (!vlan.isEmpty()) {
        bool ok = false;
        wanted.vlan = vlan.toInt(&ok);
        if (!ok)
            m_problem = tr("The VLAN must be a number 1-4094.");
    }
    if (m_problem.isEmpty() && wanted.cidr.trimmed().isEmpty())
        m_problem = tr("Type the prefix, such as 10.0.1.0/24.");
    QString error;
    if (m_problem.isEmpty() && !zonePrefixChanges(m_document->project(), wanted, &error))
        m_problem = error.left(1).toUpper() + error.mid(1) + u'.';
    m_message->setText(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

void ZonePrefixDialog::accept()
{
    check();
    if (!m_problem.isEmpty())
        return;
    ZonePrefix wanted = prefix();
    if (!m_vlan->text().trimmed().isEmpty())
        wanted.vlan = m_vlan->text().trimmed().toInt();
    if (!m_document->setZonePrefix(wanted)) {
        m_problem = m_document->errorString();
        m_message->setText(m_problem);
        return;
    }
    QDialog::accept();
}

} // namespace Portolan

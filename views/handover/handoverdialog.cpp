#include "handoverdialog.h"

#include "common/plaintext.h"
#include "domain/names.h"
#include "export/exportoptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

void selectData(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

HandoverDialog::HandoverDialog(const QString &environment, const QString &acceptText,
                               QWidget *parent)
    : QDialog(parent)
    , m_paper(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_consolidation(new QComboBox(this))
    , m_revision(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_recordBaseline(new QCheckBox(tr("Record as &baseline"), this))
    , m_baselineName(new QLineEdit(this))
    , m_form(new QFormLayout)
{
    setObjectName(u"handoverDialog"_s);
    setWindowTitle(tr("Handover Pack · %1").arg(environment));

    for (const QString &name : paperNames())
        m_paper->addItem(name, int(*paperFromName(name)));
    m_orientation->addItem(tr("Automatic (landscape for a wide diagram)"),
                           int(DiagramOrientation::Auto));
    m_orientation->addItem(tr("Portrait"), int(DiagramOrientation::Portrait));
    m_orientation->addItem(tr("Landscape"), int(DiagramOrientation::Landscape));
    m_consolidation->addItem(tr("One rule per flow"), int(Consolidation::None));
    m_consolidation->addItem(tr("One rule per source, destination and protocol (ports united)"),
                             int(Consolidation::Ports));
    m_revision->setPlaceholderText(tr("the content fingerprint"));
    m_revision->setToolTip(tr("Printed in the title block and at the head of every page. Left "
                              "empty, the content fingerprint identifies the pack."));
    m_author->setPlaceholderText(tr("left blank to fill in by hand"));
    m_author->setToolTip(tr("The default is the author set in Edit → Preferences."));

    m_recordBaseline->setObjectName(u"recordBaseline"_s);
    m_recordBaseline->setToolTip(tr("Freeze the project as a baseline of this name before the "
                                    "pack is written (one step Edit → Undo takes back); the "
                                    "title block names it."));
    m_baselineName->setObjectName(u"baselineName"_s);
    m_baselineName->setPlaceholderText(tr("the baseline's name (the revision by default)"));
    m_baselineName->setEnabled(false);
    connect(m_recordBaseline, &QCheckBox::toggled, m_baselineName, &QWidget::setEnabled);
    connect(m_baselineName, &QLineEdit::textEdited, this, [this] { m_baselineNameEdited = true; });
    connect(m_revision, &QLineEdit::textChanged, this, [this](const QString &revision) {
        if (!m_baselineNameEdited)
            m_baselineName->setText(revision.trimmed());
    });

    auto *intro = new QLabel(tr("The pack of %1: title block, the diagram with the addresses, the "
                                "firewall rules, the address plan, the lint findings and a "
                                "sign-off block.")
                                 .arg(environment),
                             this);
    intro->setWordWrap(true);
    QFormLayout *form = m_form;
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&Diagram page:"), m_orientation);
    form->addRow(tr("&Rules:"), m_consolidation);
    form->addRow(tr("Re&vision:"), m_revision);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(m_recordBaseline, m_baselineName);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(acceptText);
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void HandoverDialog::setChoices(const HandoverChoices &choices)
{
    selectData(m_paper, int(choices.pages.paper.id()));
    selectData(m_orientation, int(choices.pages.diagramOrientation));
    selectData(m_consolidation, int(choices.pack.consolidation));
    m_revision->setText(choices.pack.revision);
    m_author->setText(choices.pack.author);
    m_recordBaseline->setChecked(choices.recordBaseline);
    m_baselineNameEdited = !choices.baselineName.isEmpty();
    m_baselineName->setText(m_baselineNameEdited ? choices.baselineName
                                                 : choices.pack.revision.trimmed());
}

void HandoverDialog::setBaselineOffered(bool offered, const QString &whyNot)
{
    m_baselineOffered = offered;
    m_form->setRowVisible(m_recordBaseline, offered);
    m_recordBaseline->setEnabled(offered && whyNot.isEmpty());
    m_baselineName->setEnabled(m_recordBaseline->isEnabled() && m_recordBaseline->isChecked());
    if (!whyNot.isEmpty())
        m_recordBaseline->setToolTip(plainForAutoText(whyNot));
}

void HandoverDialog::accept()
{
    const HandoverChoices chosen = choices();
    if (chosen.recordBaseline && m_baselineCheck) {
        if (const QString problem = m_baselineCheck(chosen.baselineName); !problem.isEmpty()) {
            warnPlainly(this, windowTitle(), problem);
            m_baselineName->setFocus();
            return;
        }
    }
    QDialog::accept();
}

HandoverChoices HandoverDialog::choices() const
{
    HandoverChoices choices;
    choices.pages.paper = QPageSize(QPageSize::PageSizeId(m_paper->currentData().toInt()));
    choices.pages.diagramOrientation = DiagramOrientation(m_orientation->currentData().toInt());
    choices.pack.consolidation = Consolidation(m_consolidation->currentData().toInt());
    choices.pack.revision = m_revision->text().trimmed();
    choices.pack.author = m_author->text().trimmed();
    // Only a baseline the dialog offers (not for printing, nor read-only).
    choices.recordBaseline
        = m_recordBaseline->isChecked() && m_recordBaseline->isEnabled() && m_baselineOffered;
    choices.baselineName = cleanName(m_baselineName->text());
    return choices;
}

} // namespace Portolan

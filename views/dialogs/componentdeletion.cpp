#include "componentdeletion.h"

#include "common/plaintext.h"
#include "document/projectdocument.h"
#include "domain/names.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

bool deleteComponentsAsking(QWidget *parent, ProjectDocument *document, const QList<Id> &ids)
{
    if (!document || ids.isEmpty())
        return false;
    Id reassignTo = 0;
    const int flowCount = document->flowCountOf(ids);
    if (flowCount > 0) {
        ComponentDeletionDialog dialog(document->project(), ids, flowCount, parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        reassignTo = dialog.reassignTo();
    }
    if (document->deleteComponents(ids, reassignTo))
        return true;
    warnPlainly(parent, ComponentDeletionDialog::tr("Delete Components"), document->errorString());
    return false;
}

ComponentDeletionDialog::ComponentDeletionDialog(const ProjectSnapshot &project,
                                                 const QList<Id> &ids, int flowCount,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_deleteFlows(new QRadioButton(this))
    , m_moveFlows(new QRadioButton(this))
    , m_target(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"componentDeletionDialog"_s);
    const QSet<Id> doomed(ids.cbegin(), ids.cend());
    QStringList names;
    for (const Component &component : project.components) {
        if (!doomed.contains(component.id)) {
            m_targets.insert(nameKey(component.name), component.id);
            names.append(component.name);
        }
    }
    const bool one = ids.size() == 1;
    const QString name = project.componentName(ids.constFirst());
    setWindowTitle(one ? tr("Delete “%1”").arg(name)
                       : tr("Delete %n Component(s)", nullptr, int(ids.size())));
    auto *question = new QLabel(
        one ? tr("“%1” has %n flow(s). What becomes of them?", nullptr, flowCount).arg(name)
            : tr("These components have %n flow(s). What becomes of them?", nullptr, flowCount),
        this);
    question->setWordWrap(true);

    m_deleteFlows->setObjectName(u"deleteFlowsChoice"_s);
    m_deleteFlows->setText(one ? tr("Delete “%1” and its %n flow(s)", nullptr, flowCount).arg(name)
                               : tr("Delete the %n component(s) and %1", nullptr, int(ids.size()))
                                     .arg(tr("their %n flow(s)", nullptr, flowCount)));
    m_deleteFlows->setChecked(true);
    m_moveFlows->setObjectName(u"moveFlowsChoice"_s);
    m_moveFlows->setText(one ? tr("Keep its flows, moving them to:")
                             : tr("Keep their flows, moving them to:"));
    m_target->setObjectName(u"moveFlowsTarget"_s);
    m_target->setPlaceholderText(tr("Another component"));
    m_target->setClearButtonEnabled(true);
    auto *completer = new QCompleter(names, m_target);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_target->setCompleter(completer);
    auto *note = new QLabel(tr("Flows that would then repeat another flow, or run from the "
                               "component to itself, are deleted. Undo brings everything back."),
                            this);
    note->setWordWrap(true);
    m_buttons->setObjectName(u"buttons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Delete"));

    auto *targetRow = new QHBoxLayout;
    targetRow->setContentsMargins(24, 0, 0, 0);
    targetRow->addWidget(m_target);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_deleteFlows);
    layout->addWidget(m_moveFlows);
    layout->addLayout(targetRow);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_deleteFlows, &QRadioButton::toggled, this, &ComponentDeletionDialog::updateOk);
    connect(m_target, &QLineEdit::textChanged, this, &ComponentDeletionDialog::updateOk);
    // Typing a name means the flows should go there.
    connect(m_target, &QLineEdit::textEdited, m_moveFlows,
            [this] { m_moveFlows->setChecked(true); });
    updateOk();
}

Id ComponentDeletionDialog::reassignTo() const
{
    return m_moveFlows->isChecked() ? target() : 0;
}

Id ComponentDeletionDialog::target() const
{
    return m_targets.value(nameKey(m_target->text()));
}

void ComponentDeletionDialog::updateOk()
{
    const bool move = m_moveFlows->isChecked();
    const bool valid = !move || target() != 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_target->setToolTip(
        move && !valid && !m_target->text().trimmed().isEmpty()
            ? tr("There is no other component “%1”.").arg(cleanName(m_target->text()))
            : QString());
}

} // namespace Portolan

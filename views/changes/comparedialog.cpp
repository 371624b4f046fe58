#include "comparedialog.h"

#include "project/snapshot.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

void selectData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

CompareDialog::CompareDialog(const ProjectSnapshot &project, const QString &current,
                             const CompareChoice &start, QWidget *parent)
    : QDialog(parent)
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_same(new QRadioButton(this))
    , m_across(new QRadioButton(tr("Environment against environment:"), this))
    , m_fromEnvironment(new QComboBox(this))
    , m_toEnvironment(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"compareDialog"_s);
    setWindowTitle(tr("Compare"));
    m_from->setObjectName(u"compareFrom"_s);
    m_to->setObjectName(u"compareTo"_s);
    m_fromEnvironment->setObjectName(u"compareFromEnvironment"_s);
    m_toEnvironment->setObjectName(u"compareToEnvironment"_s);
    m_same->setObjectName(u"compareSameEnvironment"_s);
    m_across->setObjectName(u"compareEnvironments"_s);

    // Newest baseline first: the one compared against most often.
    for (auto it = project.baselines.crbegin(); it != project.baselines.crend(); ++it) {
        m_from->addItem(it->name, it->name);
        m_to->addItem(it->name, it->name);
    }
    m_to->insertItem(0, tr("Working design"), workingDesignName());
    m_to->setCurrentIndex(0);
    for (const Environment &environment : project.environments) {
        m_fromEnvironment->addItem(environment.name, environment.id);
        m_toEnvironment->addItem(environment.name, environment.id);
    }
    m_toEnvironment->setCurrentIndex(qMin(1, m_toEnvironment->count() - 1));
    m_same->setText(current.isEmpty()
                        ? tr("The same design without addresses (no environment)")
                        : tr("The current environment (%1) on both sides").arg(current));

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *environments = new QHBoxLayout;
    environments->addWidget(m_fromEnvironment, 1);
    environments->addWidget(new QLabel(tr("against"), this));
    environments->addWidget(m_toEnvironment, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_same);
    layout->addWidget(m_across);
    layout->addLayout(environments);
    layout->addWidget(m_buttons);

    m_same->setEnabled(!project.baselines.isEmpty());
    m_across->setEnabled(project.environments.size() >= 2);
    (start.environments || !m_same->isEnabled() ? m_across : m_same)->setChecked(true);
    selectData(m_from, start.from);
    selectData(m_to, start.to);
    selectData(m_fromEnvironment, start.fromEnvironment);
    selectData(m_toEnvironment, start.toEnvironment);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *button : { m_same, m_across })
        connect(button, &QRadioButton::toggled, this, &CompareDialog::updateState);
    for (QComboBox *box : { m_from, m_to, m_fromEnvironment, m_toEnvironment })
        connect(box, &QComboBox::currentIndexChanged, this, &CompareDialog::updateState);
    updateState();
}

void CompareDialog::updateState()
{
    const bool across = m_across->isChecked();
    m_from->setEnabled(!across);
    m_fromEnvironment->setEnabled(across);
    m_toEnvironment->setEnabled(across);
    const CompareChoice chosen = choice();
    // A side against itself finds nothing.
    const bool useful = across
        ? chosen.fromEnvironment != chosen.toEnvironment && chosen.fromEnvironment
        : !chosen.from.isEmpty() && chosen.from != chosen.to;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(useful);
}

CompareChoice CompareDialog::choice() const
{
    CompareChoice chosen;
    chosen.environments = m_across->isChecked();
    chosen.to = m_to->currentData().toString();
    chosen.from = chosen.environments ? chosen.to : m_from->currentData().toString();
    if (chosen.environments) {
        chosen.fromEnvironment = m_fromEnvironment->currentData().value<Id>();
        chosen.toEnvironment = m_toEnvironment->currentData().value<Id>();
    }
    return chosen;
}

} // namespace Portolan

#include "environmentswitcher.h"

#include "common/plaintext.h"
#include "currentenvironment.h"
#include "document/projectdocument.h"
#include "domain/names.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSet>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Portolan {

EnvironmentSwitcher::EnvironmentSwitcher(CurrentEnvironment *current, QWidget *dialogParent,
                                         QObject *parent)
    : QObject(parent)
    , m_current(current)
    , m_dialogParent(dialogParent)
    , m_combo(new QComboBox(dialogParent))
    , m_new(new QAction(tr("&New Environment…"), this))
    , m_rename(new QAction(tr("&Rename Environment…"), this))
    , m_duplicate(new QAction(tr("D&uplicate Environment…"), this))
    , m_delete(new QAction(tr("&Delete Environment"), this))
{
    m_combo->setObjectName(u"environmentCombo"_s);
    m_combo->setToolTip(tr("The environment whose addresses the window shows"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(12);
    m_new->setObjectName(u"newEnvironment"_s);
    m_new->setIcon(QIcon::fromTheme(u"portolan-new-environment"_s));
    m_duplicate->setIcon(QIcon::fromTheme(u"portolan-duplicate-environment"_s));
    m_new->setToolTip(tr("Add an environment (Lab, Production, a second site…)"));
    m_rename->setToolTip(tr("Give the current environment another name"));
    m_delete->setToolTip(tr("Delete the current environment with its addresses and prefixes"));
    m_rename->setObjectName(u"renameEnvironment"_s);
    m_duplicate->setObjectName(u"duplicateEnvironment"_s);
    m_duplicate->setToolTip(
        tr("Add an environment starting with a copy of this one's addresses and prefixes"));
    m_delete->setObjectName(u"deleteEnvironment"_s);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_filling && index >= 0)
            m_current->setId(m_combo->itemData(index).value<Id>());
    });
    connect(m_current, &CurrentEnvironment::changed, this, [this] {
        if (ProjectDocument *doc = document()) {
            // Renames and additions show at once; connecting again is a no-op.
            connect(doc, &ProjectDocument::changed, this, &EnvironmentSwitcher::documentChanged,
                    Qt::UniqueConnection);
        }
        fillCombo();
    });
    connect(m_new, &QAction::triggered, this, [this] {
        askName(tr("New Environment"), tr("Name of the new environment:"),
                freeName(tr("Environment")),
                [this](const QString &name) { return addEnvironment(name); });
    });
    connect(m_rename, &QAction::triggered, this, [this] {
        askName(tr("Rename Environment"), tr("New name of “%1”:").arg(m_current->name()),
                m_current->name(), [this](const QString &name) { return renameCurrent(name); });
    });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        askName(tr("Duplicate Environment"),
                tr("Name of the copy of “%1”, with all its addresses and prefixes:")
                    .arg(m_current->name()),
                freeName(m_current->name()),
                [this](const QString &name) { return duplicateCurrent(name); });
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        const Id id = m_current->id();
        if (!document() || !id)
            return;
        int addresses = 0;
        int prefixes = 0;
        for (const Address &address : document()->project().addresses)
            addresses += address.environmentId == id ? 1 : 0;
        for (const ZonePrefix &prefix : document()->project().zonePrefixes)
            prefixes += prefix.environmentId == id ? 1 : 0;
        const QString question
            = tr("Delete the environment “%1” with its %2 and %3? You can undo this.")
                  .arg(m_current->name(), tr("%n address(es)", nullptr, addresses),
                       tr("%n zone prefix(es)", nullptr, prefixes));
        if (askPlainly(m_dialogParent, tr("Delete Environment"), question,
                       QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel))
            deleteCurrent();
    });
    fillCombo();
}

QList<QAction *> EnvironmentSwitcher::actions() const
{
    return { m_new, m_duplicate, m_rename, m_delete };
}

QToolBar *EnvironmentSwitcher::createToolBar(QWidget *parent)
{
    auto *bar = new QToolBar(tr("Environment"), parent);
    bar->setObjectName(u"environmentToolBar"_s);
    auto *label = new QLabel(tr("Environment: "), bar);
    label->setBuddy(m_combo);
    bar->addWidget(label);
    bar->addWidget(m_combo);
    bar->addAction(m_new);
    bar->addAction(m_duplicate);
    return bar;
}

ProjectDocument *EnvironmentSwitcher::document() const
{
    return m_current->document();
}

bool EnvironmentSwitcher::report(bool ok)
{
    if (!ok && document())
        emit message(document()->errorString());
    return ok;
}

bool EnvironmentSwitcher::addEnvironment(const QString &name)
{
    if (!document())
        return false;
    const Id id = document()->addEnvironment(name);
    if (id)
        m_current->setId(id);
    return report(id != 0);
}

bool EnvironmentSwitcher::renameCurrent(const QString &name)
{
    return document() && m_current->id()
        && report(document()->renameEnvironment(m_current->id(), name));
}

bool EnvironmentSwitcher::duplicateCurrent(const QString &name)
{
    if (!document() || !m_current->id())
        return false;
    const Id id = document()->duplicateEnvironment(m_current->id(), name);
    if (id)
        m_current->setId(id);
    return report(id != 0);
}

bool EnvironmentSwitcher::deleteCurrent()
{
    return document() && m_current->id() && report(document()->deleteEnvironment(m_current->id()));
}

void EnvironmentSwitcher::askName(const QString &title, const QString &label, const QString &start,
                                  const std::function<bool(const QString &)> &apply)
{
    QString name = start;
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(m_dialogParent, title, plainForAutoText(label),
                                     QLineEdit::Normal, name, &ok);
        if (!ok || apply(name))
            return;
        warnPlainly(m_dialogParent, title, document()->errorString());
    }
}

QString EnvironmentSwitcher::freeName(const QString &base) const
{
    QSet<QString> taken;
    if (document()) {
        for (const Environment &environment : document()->project().environments)
            taken.insert(nameKey(environment.name));
    }
    if (!taken.contains(nameKey(base)))
        return base;
    for (int n = 2;; ++n) {
        const QString name = u"%1 %2"_s.arg(base).arg(n);
        if (!taken.contains(nameKey(name)))
            return name;
    }
}

void EnvironmentSwitcher::documentChanged(const DocumentChange &change)
{
    if (change.reset || !change.environments.isEmpty())
        fillCombo();
}

void EnvironmentSwitcher::fillCombo()
{
    m_filling = true;
    m_combo->clear();
    if (document()) {
        for (const Environment &environment : document()->project().environments)
            m_combo->addItem(environment.name, QVariant::fromValue(environment.id));
    }
    if (m_combo->count() == 0)
        m_combo->setPlaceholderText(tr("No environment"));
    m_combo->setCurrentIndex(m_combo->findData(QVariant::fromValue(m_current->id())));
    m_filling = false;
    updateActions();
}

void EnvironmentSwitcher::updateActions()
{
    const bool editable = document() && !document()->isReadOnly();
    const bool hasCurrent = m_current->id() != 0;
    m_combo->setEnabled(m_combo->count() > 0);
    m_new->setEnabled(editable);
    m_rename->setEnabled(editable && hasCurrent);
    m_duplicate->setEnabled(editable && hasCurrent);
    m_delete->setEnabled(editable && hasCurrent);
}

} // namespace Portolan

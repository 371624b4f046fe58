#include "addressplanpanel.h"

#include "addressing/addressplan.h"
#include "addressplanmodel.h"
#include "addresstablepanel.h"
#include "common/plaintext.h"
#include "document/projectdocument.h"
#include "environment/currentenvironment.h"
#include "zoneprefixmodel.h"
#include "zoneprefixpanel.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

AddressPlanPanel::AddressPlanPanel(CurrentEnvironment *current, QWidget *parent)
    : QWidget(parent)
    , m_current(current)
    , m_summary(new QLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_addresses(new AddressTablePanel(this))
    , m_prefixes(new ZonePrefixPanel(this))
    , m_import(new QAction(tr("&Import Address Plan…"), this))
    , m_export(new QAction(tr("&Export Address Plan…"), this))
{
    setObjectName(u"addressPlanPanel"_s);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_import->setObjectName(u"importAddressPlan"_s);
    m_import->setToolTip(tr("Bind the addresses of a CSV file with the columns component,address"));
    m_export->setObjectName(u"exportAddressPlan"_s);
    m_export->setToolTip(tr("Save this environment's addresses as CSV "
                            "(component,address,kind,zone)"));

    m_toolBar->setObjectName(u"addressPlanToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_addresses->allocateAction());
    m_toolBar->addAction(m_addresses->allocatePrefixAction());
    m_toolBar->addAction(m_prefixes->addPrefixAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_addresses->problemsOnlyAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_import);
    m_toolBar->addAction(m_export);

    // Side by side: the dock is wide and low, beside the Flows tab.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"addressPlanSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_addresses);
    splitter->addWidget(m_prefixes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(2);
    auto *top = new QHBoxLayout;
    top->addWidget(m_toolBar);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_prefixes->setZoneHint([this]() -> Id {
        const QList<Id> ids = m_addresses->selectedIds();
        const Component *component
            = document() && !ids.isEmpty() ? document()->project().component(ids.first()) : nullptr;
        return component ? component->zoneId : 0;
    });
    for (TablePanel *panel :
         { static_cast<TablePanel *>(m_addresses), static_cast<TablePanel *>(m_prefixes) }) {
        connect(panel, &TablePanel::statusMessage, this, &AddressPlanPanel::statusMessage);
        connect(panel, &TablePanel::editRejected, this, &AddressPlanPanel::editRejected);
    }
    connect(m_addresses->model(), &AddressPlanModel::findingsChanged, this,
            &AddressPlanPanel::updateSummary);
    connect(m_current, &CurrentEnvironment::changed, this, &AddressPlanPanel::environmentChanged);
    connect(m_import, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Address Plan"), {},
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (path.isEmpty())
            return;
        connect(
            this, &AddressPlanPanel::editRejected, this,
            [this](const QString &text) { warnPlainly(this, tr("Import Address Plan"), text); },
            Qt::SingleShotConnection);
        if (importPlan(path))
            disconnect(this, &AddressPlanPanel::editRejected, this, nullptr);
    });
    connect(m_export, &QAction::triggered, this, [this] {
        const QString suggested = u"%1-%2.csv"_s.arg(
            document() ? document()->displayName() : QString(), m_current->name());
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Address Plan"),
                                                          suggested, tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !exportPlan(path))
            warnPlainly(this, tr("Export Address Plan"), tr("%1 could not be written.").arg(path));
    });
    environmentChanged();
}

ProjectDocument *AddressPlanPanel::document() const
{
    return m_current->document();
}

void AddressPlanPanel::setSelection(ProjectSelection *selection)
{
    m_addresses->setSelection(selection);
}

void AddressPlanPanel::environmentChanged()
{
    if (m_addresses->document() != document()) {
        m_addresses->setDocument(document());
        m_prefixes->setDocument(document());
    }
    m_addresses->setEnvironment(m_current->id());
    m_prefixes->setEnvironment(m_current->id());
    updateSummary();
    updateActions();
}

void AddressPlanPanel::updateActions()
{
    const bool editable = document() && !document()->isReadOnly() && m_current->id();
    m_import->setEnabled(editable);
    m_export->setEnabled(document() && m_current->id());
}

void AddressPlanPanel::updateSummary()
{
    if (!document()) {
        m_summary->setText(tr("No project is open."));
        return;
    }
    if (!m_current->id()) {
        m_summary->setText(tr("This project has no environment yet. Add one (Lab, Production, "
                              "a second site…) with Environment → New Environment, then give "
                              "its zones prefixes and its components addresses."));
        return;
    }
    const AddressPlanModel *model = m_addresses->model();
    int errors = 0;
    int warnings = 0;
    for (const AddressFinding &finding : model->findings())
        ++(finding.severity == AddressFinding::Severity::Error ? errors : warnings);
    m_summary->setText(
        tr("<b>%1</b>: %2 of %n component(s) have addresses · %3 · %4", nullptr, model->rowCount())
            .arg(m_current->name().toHtmlEscaped())
            .arg(model->addressedCount())
            .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings)));
}

bool AddressPlanPanel::importPlan(const QString &path)
{
    if (!document() || !m_current->id())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit editRejected(tr("%1 could not be read: %2").arg(path, file.errorString()));
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    QStringList notes;
    const int before = int(document()->project().addresses.size());
    if (!document()->importAddressPlan(m_current->id(), text, &notes)) {
        emit editRejected(tr("%1: %2").arg(QFileInfo(path).fileName(), document()->errorString()));
        return false;
    }
    const int added = int(document()->project().addresses.size()) - before;
    QString message
        = tr("Imported %n address(es) from %1.", nullptr, added).arg(QFileInfo(path).fileName());
    if (!notes.isEmpty())
        message += u' ' + tr("%n row(s) were there already.", nullptr, int(notes.size()));
    emit statusMessage(message);
    return true;
}

bool AddressPlanPanel::exportPlan(const QString &path)
{
    if (!document() || !m_current->id())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(addressPlanCsv(document()->project(), m_current->id()).toUtf8());
    if (!file.commit())
        return false;
    emit statusMessage(
        tr("Saved the %1 address plan to %2.").arg(m_current->name(), QFileInfo(path).fileName()));
    return true;
}

} // namespace Portolan

#include "lintpanel.h"

#include "common/plaintext.h"
#include "document/projectdocument.h"
#include "environment/currentenvironment.h"
#include "selection/projectselection.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

constexpr int FindingRole = Qt::UserRole + 1; // index into m_findings

QIcon severityIcon(LintFinding::Severity severity)
{
    switch (severity) {
    case LintFinding::Severity::Error:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case LintFinding::Severity::Warning:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case LintFinding::Severity::Info:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace

LintPanel::LintPanel(CurrentEnvironment *environment, ProjectSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_environment(environment)
    , m_selection(selection)
    , m_catalogue(ServiceCatalogue::bundled(&m_catalogueError))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_model(new QStandardItemModel(0, 2, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"lintPanel"_s);
    m_summary->setObjectName(u"summary"_s);
    m_filter->setObjectName(u"filter"_s);
    m_filter->setPlaceholderText(tr("Filter findings"));
    m_filter->setClearButtonEnabled(true);
    m_model->setHorizontalHeaderLabels({ tr("Severity"), tr("Finding") });
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table->setObjectName(u"lintTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Click a finding to select what it is about"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table, &QTableView::clicked, this,
            [this](const QModelIndex &index) { selectFinding(index.row()); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { selectFinding(index.row()); });
    connect(m_environment, &CurrentEnvironment::changed, this, &LintPanel::environmentChanged);
    environmentChanged();
}

void LintPanel::environmentChanged()
{
    if (m_document != m_environment->document()) {
        if (m_document)
            disconnect(m_document, nullptr, this, nullptr);
        m_document = m_environment->document();
        if (m_document)
            connect(m_document, &ProjectDocument::changed, this, &LintPanel::documentChanged);
    }
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void LintPanel::documentChanged(const DocumentChange &change)
{
    if (!change.positionsOnly)
        scheduleRefresh();
}

// Checked once the edits pause: several changes in a row (an undo of many
// steps, a drag) are checked once, and an edit reaches the diagram before
// the whole design is checked again (at XL that takes 40 ms). Whoever asks
// for the findings meanwhile gets them checked at once.
void LintPanel::scheduleRefresh()
{
    m_stale = true;
    if (!isVisible() || m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(refreshDelayMs, this, [this] {
        m_refreshPending = false;
        if (m_stale && isVisible())
            refresh();
    });
}

void LintPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

const QList<LintFinding> &LintPanel::findings()
{
    if (m_stale)
        refresh();
    return m_findings;
}

void LintPanel::refresh()
{
    m_stale = false;
    m_findings.clear();
    if (m_document && m_catalogue) {
        const QList<Id> environments
            = m_environment->id() ? QList<Id> { m_environment->id() } : QList<Id>();
        m_findings = lintProject(m_document->project(), *m_catalogue, environments);
    }
    m_model->removeRows(0, m_model->rowCount());
    int counts[3] = { 0, 0, 0 };
    for (int i = 0; i < m_findings.size(); ++i) {
        const LintFinding &finding = m_findings.at(i);
        ++counts[int(finding.severity)];
        auto *severity
            = new QStandardItem(severityIcon(finding.severity), lintSeverityName(finding.severity));
        severity->setData(i, FindingRole);
        auto *message = new QStandardItem(finding.message);
        message->setToolTip(plainForAutoText(finding.message));
        m_model->appendRow({ severity, message });
    }
    m_table->resizeColumnToContents(0);
    if (!m_catalogue)
        m_summary->setText(
            tr("The catalogue of well-known services could not be read: %1").arg(m_catalogueError));
    else if (!m_document)
        m_summary->setText(tr("No project is open."));
    else
        m_summary->setText(
            tr("%1 · %2 · %3 — %4")
                .arg(tr("%n error(s)", nullptr, counts[int(LintFinding::Severity::Error)]),
                     tr("%n warning(s)", nullptr, counts[int(LintFinding::Severity::Warning)]),
                     tr("%n note(s)", nullptr, counts[int(LintFinding::Severity::Info)]),
                     m_environment->id() ? tr("design and the %1 address plan")
                                               .arg(m_environment->name().toHtmlEscaped())
                                         : tr("design only (no environment)")));
    emit findingsChanged();
}

void LintPanel::selectFinding(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    if (!index.isValid() || !m_selection)
        return;
    const LintFinding &finding = m_findings.at(index.data(FindingRole).toInt());
    if (!finding.flows.isEmpty())
        m_selection->select(ProjectSelection::Kind::Flows, finding.flows, this);
    else
        m_selection->select(ProjectSelection::Kind::Components, finding.components, this);
}

} // namespace Portolan

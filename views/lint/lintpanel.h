#pragma once
// The Lint dock: what `portolan lint` reports for the current environment —
// the design checks against the catalogue of well-known services and the
// address plan's findings — kept up to date as the project changes.
// Clicking a finding selects its flows (or components) everywhere.

#include "domain/types.h"
#include "lint/designlint.h"
#include "lint/servicecatalogue.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace Portolan {

class CurrentEnvironment;
class ProjectDocument;
class ProjectSelection;
struct DocumentChange;

class LintPanel : public QWidget
{
    Q_OBJECT
public:
    LintPanel(CurrentEnvironment *environment, ProjectSelection *selection,
              QWidget *parent = nullptr);

    // The findings shown, sorted as the command line prints them (checked
    // now if edits came while the panel was hidden).
    const QList<LintFinding> &findings();
    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    // Selects the flows (else the components) of the finding in row `row`
    // of the table as shown.
    void selectFinding(int row);

signals:
    void findingsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    static constexpr int refreshDelayMs = 250;
    void environmentChanged();
    void documentChanged(const DocumentChange &change);
    void scheduleRefresh();
    void refresh();

    CurrentEnvironment *m_environment;
    QPointer<ProjectSelection> m_selection;
    QPointer<ProjectDocument> m_document;
    std::optional<ServiceCatalogue> m_catalogue;
    QString m_catalogueError;
    QList<LintFinding> m_findings;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    bool m_refreshPending = false;
    // Edits came while the panel was hidden (a tab behind Flows): the
    // checks, 55 ms at the largest benchmark size, wait until it shows.
    bool m_stale = false;
};

} // namespace Portolan

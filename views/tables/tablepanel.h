#pragma once
// What the Components and Flows panels share: a filter line, the table
// (sortable, filtered, several rows selectable), the shared selection
// followed both ways, copying rows as tab-separated text, and the actions
// with their shortcuts (also in the table's context menu).

#include "selection/projectselection.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Portolan {

// Column widths for a table `available` pixels wide: the `wanted` widths
// (of their contents) when they fit; else the widest are cut to a common
// width, none below its `least` (its header and a few characters); when
// even those do not fit, the `least` widths, and the table scrolls.
QList<int> fitWidths(const QList<int> &wanted, const QList<int> &least, int available);

class ProjectDocument;
class RecordTableModel;

class TablePanel : public QWidget
{
    Q_OBJECT
public:
    // nullptr empties the panel.
    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const;
    // The selection shared with the other views of the window; nullptr: none.
    void setSelection(ProjectSelection *selection);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    // An extra condition on the model's rows (source row numbers), besides
    // the filter line; call refilter() when what it looks at changed.
    void setRowFilter(std::function<bool(int sourceRow)> accept);
    void refilter();
    // Fits the columns to their contents again (now if shown, else when
    // next shown): after the rows were replaced.
    void refitColumns();
    // Puts the cursor in the filter line, its text selected (Edit → Find).
    void focusFilter();

    // The records of the selected rows, in the order the table shows them.
    QList<Id> selectedIds() const;
    // Selects the rows of these records and scrolls to the first; the
    // shared selection follows.
    void selectIds(const QList<Id> &ids);
    // The selected rows as tab-separated text with a header line, in view order.
    QString selectedRowsText() const;

    QAction *deleteAction() const { return m_deleteAction; }
    QAction *copyAction() const { return m_copyAction; }

signals:
    // An edit was refused or failed; the message is for the status bar.
    void editRejected(const QString &message);
    // What an action did, for the status bar.
    void statusMessage(const QString &message);

protected:
    TablePanel(RecordTableModel *model, ProjectSelection::Kind kind, QWidget *parent);

    // An action with a shortcut that works while the table has the focus,
    // listed in its context menu.
    QAction *addTableAction(const QString &text, const QKeySequence &shortcut,
                            const QString &objectName, QAction *before = nullptr);
    RecordTableModel *recordModel() const { return m_model; }
    virtual void deleteSelected() = 0;
    // Enables the actions for the document and the selection.
    virtual void updateActions();
    bool isEditable() const;
    // The row of a record as the table shows it (invalid when filtered out).
    QModelIndex viewIndex(Id id, int column = 0) const;

    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void copySelected();
    void tableSelectionChanged();
    void sharedSelectionChanged(ProjectSelection::Kind kind, const QList<Id> &ids, QObject *origin);
    void showIds(const QList<Id> &ids);
    void fitColumns();
    // The fitted widths shared out again over the table's width now.
    void applyColumnWidths();

    RecordTableModel *m_model;
    ProjectSelection::Kind m_kind;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QAction *m_deleteAction;
    QAction *m_copyAction;
    QPointer<ProjectSelection> m_selection;
    bool m_followingShared = false;
    bool m_columnsFitted = false;
    // What fitColumns() measured: the contents' and the headers' widths.
    QList<int> m_wantedWidths;
    QList<int> m_leastWidths;
    bool m_applyingWidths = false;
    // A column resized by hand: the widths are the user's from then on.
    bool m_sizedByUser = false;
};

} // namespace Portolan

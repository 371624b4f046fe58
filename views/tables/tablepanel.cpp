#include "tablepanel.h"

#include "document/projectdocument.h"
#include "io/csv.h"
#include "recordtablemodel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

class RowFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    std::function<bool(int)> accept;
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return (!accept || accept(row)) && QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};

} // namespace

TablePanel::TablePanel(RecordTableModel *model, ProjectSelection::Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_kind(kind)
    , m_proxy(new RowFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    m_model->setParent(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(u"filter"_s);
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Hiding rows is not unselecting them: the shared selection stays.
        m_followingShared = true;
        m_proxy->setFilterFixedString(text);
        if (m_selection)
            showIds(m_selection->ids(m_kind));
        m_followingShared = false;
        updateActions();
    });

    m_table->setObjectName(u"table"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        // The last column stretches with the table by itself.
        if (!m_applyingWidths && column < m_proxy->columnCount() - 1)
            m_sizedByUser = true;
    });
    // Fitting the columns measures the rows in view and up to 200 more, not
    // a thousand: with 10,000 flows that was 6 % of opening the window.
    header->setResizeContentsPrecision(200);
    // Project order until a header is clicked; a third click returns to it.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSortIndicatorClearable(true);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TablePanel::tableSelectionChanged);
    connect(m_model, &RecordTableModel::editRejected, this, &TablePanel::editRejected);
    // Columns fitted while the table was empty are fitted again once it has
    // rows (an environment's addresses arrive after the document).
    const auto fitOnce = [this] {
        if (!m_columnsFitted && isVisible())
            fitColumns();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, fitOnce);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, fitOnce);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fitOnce);

    m_copyAction = addTableAction(tr("&Copy"), QKeySequence::Copy, u"copyAction"_s);
    connect(m_copyAction, &QAction::triggered, this, &TablePanel::copySelected);
    m_deleteAction = addTableAction(tr("&Delete"), QKeySequence::Delete, u"deleteAction"_s);
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        // Delete while a cell is edited belongs to the editor.
        if (!m_table->indexWidget(m_table->currentIndex()))
            deleteSelected();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
    updateActions();
}

void TablePanel::setDocument(ProjectDocument *document)
{
    m_model->setDocument(document);
    m_columnsFitted = false;
    m_sizedByUser = false;
    if (isVisible())
        fitColumns();
    if (m_selection) {
        m_followingShared = true;
        showIds(m_selection->ids(m_kind));
        m_followingShared = false;
    }
    updateActions();
}

ProjectDocument *TablePanel::document() const
{
    return m_model->document();
}

void TablePanel::setSelection(ProjectSelection *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (!m_selection)
        return;
    connect(m_selection, &ProjectSelection::changed, this, &TablePanel::sharedSelectionChanged);
    sharedSelectionChanged(m_selection->kind(), m_selection->ids(), nullptr);
}

void TablePanel::setRowFilter(std::function<bool(int)> accept)
{
    static_cast<RowFilterProxy *>(m_proxy)->accept = std::move(accept);
    refilter();
}

void TablePanel::refilter()
{
    static_cast<RowFilterProxy *>(m_proxy)->refilter();
}

void TablePanel::refitColumns()
{
    m_columnsFitted = false;
    if (isVisible())
        fitColumns();
}

void TablePanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QList<Id> TablePanel::selectedIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Id> ids;
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(RecordTableModel::IdRole).value<Id>());
    return ids;
}

void TablePanel::selectIds(const QList<Id> &ids)
{
    showIds(ids);
}

QString TablePanel::selectedRowsText() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<int> columns;
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        if (!m_table->isColumnHidden(column))
            columns.append(column);
    }
    const QChar tab = u'\t';
    const auto line = [&](const QStringList &cells) {
        QStringList fields;
        for (const QString &cell : cells)
            fields.append(csvField(cell, tab));
        return fields.join(tab) + u'\n';
    };
    QStringList header;
    for (int column : std::as_const(columns))
        header.append(m_proxy->headerData(column, Qt::Horizontal).toString());
    QString text = line(header);
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int column : std::as_const(columns)) {
            const QModelIndex cell = row.siblingAtColumn(column);
            // Check boxes as words a spreadsheet (and Paste) reads back.
            const QVariant checked = cell.data(Qt::CheckStateRole);
            cells.append(checked.isValid() ? (checked.toInt() == Qt::Checked ? u"yes"_s : u"no"_s)
                                           : cell.data(Qt::DisplayRole).toString());
        }
        text += line(cells);
    }
    return text;
}

QAction *TablePanel::addTableAction(const QString &text, const QKeySequence &shortcut,
                                    const QString &objectName, QAction *before)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    // Only while the table has the focus: the same keys mean other things
    // in the diagram and in line edits.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->insertAction(before, action);
    return action;
}

void TablePanel::updateActions()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_copyAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected && isEditable());
}

bool TablePanel::isEditable() const
{
    return m_model->isEditable();
}

QModelIndex TablePanel::viewIndex(Id id, int column) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, column));
}

void TablePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_columnsFitted)
        fitColumns();
}

void TablePanel::applyColumnWidths()
{
    m_applyingWidths = true;
    const QList<int> fitted
        = fitWidths(m_wantedWidths, m_leastWidths, m_table->viewport()->width());
    for (int column = 0; column < fitted.size(); ++column)
        m_table->setColumnWidth(column, fitted.at(column));
    m_applyingWidths = false;
}

void TablePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!isVisible() || m_sizedByUser)
        return;
    if (!m_columnsFitted)
        fitColumns();
    else
        applyColumnWidths();
}

void TablePanel::copySelected()
{
    const QString text = selectedRowsText();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    const int rows = int(text.count(u'\n')) - 1;
    emit statusMessage(tr("Copied %n row(s).", nullptr, rows));
}

void TablePanel::tableSelectionChanged()
{
    updateActions();
    if (m_followingShared || !m_selection)
        return;
    m_selection->select(m_kind, selectedIds(), this);
}

void TablePanel::sharedSelectionChanged(ProjectSelection::Kind kind, const QList<Id> &ids,
                                        QObject *origin)
{
    if (origin == this)
        return;
    m_followingShared = true;
    showIds(kind == m_kind ? ids : QList<Id>());
    m_followingShared = false;
}

void TablePanel::showIds(const QList<Id> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (Id id : ids) {
        const QModelIndex index = viewIndex(id);
        if (!index.isValid())
            continue;
        selection.select(index, index);
        if (!first.isValid() || index.row() < first.row())
            first = index;
    }
    m_table->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
}

QList<int> fitWidths(const QList<int> &wanted, const QList<int> &least, int available)
{
    const auto total = [&](int cap) {
        int sum = 0;
        for (int i = 0; i < wanted.size(); ++i)
            sum += qMax(least.at(i), qMin(wanted.at(i), cap));
        return sum;
    };
    int high = 0;
    for (int width : wanted)
        high = qMax(high, width);
    // A table not laid out yet keeps the widths of its contents; one too
    // narrow even for its headers gets those, and the user scrolls.
    if (available < 100 || total(high) <= available)
        return wanted;
    if (total(0) > available)
        return least;
    int low = 0; // total(low) <= available < total(high)
    while (high - low > 1) {
        const int middle = (low + high) / 2;
        (total(middle) <= available ? low : high) = middle;
    }
    QList<int> widths;
    for (int i = 0; i < wanted.size(); ++i)
        widths.append(qMax(least.at(i), qMin(wanted.at(i), low)));
    return widths;
}

void TablePanel::fitColumns()
{
    if (!document())
        return;
    m_applyingWidths = true;
    m_table->resizeColumnsToContents();
    m_applyingWidths = false;
    const int widest = m_table->fontMetrics().averageCharWidth() * 40;
    m_wantedWidths.clear();
    m_leastWidths.clear();
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        m_wantedWidths.append(qMin(m_table->columnWidth(column), widest));
        // Its header and some characters of its contents: more of the first,
        // which names the row.
        const QString title = m_proxy->headerData(column, Qt::Horizontal).toString();
        const int header = m_table->horizontalHeader()->fontMetrics().horizontalAdvance(title)
            + m_table->fontMetrics().height();
        const int characters = m_table->fontMetrics().averageCharWidth() * (column == 0 ? 22 : 14);
        m_leastWidths.append(qMin(m_wantedWidths.last(), qMax(header, characters)));
    }
    applyColumnWidths();
    // Fitted for good once there were rows to measure and room to share.
    m_columnsFitted = m_proxy->rowCount() > 0 && m_table->viewport()->width() >= 100;
}

} // namespace Portolan

// The Components and Flows tables driven through their widgets: cell
// editors that refuse bad ports and unknown names, renames seen in both
// tables, deletes, copy and paste as single undo steps, the filter, the
// shared selection, and deleting a component whose flows move elsewhere.

#include "dialogs/componentdeletion.h"
#include "document/projectdocument.h"
#include "project/sample.h"
#include "store/projectstore.h"
#include "tables/componentspanel.h"
#include "tables/componenttablemodel.h"
#include "tables/flowspanel.h"
#include "tables/flowtablemodel.h"
#include "tables/validatinglineedit.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Portolan;
using namespace Qt::StringLiterals;

class TestTables : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<ProjectSelection> m_selection;
    std::unique_ptr<QWidget> m_window;
    FlowsPanel *m_flows = nullptr;
    ComponentsPanel *m_components = nullptr;
    Id m_web = 0, m_database = 0, m_cache = 0, m_monitor = 0;
    Id m_queries = 0, m_sessions = 0, m_ping = 0;

    ProjectStore &store() const { return m_document->store(); }
    QUndoStack *undo() const { return m_document->undoStack(); }
    Id component(const QString &name) const { return store().findComponent(name)->id; }

    // Web, Database, Cache, Monitor; three flows, one with a product.
    static std::unique_ptr<ProjectStore> smallProject(Id *ids)
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        const Id shop = store->addProduct(Product { 0, u"Shop"_s, u"#1f77b4"_s });
        const Id dmz = store->addZone(Zone { 0, u"DMZ"_s, 0, {} });
        Id *next = ids;
        for (const QString &name : { u"Web"_s, u"Database"_s, u"Cache"_s, u"Monitor"_s }) {
            Component component;
            component.name = name;
            component.zoneId = name == u"Web"_s ? dmz : 0;
            *next++ = store->addComponent(component);
        }
        *next++ = store->addFlow(Flow { 0,
                                        shop,
                                        ids[0],
                                        ids[1],
                                        Transport::Tcp,
                                        PortSet::single(5432),
                                        u"Queries"_s,
                                        false,
                                        {} });
        *next++ = store->addFlow(Flow { 0, 0, ids[0], ids[2], Transport::Tcp, PortSet::single(6379),
                                        u"Sessions"_s, true, u"eviction: lru"_s });
        *next++ = store->addFlow(
            Flow { 0, 0, ids[3], ids[0], Transport::Icmp, {}, u"Ping"_s, false, {} });
        return store;
    }

    void open(std::unique_ptr<ProjectStore> store)
    {
        QVERIFY(store);
        m_document = std::make_unique<ProjectDocument>(std::move(store));
        m_selection = std::make_unique<ProjectSelection>();
        m_selection->setDocument(m_document.get());
        m_window = std::make_unique<QWidget>();
        auto *layout = new QHBoxLayout(m_window.get());
        m_flows = new FlowsPanel(m_window.get());
        m_components = new ComponentsPanel(m_window.get());
        layout->addWidget(m_flows, 3);
        layout->addWidget(m_components, 2);
        for (TablePanel *panel :
             { static_cast<TablePanel *>(m_flows), static_cast<TablePanel *>(m_components) }) {
            panel->setDocument(m_document.get());
            panel->setSelection(m_selection.get());
        }
        m_window->resize(1200, 500);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void openSmall()
    {
        Id ids[7] = {};
        open(smallProject(ids));
        std::tie(m_web, m_database, m_cache, m_monitor)
            = std::tuple(ids[0], ids[1], ids[2], ids[3]);
        std::tie(m_queries, m_sessions, m_ping) = std::tuple(ids[4], ids[5], ids[6]);
    }

    void openSample()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY(store && loadSample(*store, u"tko"_s, &error));
        open(std::move(store));
    }

    static QModelIndex cell(TablePanel *panel, Id id, int column)
    {
        auto *model = qobject_cast<RecordTableModel *>(panel->proxyModel()->sourceModel());
        return panel->proxyModel()->mapFromSource(model->index(model->rowOf(id), column));
    }

    // Opens the cell's editor as a double click would, types, commits.
    static QLineEdit *typeInto(TablePanel *panel, const QModelIndex &index, const QString &text,
                               bool commit = true)
    {
        panel->table()->edit(index);
        auto *editor = qobject_cast<QLineEdit *>(panel->table()->indexWidget(index));
        if (!editor)
            return nullptr;
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClicks(editor, text);
        if (commit) {
            QTest::keyClick(editor, Qt::Key_Return);
            QCoreApplication::processEvents(); // the delegate commits queued
        }
        return editor;
    }

    static void press(TablePanel *panel, const QKeySequence &keys)
    {
        // A dialog that was shown may have kept the activation.
        QApplication::setActiveWindow(panel->window());
        panel->table()->setFocus();
        QTest::keySequence(panel->table(), keys);
    }

private slots:
    void cleanup()
    {
        m_window.reset();
        m_selection.reset();
        m_document.reset();
    }

    void badPortsAreRejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("out of range") << u"70000"_s << u"70000"_s;
        QTest::newRow("backwards") << u"5-3"_s << u"5-3"_s;
        QTest::newRow("a word") << u"http"_s << u"http"_s;
    }

    void badPortsAreRejected()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        openSmall();
        const Flow before = *store().flow(m_queries);
        QSignalSpy rejected(m_flows, &TablePanel::editRejected);
        const QModelIndex ports = cell(m_flows, m_queries, FlowTableModel::PortsColumn);
        auto *editor = qobject_cast<ValidatingLineEdit *>(typeInto(m_flows, ports, text, false));
        QVERIFY(editor);
        // Said while typing, before anything is committed.
        QVERIFY2(editor->problem().contains(reason), qPrintable(editor->problem()));
        QCOMPARE(editor->toolTip(), editor->problem());
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(rejected.size(), 1);
        QVERIFY2(rejected[0][0].toString().contains(reason), qPrintable(rejected[0][0].toString()));
        QCOMPARE(*store().flow(m_queries), before);
        QCOMPARE(ports.data().toString(), u"5432"_s);
        QCOMPARE(undo()->count(), 0);
    }

    void goodPortsAreWritten()
    {
        openSmall();
        QSignalSpy rejected(m_flows, &TablePanel::editRejected);
        const QModelIndex ports = cell(m_flows, m_queries, FlowTableModel::PortsColumn);
        auto *editor
            = qobject_cast<ValidatingLineEdit *>(typeInto(m_flows, ports, u"443, 8443"_s, false));
        QVERIFY(editor);
        QCOMPARE(editor->problem(), QString());
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(rejected.size(), 0);
        PortSet expected = PortSet::single(443);
        expected.add(8443);
        QCOMPARE(store().flow(m_queries)->ports, expected);
        QCOMPARE(ports.data().toString(), u"443,8443"_s);
        QCOMPARE(undo()->count(), 1);
    }

    // ICMP takes no ports: choosing it clears them, and only empty ports go.
    void portlessProtocol()
    {
        openSmall();
        const QModelIndex protocol = cell(m_flows, m_queries, FlowTableModel::ProtocolColumn);
        m_flows->table()->edit(protocol);
        auto *combo = qobject_cast<QComboBox *>(m_flows->table()->indexWidget(protocol));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), u"TCP"_s);
        combo->setCurrentIndex(combo->findText(u"ICMP"_s));
        QTest::keyClick(combo, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(store().flow(m_queries)->protocol, Transport::Icmp);
        QVERIFY(store().flow(m_queries)->ports.isEmpty());

        QSignalSpy rejected(m_flows, &TablePanel::editRejected);
        const QModelIndex ports = cell(m_flows, m_queries, FlowTableModel::PortsColumn);
        typeInto(m_flows, ports, u"80"_s);
        QCOMPARE(rejected.size(), 1);
        QVERIFY2(rejected[0][0].toString().contains(u"ICMP"_s),
                 qPrintable(rejected[0][0].toString()));
        QVERIFY(store().flow(m_queries)->ports.isEmpty());
        typeInto(m_flows, ports, QString());
        QCOMPARE(rejected.size(), 1);
    }

    void sourceMustNameAComponent()
    {
        openSmall();
        QSignalSpy rejected(m_flows, &TablePanel::editRejected);
        const QModelIndex source = cell(m_flows, m_ping, FlowTableModel::SourceColumn);
        auto *editor
            = qobject_cast<ValidatingLineEdit *>(typeInto(m_flows, source, u"ach"_s, false));
        QVERIFY(editor);
        // Completion matches inside names, in any case: "ach" → "Cache".
        QCOMPARE(editor->completer()->completionCount(), 1);
        QCOMPARE(editor->completer()->currentCompletion(), u"Cache"_s);
        QVERIFY(editor->problem().contains(u"ach"_s));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(store().flow(m_ping)->sourceId, m_monitor);

        typeInto(m_flows, source, u"cache"_s);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(store().flow(m_ping)->sourceId, m_cache);
        QCOMPARE(source.data().toString(), u"Cache"_s);
    }

    void renameShowsInFlowRows()
    {
        openSmall();
        QSignalSpy flowCells(m_flows->model(), &QAbstractItemModel::dataChanged);
        QSignalSpy resets(m_flows->model(), &QAbstractItemModel::modelReset);
        typeInto(m_components, cell(m_components, m_web, ComponentTableModel::NameColumn),
                 u"Front end"_s);
        QCOMPARE(store().component(m_web)->name, u"Front end"_s);
        QCOMPARE(cell(m_flows, m_queries, FlowTableModel::SourceColumn).data().toString(),
                 u"Front end"_s);
        QCOMPARE(cell(m_flows, m_ping, FlowTableModel::DestinationColumn).data().toString(),
                 u"Front end"_s);
        QCOMPARE(flowCells.size(), 1); // the three rows, source and destination
        QCOMPARE(flowCells[0][0].toModelIndex().column(), int(FlowTableModel::SourceColumn));
        QCOMPARE(flowCells[0][1].toModelIndex().row() - flowCells[0][0].toModelIndex().row(), 2);
        QCOMPARE(resets.size(), 0);

        // A zone renamed elsewhere: the Zone column follows.
        QVERIFY(m_document->renameZone(store().findZone(u"DMZ"_s)->id, u"Edge"_s));
        QCOMPARE(cell(m_components, m_web, ComponentTableModel::ZoneColumn).data().toString(),
                 u"Edge"_s);
    }

    void kindAndZoneChoices()
    {
        openSmall();
        const QModelIndex zone = cell(m_components, m_database, ComponentTableModel::ZoneColumn);
        m_components->table()->edit(zone);
        auto *combo = qobject_cast<QComboBox *>(m_components->table()->indexWidget(zone));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), ComponentTableModel::noZoneText());
        combo->setCurrentIndex(combo->findText(u"DMZ"_s));
        QTest::keyClick(combo, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(store().component(m_database)->zoneId, store().findZone(u"DMZ"_s)->id);

        // Picking from the list is the whole edit.
        const QModelIndex kind = cell(m_components, m_database, ComponentTableModel::KindColumn);
        m_components->table()->edit(kind);
        combo = qobject_cast<QComboBox *>(m_components->table()->indexWidget(kind));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), u"host"_s);
        QTest::keyClick(combo, Qt::Key_Down); // the next kind: appliance
        QCOMPARE(store().component(m_database)->kind, ComponentKind::Appliance);

        const QModelIndex product = cell(m_flows, m_queries, FlowTableModel::ProductColumn);
        m_flows->table()->edit(product);
        combo = qobject_cast<QComboBox *>(m_flows->table()->indexWidget(product));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), u"Shop"_s);
        QCOMPARE(product.data(Qt::DecorationRole).value<QColor>(), QColor(u"#1f77b4"_s));
        combo->setCurrentIndex(combo->findText(FlowTableModel::noProductText()));
        QTest::keyClick(combo, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(store().flow(m_queries)->productId, Id(0));
        QCOMPARE(product.data().toString(), QString());
        QCOMPARE(product.data(Qt::DecorationRole), QVariant());
        QCOMPARE(undo()->count(), 3);
    }

    void deleteFlowsIsOneUndoStep()
    {
        openSample();
        const QList<Flow> before = store().flows();
        const QList<Id> doomed { before[2].id, before[5].id, before[9].id };
        QSignalSpy resets(m_flows->model(), &QAbstractItemModel::modelReset);
        m_flows->selectIds(doomed);
        QCOMPARE(m_selection->ids(ProjectSelection::Kind::Flows), doomed);
        press(m_flows, QKeySequence::Delete);
        QCOMPARE(store().flows().size(), before.size() - 3);
        QCOMPARE(m_flows->model()->rowCount(), before.size() - 3);
        QCOMPARE(undo()->count(), 1);
        QVERIFY(m_selection->isEmpty());
        undo()->undo();
        QCOMPARE(store().flows(), before);
        QCOMPARE(m_flows->model()->rowCount(), before.size());
        QCOMPARE(resets.size(), 0);
    }

    void selectionSurvivesOtherEdits()
    {
        openSample();
        const QList<Flow> flows = store().flows();
        m_flows->selectIds({ flows[20].id });
        QVERIFY(m_document->deleteFlows({ flows[3].id }));
        QCOMPARE(m_flows->selectedIds(), QList<Id> { flows[20].id });
        undo()->undo();
        QCOMPARE(m_flows->selectedIds(), QList<Id> { flows[20].id });
    }

    void copyRows()
    {
        openSmall();
        m_flows->selectIds({ m_queries, m_sessions });
        QGuiApplication::clipboard()->clear();
        press(m_flows, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 u"Product\tSource\tDestination\tProtocol\tPorts\tPurpose\tOptional\tNotes\n"
                 u"Shop\tWeb\tDatabase\tTCP\t5432\tQueries\tno\t\n"
                 u"\tWeb\tCache\tTCP\t6379\tSessions\tyes\teviction: lru\n"_s);
    }

    void pasteRowsIsOneUndoStep()
    {
        openSmall();
        const QList<Flow> flowsBefore = store().flows();
        const QList<Component> componentsBefore = store().components();
        QGuiApplication::clipboard()->setText(u"Web\tDatabase\tTCP\t3306\tReplication\r\n"
                                              u"Web\tQueue\tTCP\t5672\tJobs\r\n"
                                              u"Queue\tDatabase\tTCP\t5432\tWorkers\r\n"_s);
        press(m_flows, QKeySequence::Paste);
        QCOMPARE(store().flows().size(), flowsBefore.size() + 3);
        QCOMPARE(store().components().size(), componentsBefore.size() + 1);
        QVERIFY(store().findComponent(u"Queue"_s));
        QCOMPARE(undo()->count(), 1);
        const QList<Id> pasted = m_document->lastImportedFlows();
        QCOMPARE(pasted.size(), 3);
        QCOMPARE(m_flows->selectedIds(), pasted);
        QCOMPARE(m_selection->ids(ProjectSelection::Kind::Flows), pasted);
        QCOMPARE(store().flow(pasted[1])->purpose, u"Jobs"_s);
        QCOMPARE(store().flow(pasted[1])->productId, Id(0));
        const QList<Flow> flowsAfter = store().flows();
        const QList<Component> componentsAfter = store().components();

        undo()->undo();
        QCOMPARE(store().flows(), flowsBefore);
        QCOMPARE(store().components(), componentsBefore);
        QCOMPARE(m_flows->model()->rowCount(), flowsBefore.size());
        undo()->redo();
        QCOMPARE(store().flows(), flowsAfter);
        QCOMPARE(store().components(), componentsAfter);
    }

    void pasteShowsWhatCannotBePasted()
    {
        openSmall();
        QGuiApplication::clipboard()->setText(u"Web\tDatabase\tTCP\t3306\tReplication\n"
                                              u"Web\tQueue\tTCP\t70000\tJobs\n"_s);
        QString shown;
        const auto answer = [&](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, this, [&shown, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                shown = box->text() + u'\n' + box->informativeText();
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        press(m_flows, QKeySequence::Paste);
        QVERIFY2(shown.contains(u"Row 2"_s) && shown.contains(u"70000"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"1 flow"_s), qPrintable(shown));
        QCOMPARE(undo()->count(), 0);
        QCOMPARE(store().flows().size(), 3);

        answer(QMessageBox::Ok);
        press(m_flows, QKeySequence::Paste);
        QCOMPARE(undo()->count(), 1);
        QCOMPARE(store().flows().size(), 4);
    }

    void filterNarrowsRows()
    {
        openSample();
        const int all = m_flows->proxyModel()->rowCount();
        QTest::keyClicks(m_flows->filterEdit(), u"VCENTER"_s);
        const int shown = m_flows->proxyModel()->rowCount();
        QVERIFY(shown > 0 && shown < all);
        for (int row = 0; row < shown; ++row) {
            bool found = false;
            for (int column = 0; column < FlowTableModel::ColumnCount; ++column)
                found = found
                    || m_flows->proxyModel()
                           ->index(row, column)
                           .data()
                           .toString()
                           .contains(u"vcenter"_s, Qt::CaseInsensitive);
            QVERIFY(found);
        }
        m_flows->filterEdit()->clear();
        QCOMPARE(m_flows->proxyModel()->rowCount(), all);
    }

    void sharedSelectionBothWays()
    {
        openSample();
        QTableView *table = m_flows->table();
        // Table to shared: click a row, control-click another.
        const QRect first = table->visualRect(table->model()->index(1, 2));
        const QRect second = table->visualRect(table->model()->index(4, 2));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, first.center());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, second.center());
        const QList<Id> clicked {
            table->model()->index(1, 0).data(RecordTableModel::IdRole).value<Id>(),
            table->model()->index(4, 0).data(RecordTableModel::IdRole).value<Id>()
        };
        QCOMPARE(m_selection->ids(ProjectSelection::Kind::Flows), clicked);

        // Shared to table: selected, scrolled to, not echoed.
        QSignalSpy echoes(m_selection.get(), &ProjectSelection::changed);
        const Id last = store().flows().constLast().id;
        m_selection->select(ProjectSelection::Kind::Flows, { last });
        QCOMPARE(echoes.size(), 1);
        QCOMPARE(m_flows->selectedIds(), QList<Id> { last });
        QVERIFY(table->viewport()->rect().intersects(
            table->visualRect(cell(m_flows, last, FlowTableModel::SourceColumn))));

        // Components chosen elsewhere: no flow stays selected.
        const Id vcenter = component(u"vCenter Server"_s);
        m_selection->select(ProjectSelection::Kind::Components, { vcenter });
        QCOMPARE(echoes.size(), 2);
        QVERIFY(m_flows->selectedIds().isEmpty());
        QCOMPARE(m_components->selectedIds(), QList<Id> { vcenter });
    }

    void deleteComponentMovingItsFlows()
    {
        openSample();
        const Id doomed = component(u"vCenter Server"_s);
        const Id heir = component(u"ESXi Host"_s);
        const QList<Flow> flowsBefore = store().flows();
        const QList<Component> componentsBefore = store().components();
        const QList<Address> addressesBefore = store().addresses(doomed);
        QVERIFY(m_document->flowCountOf({ doomed }) > 0);

        bool okWithoutTarget = true;
        bool okWithWrongTarget = true;
        QTimer::singleShot(0, this, [&] {
            auto *dialog
                = qobject_cast<ComponentDeletionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QPushButton *ok
                = dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok);
            dialog->findChild<QRadioButton *>(u"moveFlowsChoice"_s)->click();
            okWithoutTarget = ok->isEnabled();
            auto *target = dialog->findChild<QLineEdit *>(u"moveFlowsTarget"_s);
            QTest::keyClicks(target, u"vCenter Server"_s); // the one going
            okWithWrongTarget = ok->isEnabled();
            target->clear();
            QTest::keyClicks(target, u"esxi host"_s);
            ok->click();
        });
        m_components->selectIds({ doomed });
        press(m_components, QKeySequence::Delete);
        QVERIFY(!okWithoutTarget);
        QVERIFY(!okWithWrongTarget);
        QVERIFY(!store().component(doomed));
        QCOMPARE(undo()->count(), 1);
        int moved = 0;
        for (const Flow &flow : flowsBefore) {
            if (flow.sourceId != doomed && flow.destinationId != doomed)
                continue;
            const std::optional<Flow> now = store().flow(flow.id);
            if (!now)
                continue; // would have repeated another flow
            Flow expected = flow;
            expected.sourceId = flow.sourceId == doomed ? heir : flow.sourceId;
            expected.destinationId = flow.destinationId == doomed ? heir : flow.destinationId;
            QCOMPARE(*now, expected);
            ++moved;
        }
        QVERIFY(moved > 0);

        undo()->undo();
        QCOMPARE(store().components(), componentsBefore);
        QCOMPARE(store().flows(), flowsBefore);
        QCOMPARE(store().addresses(doomed), addressesBefore);
    }

    void componentWithoutFlowsGoesAtOnce()
    {
        openSmall();
        m_components->newComponentAction()->trigger();
        const Id added = component(u"New component 1"_s);
        auto *editor = qobject_cast<QLineEdit *>(m_components->table()->indexWidget(
            cell(m_components, added, ComponentTableModel::NameColumn)));
        QVERIFY(editor); // the name is being edited
        QTest::keyClick(editor, Qt::Key_Escape);
        QCOMPARE(m_components->selectedIds(), QList<Id> { added });
        press(m_components, QKeySequence::Delete); // no dialog: it has no flows
        QVERIFY(!store().component(added));
        QCOMPARE(undo()->count(), 2);
    }

    void readOnlyProjects()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shop.portolan"_s);
        QString error;
        {
            auto store = ProjectStore::create(path, &error);
            QVERIFY(store && loadSample(*store, u"tko"_s, &error));
        }
        open(ProjectStore::open(path, ProjectStore::Mode::ReadOnly, &error));
        m_flows->selectIds({ store().flows().constFirst().id });
        QVERIFY(!(cell(m_flows, store().flows().constFirst().id, 4).flags() & Qt::ItemIsEditable));
        QVERIFY(m_flows->copyAction()->isEnabled());
        QVERIFY(!m_flows->deleteAction()->isEnabled());
        QVERIFY(!m_flows->pasteAction()->isEnabled());
        QVERIFY(!m_components->newComponentAction()->isEnabled());
    }
};

QTEST_MAIN(TestTables)
#include "tst_tables.moc"

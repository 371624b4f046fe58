#pragma once
// What the table suites share: a small project (Web, Database, Cache,
// Monitor; three flows) or the TKO sample opened in a document, both panels
// in a window on one shared selection, and helpers that type into a cell
// editor and press keys in a table.

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

class TablesTest : public QObject
{
protected:
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

    // After each test function: the window, the selection, the project.
    void closeAll()
    {
        m_window.reset();
        m_selection.reset();
        m_document.reset();
    }
};

// The Components and Flows tables edited in place through their widgets:
// cell editors that refuse bad ports and unknown names with a reason,
// renames seen in both tables, choices of kind, zone and product, and
// read-only projects.

#include "tablesfixture.h"

class TestTableEditing : public TablesTest
{
    Q_OBJECT

private slots:
    void cleanup() { closeAll(); }

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

QTEST_MAIN(TestTableEditing)
#include "tst_tableediting.moc"

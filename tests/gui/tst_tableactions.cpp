// What the Components and Flows tables do with selected rows: delete, copy
// and paste as single undo steps, the filter, the shared selection, and
// deleting a component whose flows move elsewhere.

#include "tablesfixture.h"

class TestTableActions : public TablesTest
{
    Q_OBJECT

private slots:
    void cleanup() { closeAll(); }

    // Columns as wide as their contents when they fit; else the widest cut
    // to a common width, none below its least; too narrow for even that, the
    // least widths (and the table scrolls); not laid out yet, the contents'.
    void columnsShareTheTablesWidth()
    {
        const QList<int> wanted { 240, 66, 184, 63 };
        const QList<int> least { 130, 60, 80, 63 };
        QCOMPARE(fitWidths(wanted, least, 700), wanted);
        const QList<int> shared = fitWidths(wanted, least, 450);
        QCOMPARE(shared.at(1), 66);
        QCOMPARE(shared.at(3), 63);
        QCOMPARE(shared.at(0), shared.at(2));
        const int sum = shared.at(0) + shared.at(1) + shared.at(2) + shared.at(3);
        QVERIFY2(sum <= 450 && sum > 445, qPrintable(QString::number(sum)));
        QCOMPARE(fitWidths(wanted, least, 300), least);
        QCOMPARE(fitWidths(wanted, least, 60), wanted);
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
};

QTEST_MAIN(TestTableActions)
#include "tst_tableactions.moc"

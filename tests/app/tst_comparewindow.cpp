// Comparing in the window, on the TKO sample: a baseline frozen, the design
// changed (a flow added, one deleted, a component renamed, ports widened);
// View → Compare… lists the change request in the Changes dock as
// makeChangeRequest() counts it, a row's click selects its record, and the
// diagram draws the delta (green; amber, before → after in the tooltip; red
// and dashed where the baseline drew what is gone) until the comparison is
// closed. Two environments of the working design compare as well.
#include "changes/changespanel.h"
#include "changes/comparedialog.h"
#include "compareactions.h"
#include "deltaitems.h"
#include "diagram/deltaoverlay.h"
#include "diagram/diagramitems.h"
#include "diagram/diagrampane.h"
#include "diagram/diagramscene.h"
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "pdfreader.h"
#include "project/revision.h"
#include "project/sample.h"
#include "selection/projectselection.h"
#include "store/projectstore.h"
#include "whenshown.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Portolan;
using namespace Portolan::Testing;
using namespace Qt::StringLiterals;

class TestCompareWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    ProjectDocument *document() const { return m_window->document(); }
    const ProjectSnapshot &project() const { return document()->project(); }
    DiagramScene *scene() const { return m_window->diagram()->scene(); }
    CompareActions *compare() const { return m_window->compare(); }
    ChangesModel *model() const { return compare()->panel()->model(); }
    using Kind = ProjectSelection::Kind;

    void waitForDiagram()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_window->diagram()->isSettled(), 30000);
        QVERIFY(!scene()->componentItems().isEmpty());
    }

    EdgeItem *edgeOf(Id flow) const { return Testing::edgeOf(*scene(), flow); }
    QList<DiagramElementItem *> removedItems() const { return Testing::removedItems(*scene()); }

    // Each group of the dock holds as many rows as the request has changes
    // of its kind, and no group is there without one.
    void compareGroups(const ChangeRequest &expected)
    {
        const auto rows = [this](const QString &key) {
            QStandardItem *group = model()->group(key);
            return group ? group->rowCount() : 0;
        };
        const RuleDeltaCounts rules = countRuleChanges(expected.rules);
        QCOMPARE(rows(u"rules-add"_s), rules.added);
        QCOMPARE(rows(u"rules-remove"_s), rules.removed);
        QCOMPARE(rows(u"rules-modify"_s), rules.modified);
        for (const ChangeSubject subject :
             { ChangeSubject::Product, ChangeSubject::Zone, ChangeSubject::Component,
               ChangeSubject::Flow, ChangeSubject::Environment, ChangeSubject::Prefix,
               ChangeSubject::Address })
            QCOMPARE(rows(changeSubjectKey(subject)), int(expected.design.count(subject)));
        QCOMPARE(model()->differences(),
                 int(expected.rules.size() + expected.design.changes.size()));
        QVERIFY(!expected.isEmpty() && compare()->panel()->emptyState()->isHidden());
    }

    // The row of a change of `subject` to record `id` (invalid if none).
    QModelIndex rowOf(ChangeSubject subject, Id id) const
    {
        QStandardItem *group = model()->group(changeSubjectKey(subject));
        for (int row = 0; group && row < group->rowCount(); ++row) {
            const QModelIndex index = group->child(row)->index();
            const auto target = model()->target(index);
            if (target && !target->rule && target->id == id)
                return index;
        }
        return {};
    }

    void click(const QModelIndex &index)
    {
        QTreeView *tree = compare()->panel()->tree();
        tree->scrollTo(index);
        const QRect row = tree->visualRect(index);
        QVERIFY(tree->viewport()->rect().contains(row.topLeft() + QPoint(12, 2)));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, row.topLeft() + QPoint(12, 2));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PortolanTests"_s);
        QCoreApplication::setApplicationName(u"tst_comparewindow"_s);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".portolan"_s);
        QString error;
        auto created = ProjectStore::create(m_path, &error);
        QVERIFY2(created, qPrintable(error));
        QVERIFY2(loadSample(*created, u"tko"_s, &error), qPrintable(error));
        created.reset();
        m_window = std::make_unique<MainWindow>(nullptr, QStringLiteral(PORTOLAN_BINARY));
        m_window->resize(1500, 950);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(m_path));
        waitForDiagram();
    }

    void cleanup()
    {
        m_window.reset();
        // PORTOLAN_KEEP_COMPARED=DIR keeps each test's project, to look at.
        if (const QString keep = qEnvironmentVariable("PORTOLAN_KEEP_COMPARED"); !keep.isEmpty())
            QFile::copy(m_path, keep + u'/' + QFileInfo(m_path).fileName());
    }

    // Nothing to compare without a baseline and with one environment: the
    // action says so; a baseline makes it available.
    void compareNeedsABaselineOrTwoEnvironments()
    {
        QAction *action = compare()->action();
        QVERIFY(project().baselines.isEmpty() && project().environments.size() <= 1);
        QVERIFY(!action->isEnabled());
        QVERIFY(action->toolTip().contains(u"baseline"_s));
        QVERIFY(document()->createBaseline(u"1.0"_s, {}, u"Tester"_s));
        QVERIFY(action->isEnabled());
        document()->undoStack()->undo();
        QVERIFY(!action->isEnabled());
        QVERIFY(document()->addEnvironment(u"Lab"_s));
        QVERIFY(!action->isEnabled());
        QVERIFY(document()->addEnvironment(u"Prod"_s));
        QVERIFY(action->isEnabled());
    }

    void changesSinceABaseline()
    {
        QVERIFY(document()->createBaseline(u"1.0"_s, {}, u"Tester"_s));
        // The edits: a flow between two components that had none, a flow
        // alone on its edge deleted, a component renamed, ports widened.
        const DiagramEdge lone = [this] {
            for (const DiagramEdge &edge : scene()->diagram().edges) {
                if (edge.flowIds.size() == 1 && edge.sourceId > 0 && edge.targetId > 0)
                    return edge;
            }
            return DiagramEdge();
        }();
        QVERIFY(lone.sourceId);
        const Id deleted = lone.flowIds.constFirst();
        Flow widened;
        for (const Flow &flow : project().flows) {
            if (flow.protocol == Transport::Tcp && !flow.ports.isEmpty() && flow.id != deleted
                && !(flow.sourceId == lone.sourceId && flow.destinationId == lone.targetId)) {
                widened = flow;
                break;
            }
        }
        QVERIFY(widened.id);
        Id from = 0, to = 0;
        for (const Component &a : project().components) {
            for (const Component &b : project().components) {
                if (a.id == b.id || from)
                    continue;
                const bool connected = std::any_of(
                    project().flows.cbegin(), project().flows.cend(), [&](const Flow &flow) {
                        return (flow.sourceId == a.id && flow.destinationId == b.id)
                            || (flow.sourceId == b.id && flow.destinationId == a.id);
                    });
                if (!connected && a.id != widened.sourceId && b.id != widened.destinationId) {
                    from = a.id;
                    to = b.id;
                }
            }
        }
        QVERIFY(from && to);
        Flow added;
        added.sourceId = from;
        added.destinationId = to;
        added.ports = *PortSet::parse(u"8443");
        added.purpose = u"New API"_s;
        const Id addedId = document()->addFlow(added);
        QVERIFY(addedId);
        QVERIFY(document()->deleteFlows({ deleted }));
        const Id renamed = project().components.constLast().id;
        const QString oldName = project().component(renamed)->name;
        QVERIFY(document()->renameComponent(renamed, u"Renamed gateway"_s));
        const QString oldPorts = widened.ports.toString();
        widened.ports = *PortSet::parse(oldPorts + u",9443"_s);
        QVERIFY(document()->updateFlow(widened));
        waitForDiagram();
        QVERIFY(edgeOf(widened.id));
        const QString plainTip = scene()->toolTipOf(edgeOf(widened.id));
        const QColor plainStroke = strokeOf(edgeOf(widened.id)->element());

        // Through the dialog, as the user does.
        bool shown = false;
        whenShown<CompareDialog>(
            [](CompareDialog *dialog) {
                QCOMPARE(dialog->fromBox()->currentText(), u"1.0"_s);
                QCOMPARE(dialog->toBox()->currentData().toString(), workingDesignName());
                QVERIFY(dialog->sameEnvironment()->isChecked());
                QVERIFY(!dialog->acrossEnvironments()->isEnabled()); // one environment
                dialog->accept();
            },
            &shown);
        compare()->action()->trigger();
        QVERIFY(shown);
        QVERIFY(compare()->isComparing() && compare()->dock()->isVisible());
        QCOMPARE(compare()->panel()->title()->text(), u"Changes from 1.0 to the working design"_s);

        QString error;
        const auto baseline = readRevision(document()->store(), u"1.0"_s, &error);
        QVERIFY2(baseline, qPrintable(error));
        const ChangeRequest expected
            = makeChangeRequest({ u"1.0"_s, &baseline->project, 0 },
                                { workingDesignName(), &project(), 0 }, Consolidation::None);
        compareGroups(expected);
        QCOMPARE(expected.design.count(ChangeSubject::Component), 1);
        QCOMPARE(expected.design.count(ChangeSubject::Flow), 3);

        // The renamed component's row says so, and selects it everywhere.
        const QModelIndex renamedRow = rowOf(ChangeSubject::Component, renamed);
        QVERIFY(renamedRow.isValid());
        const QString details = renamedRow.siblingAtColumn(1).data().toString();
        QVERIFY2(details.contains(oldName + u" → Renamed gateway"_s), qPrintable(details));
        click(renamedRow);
        QCOMPARE(m_window->selection()->ids(Kind::Components), QList<Id> { renamed });
        QVERIFY(scene()->componentItem(renamed)->isSelected());
        // A flow's row selects the flow (and so its edge).
        click(rowOf(ChangeSubject::Flow, addedId));
        QCOMPARE(m_window->selection()->ids(Kind::Flows), QList<Id> { addedId });
        // The deleted flow is only a message.
        click(rowOf(ChangeSubject::Flow, deleted));
        QCOMPARE(m_window->selection()->ids(Kind::Flows), QList<Id> { addedId });
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"not in the working design"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));

        // The diagram draws the delta.
        waitForDiagram();
        const DeltaStyle style;
        EdgeItem *addedEdge = edgeOf(addedId);
        EdgeItem *widenedEdge = edgeOf(widened.id);
        QVERIFY(addedEdge && widenedEdge);
        QCOMPARE(strokeOf(addedEdge->element()), style.added);
        QCOMPARE(strokeOf(widenedEdge->element()), style.changed);
        const QString tip = scene()->toolTipOf(widenedEdge);
        QVERIFY2(tip.contains(u"→"_s) && tip.contains(u"9443"_s) && tip.startsWith(plainTip),
                 qPrintable(tip));
        QVERIFY(tip != plainTip);
        // What is gone is drawn red and dashed, found by no lookup.
        QVERIFY(!scene()->edgeItem(lone.sourceId, lone.targetId));
        const QList<DiagramElementItem *> removed = removedItems();
        QVERIFY(!removed.isEmpty());
        QCOMPARE(strokeOf(removed.constFirst()->element()), style.removed);
        QVERIFY(!scene()->toolTipOf(removed.constFirst()).isEmpty());

        // Edits while comparing with the working design are followed.
        QVERIFY(
            document()->renameComponent(project().components.constFirst().id, u"Renamed too"_s));
        QCOMPARE(model()->group(u"component"_s)->rowCount(), 2);
        document()->undoStack()->undo();
        QCOMPARE(model()->group(u"component"_s)->rowCount(), 1);

        // Saved as the command line writes it: the workbook and the PDF
        // read back, with the rename and the widened ports.
        const QString pdf = m_dir.filePath(u"changes.pdf"_s);
        const QString workbook = m_dir.filePath(u"changes.xlsx"_s);
        QVERIFY2(compare()->saveTo(pdf, &error), qPrintable(error));
        QVERIFY2(compare()->saveTo(workbook, &error), qPrintable(error));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"changes.xlsx"_s));
        const QString paper = PdfReader::text(pdf).simplified();
        for (const QString &text :
             { u"Change request · 1.0 → working"_s, oldName + u" → Renamed gateway"_s,
               oldPorts + u" → "_s + widened.ports.toString(), u"Rules to remove"_s,
               u"Sign-off"_s })
            QVERIFY2(paper.contains(text), qPrintable(text + u"\n---\n"_s + paper));
        QVERIFY(QFileInfo(workbook).size() > 0);
        QVERIFY(!compare()->saveTo(m_dir.filePath(u"no/such/dir/c.pdf"_s), &error));
        QVERIFY2(error.contains(u"cannot write"_s), qPrintable(error));

        // Closing draws the diagram as it is.
        compare()->panel()->closeButton()->click();
        QVERIFY(!compare()->isComparing());
        QVERIFY(!compare()->dock()->isVisible());
        waitForDiagram();
        QVERIFY(removedItems().isEmpty());
        QVERIFY(edgeOf(addedId));
        QVERIFY(strokeOf(edgeOf(addedId)->element()) != style.added);
        QCOMPARE(strokeOf(edgeOf(widened.id)->element()), plainStroke);
        QCOMPARE(scene()->toolTipOf(edgeOf(widened.id)), plainTip);
    }

    // A baseline frozen before the project had a drawing is laid out by the
    // worker first; then the delta is drawn.
    void baselineWithoutDrawing()
    {
        const QString path = m_dir.filePath(u"undrawn.portolan"_s);
        QString error;
        auto store = ProjectStore::create(path, &error);
        QVERIFY2(store && loadSample(*store, u"tko"_s, &error), qPrintable(error));
        const auto baseline = freezeBaseline(*store, u"0.9"_s, {}, u"Tester"_s, &error);
        QVERIFY2(baseline && store->addBaseline(*baseline), qPrintable(error));
        QVERIFY(store->drawing().isEmpty());
        store.reset();
        QVERIFY(m_window->openProject(path));
        waitForDiagram();
        const Id renamed = project().components.constFirst().id;
        QVERIFY(document()->renameComponent(renamed, u"Renamed later"_s));
        QVERIFY(compare()->compare({ u"0.9"_s, workingDesignName(), false, 0, 0 }));
        QCOMPARE(model()->group(u"component"_s)->rowCount(), 1);
        const QList<QLabel *> labels = compare()->panel()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->isVisible() && label->text() == u"Laying out 0.9…"_s;
        }));
        QTRY_COMPARE_WITH_TIMEOUT(strokeOf(scene()->componentItem(renamed)->element()),
                                  DeltaStyle().changed, 30000);
    }

    void environmentAgainstEnvironment()
    {
        const Id lab = document()->addEnvironment(u"Lab"_s);
        QVERIFY(lab);
        const Id host = project().components.constFirst().id;
        QVERIFY(document()->setComponentAddresses(lab, host, { u"10.0.0.5"_s }));
        const Id prod = document()->duplicateEnvironment(lab, u"Prod"_s);
        const Id same = document()->duplicateEnvironment(lab, u"Lab copy"_s);
        QVERIFY(prod && same);
        QVERIFY(document()->setComponentAddresses(prod, host, { u"10.1.0.5"_s }));
        QVERIFY(compare()->action()->isEnabled());

        bool shown = false;
        whenShown<CompareDialog>(
            [&](CompareDialog *dialog) {
                QVERIFY(!dialog->sameEnvironment()->isEnabled()); // no baseline
                QVERIFY(dialog->acrossEnvironments()->isChecked());
                dialog->fromEnvironmentBox()->setCurrentIndex(
                    dialog->fromEnvironmentBox()->findData(lab));
                dialog->toEnvironmentBox()->setCurrentIndex(
                    dialog->toEnvironmentBox()->findData(prod));
                dialog->accept();
            },
            &shown);
        compare()->action()->trigger();
        QVERIFY(shown);
        QVERIFY(compare()->isComparing());
        const ChangeRequest expected
            = makeChangeRequest({ workingDesignName(), &project(), lab },
                                { workingDesignName(), &project(), prod }, Consolidation::None);
        compareGroups(expected);
        QCOMPARE(expected.design.count(ChangeSubject::Address), 1);
        const QModelIndex address = rowOf(ChangeSubject::Address, host);
        QVERIFY(address.isValid());
        QVERIFY(address.siblingAtColumn(1).data().toString().contains(u"→"_s));
        click(address);
        QCOMPARE(m_window->selection()->ids(Kind::Components), QList<Id> { host });
        waitForDiagram();
        QCOMPARE(strokeOf(scene()->componentItem(host)->element()), DeltaStyle().changed);

        // The dialog starts from the last choice; the same addresses differ
        // in nothing.
        shown = false;
        whenShown<CompareDialog>(
            [&](CompareDialog *dialog) {
                QVERIFY(dialog->acrossEnvironments()->isChecked());
                QCOMPARE(dialog->fromEnvironmentBox()->currentData().value<Id>(), lab);
                QCOMPARE(dialog->toEnvironmentBox()->currentData().value<Id>(), prod);
                dialog->toEnvironmentBox()->setCurrentIndex(
                    dialog->toEnvironmentBox()->findData(same));
                dialog->accept();
            },
            &shown);
        compare()->action()->trigger();
        QVERIFY(shown);
        QVERIFY(compare()->isComparing());
        QCOMPARE(model()->differences(), 0);
        QVERIFY(compare()->panel()->emptyState()->isVisible());
        QCOMPARE(compare()->panel()->emptyState()->text(),
                 u"No differences between Lab in the working design and Lab copy in the working "
                 u"design"_s);
        compare()->closeComparison();
        waitForDiagram();
        QVERIFY(strokeOf(scene()->componentItem(host)->element()) != DeltaStyle().changed);
    }
};

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"

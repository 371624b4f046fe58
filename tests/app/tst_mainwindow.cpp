// The workspace as a newcomer meets it: the real main window on a copy of
// the TKO sample, driven through its widgets. A component added by
// double-clicking the diagram, two flows drawn from it, a port fixed in the
// table; all undone and redone, and every step on disk at once. Then paste
// from a spreadsheet, rename and see the diagram follow, delete with undo,
// drop a table, and a second window that finds the project in use.

#include "addressplan/addressplanmodel.h"
#include "addressplan/addressplanpanel.h"
#include "addressplan/addresstablepanel.h"
#include "diagram/diagrameditor.h"
#include "diagram/diagramfilterbar.h"
#include "diagram/diagramitems.h"
#include "diagram/diagrampane.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagram/zonegrouping.h"
#include "diagramexportaction.h"
#include "dialogs/componentdeletion.h"
#include "dialogs/flowdialog.h"
#include "document/projectdocument.h"
#include "document/storedump.h"
#include "editactions.h"
#include "environment/currentenvironment.h"
#include "environment/environmentswitcher.h"
#include "export/exportdiagramdialog.h"
#include "fileactions.h"
#include "import/importpreviewdialog.h"
#include "inspector/inspector.h"
#include "mainwindow.h"
#include "project/sample.h"
#include "recentfiles.h"
#include "rulesexportaction.h"
#include "selection/projectselection.h"
#include "tables/componentspanel.h"
#include "tables/flowspanel.h"
#include "tables/flowtablemodel.h"
#include "workspacedocks.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

using namespace Portolan;
using namespace Portolan::Testing;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    ProjectDocument *document() const { return m_window->document(); }
    ProjectStore &store() const { return document()->store(); }
    Id component(const QString &name) const { return store().findComponent(name)->id; }
    DiagramScene *scene() const { return m_window->diagram()->scene(); }
    DiagramView *view() const { return m_window->diagram()->view(); }
    QWidget *viewport() const { return view()->viewport(); }
    QUndoStack *undo() const { return document()->undoStack(); }

    // Waits until the newest layout is on screen.
    void waitForDiagram()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_window->diagram()->isSettled(), 30000);
        QVERIFY(!scene()->componentItems().isEmpty());
    }

    QPoint onScreen(Id id) const
    {
        return view()->mapFromScene(scene()->componentItem(id)->box().center());
    }

    QPoint emptySpot() const
    {
        for (int y = 20; y < viewport()->height(); y += 9) {
            for (int x = 20; x < viewport()->width(); x += 9) {
                if (view()->items(QRect(x - 12, y - 12, 24, 24)).isEmpty())
                    return { x, y };
            }
        }
        return {};
    }

    // Drags from one component to another, as the user draws a flow.
    void drawFlow(Id from, Id to, Qt::KeyboardModifiers modifiers)
    {
        const QPoint start = onScreen(from);
        const QPoint end = onScreen(to);
        QTest::mousePress(viewport(), Qt::LeftButton, modifiers, start);
        QTest::mouseMove(viewport(), (start + end) / 2);
        QTest::mouseMove(viewport(), end);
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, end);
    }

    // The flow dialog the drag opened: ports typed, protocol chosen, Add.
    void fillFlowDialog(const QString &ports, const QString &protocol)
    {
        FlowDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<FlowDialog *>()) && dialog->isVisible());
        auto *protocolBox = dialog->findChild<QComboBox *>(u"protocol"_s);
        protocolBox->setCurrentIndex(protocolBox->findText(protocol));
        QTest::keyClicks(dialog->portsEdit(), ports);
        QTest::keyClick(dialog->portsEdit(), Qt::Key_Return);
        QTRY_VERIFY(!m_window->findChild<FlowDialog *>());
    }

    QList<Flow> flowsBetween(Id from, Id to) const
    {
        QList<Flow> found;
        for (const Flow &flow : store().flows()) {
            if (flow.sourceId == from && flow.destinationId == to)
                found.append(flow);
        }
        return found;
    }

    QTableView *table(TablePanel *panel) const { return panel->table(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PortolanTests"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
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

    void cleanup() { m_window.reset(); }

    // The filter bar above the diagram narrows the Flows table to the flows
    // it lets through, and clearing it brings every row back.
    void filterBarNarrowsTheFlowsTable()
    {
        FlowsPanel *flows = m_window->docks()->flows();
        const int all = flows->proxyModel()->rowCount();
        QCOMPARE(all, store().flows().size());
        QTest::keyClicks(m_window->diagram()->filterBar()->textField(), u"514"_s);
        int expected = 0;
        for (const Flow &flow : store().flows())
            expected += flow.ports.contains(514);
        QVERIFY(expected > 0 && expected < all);
        QTRY_COMPARE(flows->proxyModel()->rowCount(), expected);
        for (int row = 0; row < expected; ++row) {
            const QModelIndex ports = flows->proxyModel()->index(row, FlowTableModel::PortsColumn);
            QVERIFY2(ports.data().toString().contains(u"514"_s),
                     qPrintable(ports.data().toString()));
        }
        m_window->diagram()->filterBar()->clear();
        QTRY_COMPARE(flows->proxyModel()->rowCount(), all);
    }

    // Without a project, only what needs none can be chosen: every other
    // action in the menus and tool bars is greyed out, and comes back with
    // a project.
    void actionsWaitForAProject()
    {
        m_window.reset(); // the project is opened here
        QSettings().clear(); // no recent projects
        MainWindow fresh(nullptr, QStringLiteral(PORTOLAN_BINARY));
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        // Every action shown somewhere, but the docks' and tool bars'
        // own show/hide toggles.
        const auto enabledActions = [&fresh] {
            QStringList names;
            for (QAction *action : fresh.findChildren<QAction *>()) {
                if (action->isSeparator() || action->menu() || action->text().isEmpty()
                    || !action->isEnabled() || action->associatedObjects().isEmpty()
                    || qobject_cast<QDockWidget *>(action->parent())
                    || qobject_cast<QToolBar *>(action->parent()))
                    continue;
                names << QString(action->text()).remove(u'&');
            }
            names.sort();
            return names;
        };
        const QStringList free = { u"About Portolan"_s,
                                   u"About Qt"_s,
                                   u"Keyboard Shortcuts"_s,
                                   u"New…"_s,
                                   u"Open…"_s,
                                   u"Preferences…"_s,
                                   u"Problems Only"_s, // how the address plan lists, kept
                                   u"Quit"_s,
                                   u"User Guide"_s,
                                   u"VMware Tanzu for Kubernetes Operations: network ports"_s };
        QCOMPARE(enabledActions(), free);
        QVERIFY(fresh.openProject(m_path));
        const QStringList open = enabledActions();
        for (const QString &name : { u"Copy"_s, u"Delete"_s, u"Draw Flows"_s, u"Find"_s, u"Focus"_s,
                                     u"New Component"_s, u"New Flow…"_s })
            QVERIFY2(open.contains(name), qPrintable(name));
    }

    void newcomerDrawsUndoesAndRedoes()
    {
        const QStringList before = dump(store());
        QVERIFY(m_window->windowTitle().startsWith(document()->displayName()));

        // A component where the user double-clicks, its name typed at once.
        const QPoint spot = emptySpot();
        QVERIFY(!spot.isNull());
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, spot);
        QTRY_COMPARE(store().counts().components, 27);
        const Component added = store().components().constLast();
        QVERIFY(added.pinned);
        QVERIFY(QLineF(*added.position, view()->mapToScene(spot)).length() < 2);
        auto *name = m_window->docks()->inspector()->findChild<QLineEdit *>(u"componentName"_s);
        QVERIFY(name && name->isVisible());
        QTRY_VERIFY(name->hasFocus());
        name->selectAll();
        QTest::keyClicks(name, u"Registry Mirror"_s);
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(store().component(added.id)->name, u"Registry Mirror"_s);
        waitForDiagram();

        // Two flows drawn from it: with Shift, then in Draw Flows mode.
        drawFlow(added.id, component(u"vCenter Server"_s), Qt::ShiftModifier);
        fillFlowDialog(u"443"_s, u"TCP"_s);
        QCOMPARE(flowsBetween(added.id, component(u"vCenter Server"_s)).size(), 1);
        waitForDiagram();
        m_window->diagramEditor()->connectAction()->trigger();
        drawFlow(added.id, component(u"NTP Server"_s), Qt::NoModifier);
        fillFlowDialog(u"123"_s, u"UDP"_s);
        m_window->diagramEditor()->connectAction()->trigger();
        const QList<Flow> ntp = flowsBetween(added.id, component(u"NTP Server"_s));
        QCOMPARE(ntp.size(), 1);
        QCOMPARE(ntp.constFirst().protocol, Transport::Udp);

        // A port fixed in the flows table.
        FlowsPanel *flows = m_window->docks()->flows();
        const Id vcenterFlow = flowsBetween(added.id, component(u"vCenter Server"_s))[0].id;
        flows->selectIds({ vcenterFlow });
        const QModelIndex cell
            = table(flows)->currentIndex().siblingAtColumn(FlowTableModel::PortsColumn);
        QVERIFY(cell.isValid());
        table(flows)->setFocus();
        table(flows)->edit(cell);
        auto *editor = table(flows)->findChild<QLineEdit *>(u"portsEditor"_s);
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"8443"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(store().flow(vcenterFlow)->ports.toString(), u"8443"_s);

        // Each step was on disk when it returned: another connection sees it.
        const QStringList after = dump(store());
        {
            QString error;
            auto reader = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly, &error);
            QVERIFY2(reader, qPrintable(error));
            QCOMPARE(dump(*reader), after);
        }

        // Undo all of it from the Edit menu's action, then redo it.
        QCOMPARE(undo()->count(), 5); // add, rename, two flows, port
        QAction *undoAction = m_window->findChild<QAction *>(u"undoAction"_s);
        QAction *redoAction = m_window->findChild<QAction *>(u"redoAction"_s);
        while (undoAction->isEnabled())
            undoAction->trigger();
        QCOMPARE(dump(store()), before);
        while (redoAction->isEnabled())
            redoAction->trigger();
        QCOMPARE(dump(store()), after);
        waitForDiagram();
        QVERIFY(scene()->componentItem(added.id));
    }

    // Double-clicked on empty space inside a zone's frame, the new component
    // belongs to that zone and stays where it was put, inside the frame (it
    // used to be added with no zone and moved out of the frame).
    void doubleClickInAZoneAddsToIt()
    {
        const DiagramZone *tkg = nullptr;
        for (const DiagramZone &zone : scene()->diagram().zones) {
            if (zone.name == u"Tanzu Kubernetes Grid"_s)
                tkg = &zone;
        }
        QVERIFY(tkg);
        const Id zoneId = tkg->id;
        const QRect frame = view()->mapFromScene(tkg->box).boundingRect();
        // A spot in the frame with nothing but zones under it.
        QPoint spot;
        for (int y = frame.top() + 30; y < frame.bottom() - 12 && spot.isNull(); y += 6) {
            for (int x = frame.left() + 12; x < frame.right() - 12 && spot.isNull(); x += 6) {
                const QList<QGraphicsItem *> under = view()->items(QRect(x - 10, y - 10, 20, 20));
                const bool onlyZones = std::all_of(under.cbegin(), under.cend(), [](auto *item) {
                    const auto *element = dynamic_cast<const DiagramElementItem *>(item);
                    return element && element->role() == DisplayElement::Role::Zone;
                });
                if (onlyZones && scene()->zoneAt(view()->mapToScene(QPoint(x, y))) == zoneId)
                    spot = QPoint(x, y);
            }
        }
        QVERIFY2(!spot.isNull(), "no empty spot inside the frame");
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, spot);
        QTRY_COMPARE(store().counts().components, 27);
        const Component added = store().components().constLast();
        QCOMPARE(added.zoneId, zoneId);
        QVERIFY(added.pinned);
        QVERIFY(QLineF(*added.position, view()->mapToScene(spot)).length() < 2);
        waitForDiagram();
        const QRectF box = scene()->componentItem(added.id)->box();
        for (const DiagramZone &zone : scene()->diagram().zones) {
            if (zone.id == zoneId)
                QVERIFY2(zone.box.contains(box), "the new component left its zone's frame");
        }
        // Where it was put, or beside it if a neighbour is too near.
        QVERIFY(QLineF(box.center(), *added.position).length() < box.width());
        // One undo step takes it away again.
        undo()->undo();
        QTRY_COMPARE(store().counts().components, 26);
    }

    void pastingSpreadsheetRowsIsOneStep()
    {
        const int flowsBefore = store().counts().flows;
        QGuiApplication::clipboard()->setText(
            u"Bootstrap Machine\tHarbor\tTCP\t443\tImage pulls\r\n"
            u"Bootstrap Machine\tSyslog\tUDP\t514\tLogs\r\n"
            u"Build Agent\tHarbor\tTCP\t443\tImage pushes\r\n"_s);
        FlowsPanel *flows = m_window->docks()->flows();
        table(flows)->setFocus();
        QTest::keyClick(table(flows), Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(store().counts().flows, flowsBefore + 3);
        QVERIFY(store().findComponent(u"Build Agent"_s));
        QCOMPARE(undo()->count(), 1);
        QCOMPARE(flows->selectedIds().size(), 3);
        undo()->undo();
        QCOMPARE(store().counts().flows, flowsBefore);
        QVERIFY(!store().findComponent(u"Build Agent"_s));
    }

    void renamingInTheTableRelabelsTheDiagram()
    {
        ComponentsPanel *components = m_window->docks()->components();
        const Id syslog = component(u"Syslog"_s);
        components->selectIds({ syslog });
        // The shared selection reaches the diagram and the inspector.
        QCOMPARE(scene()->selectedComponentIds(), QList<Id> { syslog });
        const QModelIndex cell = table(components)->currentIndex().siblingAtColumn(0);
        table(components)->setFocus();
        table(components)->edit(cell);
        auto *editor = table(components)->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"Syslog Collector"_s);
        QTest::keyClick(editor, Qt::Key_Return); // the table commits on its next turn
        QTRY_COMPARE(store().component(syslog)->name, u"Syslog Collector"_s);
        waitForDiagram();
        QVERIFY(scene()->toolTipOf(scene()->componentItem(syslog)).contains(u"Syslog Collector"_s));
        // Still selected after the relayout.
        QCOMPARE(scene()->selectedComponentIds(), QList<Id> { syslog });
    }

    // The walk-through: Lab and Prod, zone prefixes, every component
    // filled in one click, mistakes flagged, addresses on the diagram.
    void addressPlanFromEnvironmentToDiagram()
    {
        EnvironmentSwitcher *environments = m_window->environments();
        AddressPlanPanel *plan = m_window->docks()->addressPlan();
        QAction *showAddresses = m_window->diagramEditor()->showAddressesAction();
        QVERIFY(!showAddresses->isEnabled()); // no environment yet
        QVERIFY(environments->addEnvironment(u"Lab"_s));
        QVERIFY(showAddresses->isEnabled());
        const Id lab = m_window->environment()->id();
        int octet = 0;
        for (const Zone &zone : document()->project().zones) {
            if (zone.name == u"VMware SaaS"_s)
                continue; // names, not addresses
            ZonePrefix prefix { 0, lab, zone.id, u"10.0.%1.0/24"_s.arg(++octet), {}, {}, {} };
            QVERIFY2(document()->setZonePrefix(prefix), qPrintable(document()->errorString()));
        }
        QVERIFY(plan->addresses()->allocate());
        QVERIFY(document()->setComponentAddresses(lab, component(u"Tanzu Mission Control"_s),
                                                  { u"tmc.example.com"_s }));
        const QString syslog
            = document()->project().addressesOf(component(u"Syslog"_s), lab).first().value;
        // Mistakes on purpose: a duplicate, an address outside its zone.
        QVERIFY(document()->setComponentAddresses(lab, component(u"NTP Server"_s), { syslog }));
        QVERIFY(
            document()->setComponentAddresses(lab, component(u"Harbor"_s), { u"192.168.9.9"_s }));
        AddressPlanModel *model = plan->addresses()->model();
        QCOMPARE(model->status(component(u"NTP Server"_s)), AddressPlanModel::Error);
        QCOMPARE(model->status(component(u"Harbor"_s)), AddressPlanModel::Warning);
        QCOMPARE(model->status(component(u"vCenter Server"_s)), AddressPlanModel::Fine);

        // File → Export Firewall Rules writes what portolan rules writes.
        QVERIFY(m_window->rulesExport()->action()->isEnabled());
        const QString csv = m_dir.filePath(u"lab-rules.csv"_s);
        QSignalSpy exported(m_window->rulesExport(), &RulesExportAction::message);
        QVERIFY(m_window->rulesExport()->exportTo(csv, Consolidation::None));
        QVERIFY2(exported.last().first().toString().startsWith(u"Wrote 33 rule(s) of Lab"_s),
                 qPrintable(exported.last().first().toString()));
        QFile rules(csv);
        QVERIFY(rules.open(QIODevice::ReadOnly));
        QVERIFY(rules.readAll().contains(u",%1,"_s.arg(syslog).toUtf8()));
        const QString workbook = m_dir.filePath(u"lab-rules.xlsx"_s);
        QVERIFY(m_window->rulesExport()->exportTo(workbook, Consolidation::Ports));
        QVERIFY(QFileInfo(workbook).size() > 0);

        // The diagram draws the addresses once asked to.
        showAddresses->setChecked(true);
        waitForDiagram();
        const QString vcenter
            = document()->project().addressesOf(component(u"vCenter Server"_s), lab).first().value;
        QVERIFY(scene()
                    ->toolTipOf(scene()->componentItem(component(u"vCenter Server"_s)))
                    .contains(u"Lab: %1"_s.arg(vcenter)));

        // Prod starts as a copy; switching shows its plan.
        QVERIFY(environments->duplicateCurrent(u"Prod"_s));
        QCOMPARE(environments->comboBox()->currentText(), u"Prod"_s);
        QCOMPARE(model->environment(), m_window->environment()->id());
        QVERIFY(plan->summary()->text().contains(u"Prod"_s));
        waitForDiagram();

        // Opened again, the project comes back in the environment last used.
        QVERIFY(m_window->openProject(m_path));
        waitForDiagram();
        QCOMPARE(m_window->environment()->name(), u"Prod"_s);
        QCOMPARE(environments->comboBox()->currentText(), u"Prod"_s);
    }

    void deletingWithUndoRestoresTheFlows()
    {
        const QStringList before = dump(store());
        const Id avi = component(u"Avi Controller"_s);
        const int flowsBefore = store().counts().flows;
        QVERIFY(document()->flowCountOf({ avi }) > 5);
        // Picked on the diagram, deleted with the Delete key there.
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, onScreen(avi));
        QCOMPARE(m_window->selection()->ids(ProjectSelection::Kind::Components), QList<Id> { avi });
        bool answered = false;
        QTimer::singleShot(0, this, [&answered] {
            auto *dialog
                = qobject_cast<ComponentDeletionDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QRadioButton *>(u"deleteFlowsChoice"_s)->setChecked(true);
            dialog->findChild<QDialogButtonBox *>(u"buttons"_s)
                ->button(QDialogButtonBox::Ok)
                ->click();
            answered = true;
        });
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Delete);
        QVERIFY(answered);
        QVERIFY(!store().component(avi));
        QVERIFY(store().counts().flows < flowsBefore);
        QCOMPARE(undo()->count(), 1);
        // The dialog had the focus; the user is back in the window.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(dump(store()), before);
        waitForDiagram();
        QVERIFY(scene()->componentItem(avi));
    }

    void mergingTwoComponentsKeepsTheirFlows()
    {
        const QStringList before = dump(store());
        const Id dns = component(u"DNS Server"_s);
        const Id domain = component(u"Domain Name Server"_s);
        const int flows = document()->flowCountOf({ dns, domain });
        m_window->docks()->components()->selectIds({ dns, domain });
        QAction *merge = m_window->diagramEditor()->mergeAction();
        QVERIFY(merge->isEnabled());
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->setTextValue(u"Domain Name Server"_s);
            dialog->accept();
        });
        merge->trigger();
        QVERIFY(!store().component(dns));
        // Flows that became the same flow are kept once.
        QVERIFY(document()->flowCountOf({ domain }) <= flows);
        QVERIFY(document()->flowCountOf({ domain }) >= flows / 2);
        QCOMPARE(m_window->selection()->ids(ProjectSelection::Kind::Components),
                 QList<Id> { domain });
        QCOMPARE(undo()->text(0), u"Merge “DNS Server” into “Domain Name Server”"_s);
        undo()->undo();
        QCOMPARE(dump(store()), before);
    }

    void selectingAFlowShowsItEverywhere()
    {
        FlowsPanel *flows = m_window->docks()->flows();
        const Flow flow
            = flowsBetween(component(u"Avi Controller"_s), component(u"vCenter Server"_s))
                  .constFirst();
        flows->selectIds({ flow.id });
        QCOMPARE(m_window->selection()->ids(ProjectSelection::Kind::Flows), QList<Id> { flow.id });
        // The Avi Controller reaches all of vSphere on TCP 443: one edge to
        // the zone's frame carries the flow.
        const Id vsphere = zoneEnd(store().findZone(u"vSphere infrastructure"_s)->id);
        QCOMPARE(scene()->selectedPairs(), (QList<QPair<Id, Id>> { { flow.sourceId, vsphere } }));
        QVERIFY(scene()->edgeItem(flow.sourceId, vsphere)->isHighlighted());
        auto *ports = m_window->docks()->inspector()->findChild<QLineEdit *>(u"flowPorts"_s);
        QVERIFY(ports && ports->isVisible());
        QCOMPARE(ports->text(), flow.ports.toString());
        // And back: a component clicked on the diagram selects its row.
        const Id esxi = component(u"ESXi Host"_s);
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, onScreen(esxi));
        ComponentsPanel *components = m_window->docks()->components();
        QCOMPARE(components->selectedIds(), QList<Id> { esxi });
    }

    void droppedTableIsPreviewedThenImported()
    {
        const QString table = m_dir.filePath(u"extra.md"_s);
        QFile file(table);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("| Source | Destination | Protocol | Port | Purpose |\n"
                   "| --- | --- | --- | --- | --- |\n"
                   "| Bootstrap Machine | Harbor | TCP | 443 | Image pulls |\n");
        file.close();
        auto *mime = new QMimeData;
        mime->setUrls({ QUrl::fromLocalFile(table) });
        const QPoint centre = m_window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(centre, Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &drop);
        ImportPreviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ImportPreviewDialog *>()));
        const int flowsBefore = store().counts().flows;
        QCOMPARE(store().counts().flows, flowsBefore); // nothing before Import
        dialog->findChild<QPushButton *>(u"import"_s)->click();
        QCOMPARE(store().counts().flows, flowsBefore + 1);
        QCOMPARE(undo()->count(), 1);
        delete mime;
    }

    // One drawing everywhere: a component dragged in the window is where a
    // read-only second window draws it, File → Export Diagram's JSON is the
    // very file `portolan export` writes, and undo brings the component back.
    void oneDrawingInTheWindowTheExportAndASecondWindow()
    {
        const Id avi = component(u"Avi Controller"_s);
        const QRectF before = scene()->componentItem(avi)->box();
        const QPoint from = onScreen(avi);
        const QPoint to = from + QPoint(0, 40);
        QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport(), from + QPoint(0, 20));
        QTest::mouseMove(viewport(), to);
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
        waitForDiagram();
        const QRectF dropped = scene()->componentItem(avi)->box();
        QVERIFY2(dropped.center().y() > before.center().y() + 10,
                 qPrintable(u"%1 → %2"_s.arg(before.center().y()).arg(dropped.center().y())));

        const QString windowJson = m_dir.filePath(u"window.json"_s);
        // File → Export Diagram… (Ctrl+E), its choices left as the window's.
        const auto exportAs = [this](const QString &path) {
            QAction *action = m_window->diagramExport()->action();
            QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+E"_s));
            action->trigger();
            ExportDiagramDialog *dialog = nullptr;
            for (auto *open : m_window->findChildren<ExportDiagramDialog *>()) {
                if (open->isVisible())
                    dialog = open;
            }
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(u"filePath"_s)->setText(path);
            dialog->findChild<QPushButton *>(u"exportButton"_s)->click();
            QVERIFY(m_window->statusBar()->currentMessage().startsWith(u"Exported the diagram"_s));
        };
        exportAs(windowJson);
        QTRY_VERIFY(QFileInfo::exists(windowJson));
        // The window's diagram leaves tooltips until one is shown; its SVG
        // still has every component's, as the command line's does.
        const QString windowSvg = m_dir.filePath(u"window.svg"_s);
        exportAs(windowSvg);
        QTRY_VERIFY(QFileInfo::exists(windowSvg));
        QFile svg(windowSvg);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString svgText = QString::fromUtf8(svg.readAll());
        QVERIFY(svgText.contains(u"<title>Avi Controller\n"_s));
        QVERIFY(
            svgText.contains(u"→ Syslog · NSX Advanced Load Balancer · TCP 514 · Log Export"_s));

        const QString cliJson = m_dir.filePath(u"cli.json"_s);
        QProcess cli;
        cli.start(QStringLiteral(PORTOLAN_BINARY),
                  { u"export"_s, m_path, u"--diagram"_s, cliJson });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QFile a(windowJson), b(cliJson);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray windowBytes = a.readAll();
        QVERIFY(windowBytes.contains("Avi Controller"));
        QCOMPARE(windowBytes, b.readAll());

        MainWindow second(nullptr, QStringLiteral(PORTOLAN_BINARY));
        second.show();
        QVERIFY(second.openProject(m_path));
        QTRY_VERIFY_WITH_TIMEOUT(second.diagram()->isSettled(), 30000);
        for (const auto *item : scene()->componentItems()) {
            const auto *other = second.diagram()->scene()->componentItem(item->componentId());
            QVERIFY(other);
            QCOMPARE(other->box(), item->box());
        }

        undo()->undo();
        waitForDiagram();
        QCOMPARE(scene()->componentItem(avi)->box(), before);
    }

    void aProjectInUseOpensReadOnlyElsewhere()
    {
        MainWindow second(nullptr, QStringLiteral(PORTOLAN_BINARY));
        second.show();
        QVERIFY(second.openProject(m_path));
        QVERIFY(second.document()->isReadOnly());
        QVERIFY(second.windowTitle().contains(u"read-only"_s));
        auto *bar = second.findChild<QLabel *>(u"readOnlyBar"_s);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->text().contains(u"another Portolan window"_s));
        QVERIFY(!second.diagramEditor()->newComponentAction()->isEnabled());
        // The first window still edits, and the project is in the recent list.
        QVERIFY(!document()->isReadOnly());
        QCOMPARE(m_window->fileActions()->recentFiles()->files().value(0),
                 QFileInfo(m_path).absoluteFilePath());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

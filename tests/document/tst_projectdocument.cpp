// The document layer: every operation is one undo step that writes the file
// at once; undo brings back exactly what was there (the file compared field
// by field, ids included), redo brings back the same ids; edits of one field
// merge; the snapshot stays equal to the file; failures leave no step.

#include "document/projectdocument.h"
#include "project/sample.h"
#include "storedump.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Portolan;
using namespace Portolan::Testing;
using namespace Qt::StringLiterals;

using Operation = std::function<bool(ProjectDocument &)>;
Q_DECLARE_METATYPE(Operation)

class TestProjectDocument : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectDocument> m_document;

    ProjectStore &store() { return m_document->store(); }
    Id component(const QString &name) { return store().findComponent(name)->id; }
    Id zone(const QString &name) { return store().findZone(name)->id; }
    Id product(const QString &name) { return store().findProduct(name)->id; }
    Flow flowBetween(const QString &from, const QString &to)
    {
        for (const Flow &flow : store().flows()) {
            if (flow.sourceId == component(from) && flow.destinationId == component(to))
                return flow;
        }
        return {};
    }
    QList<Id> flowsOf(Id id)
    {
        QList<Id> ids;
        for (const Flow &flow : store().flows()) {
            if (flow.sourceId == id || flow.destinationId == id)
                ids.append(flow.id);
        }
        return ids;
    }
    // The snapshot the views read must always be what the file holds.
    void checkSnapshot() { QCOMPARE(dump(m_document->project()), designOf(store())); }

    // Gives a component and a zone something per environment, so deleting
    // them has more to restore than their own row.
    static void addAddressesAndPrefixes(ProjectStore &store)
    {
        const Id lab = store.addEnvironment({ 0, u"Lab"_s });
        QVERIFY(lab);
        QVERIFY(store.addAddress(
            { 0, lab, store.findComponent(u"Avi Controller"_s)->id, u"ipv4"_s, u"10.0.0.5"_s }));
        QVERIFY(store.addZonePrefix({ 0, lab, store.findZone(u"Shared services"_s)->id,
                                      u"10.1.0.0/24"_s, 42, u"10.1.0.1"_s, u"services"_s }));
    }

private slots:
    void init()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(loadSample(*store, u"tko"_s, &error), qPrintable(error));
        addAddressesAndPrefixes(*store);
        m_document = std::make_unique<ProjectDocument>(std::move(store));
    }

    void cleanup() { m_document.reset(); }

    void redoUndoRedo_data()
    {
        QTest::addColumn<Operation>("operation");
        const auto row
            = [](const char *name, Operation operation) { QTest::newRow(name) << operation; };
        row("add component", [](ProjectDocument &d) {
            Component c;
            c.name = u"Gitea"_s;
            c.position = QPointF(120, 80);
            return d.addComponent(c) != 0;
        });
        row("rename component", [this](ProjectDocument &d) {
            return d.renameComponent(component(u"vCenter Server"_s), u"vCenter 8"_s);
        });
        row("kind", [this](ProjectDocument &d) {
            return d.setComponentKind(component(u"NTP Server"_s), ComponentKind::Appliance);
        });
        row("notes", [this](ProjectDocument &d) {
            return d.setComponentNotes(component(u"NTP Server"_s), u"two of them"_s);
        });
        row("move to zone", [this](ProjectDocument &d) {
            return d.moveComponentsToZone({ component(u"NTP Server"_s), component(u"Syslog"_s) },
                                          zone(u"VMware SaaS"_s));
        });
        row("place", [this](ProjectDocument &d) {
            return d.placeComponents({ { component(u"Syslog"_s), QPointF(10, 20) } });
        });
        row("delete component and flows", [this](ProjectDocument &d) {
            return d.deleteComponents({ component(u"Avi Controller"_s) });
        });
        row("delete components, flows moved", [this](ProjectDocument &d) {
            return d.deleteComponents({ component(u"DNS Server"_s) },
                                      component(u"Domain Name Server"_s));
        });
        row("merge", [this](ProjectDocument &d) {
            return d.mergeComponents(component(u"Avi Controller"_s),
                                     { component(u"Avi Service Engine"_s) });
        });
        row("add flow", [this](ProjectDocument &d) {
            Flow f;
            f.sourceId = component(u"Bootstrap Machine"_s);
            f.destinationId = component(u"vCenter Server"_s);
            f.ports = PortSet::parse(u"443"_s).value();
            return d.addFlow(f) != 0;
        });
        row("edit flow", [this](ProjectDocument &d) {
            Flow f = flowBetween(u"Avi Controller"_s, u"vCenter Server"_s);
            f.ports = PortSet::parse(u"443,8443"_s).value();
            f.purpose = u"vCenter API"_s;
            return d.updateFlow(f);
        });
        row("delete flows", [this](ProjectDocument &d) {
            return d.deleteFlows(flowsOf(component(u"NTP Server"_s)));
        });
        row("zone: add, delete with members and prefixes", [this](ProjectDocument &d) {
            const Id nested = d.addZone({ 0, u"Nested"_s, zone(u"Shared services"_s), {} });
            return nested && d.deleteZone(zone(u"Shared services"_s));
        });
        row("product delete", [this](ProjectDocument &d) {
            return d.deleteProduct(product(u"NSX Advanced Load Balancer"_s));
        });
        row("product colour", [this](ProjectDocument &d) {
            return d.setProductColor(product(u"NSX Advanced Load Balancer"_s), u"#123456"_s);
        });
        row("environment: add and rename", [](ProjectDocument &d) {
            const Id prod = d.addEnvironment(u"Prod"_s);
            return prod && d.renameEnvironment(prod, u"Production"_s);
        });
        row("environment: duplicate with its plan", [this](ProjectDocument &d) {
            return d.duplicateEnvironment(store().environments().constFirst().id, u"Prod"_s) != 0;
        });
        row("environment: delete with its plan", [this](ProjectDocument &d) {
            return d.deleteEnvironment(store().environments().constFirst().id);
        });
        row("zone prefix: add, then change", [this](ProjectDocument &d) {
            const Id lab = store().environments().constFirst().id;
            ZonePrefix prefix {
                0,       lab, zone(u"Tanzu Kubernetes Grid"_s), u"10.2.0.0/16"_s, 7, u"10.2.0.1"_s,
                u"tkg"_s
            };
            prefix.id = d.setZonePrefix(prefix);
            prefix.gateway = u"10.2.255.254"_s;
            return prefix.id && d.setZonePrefix(prefix) == prefix.id;
        });
        row("zone prefix: delete", [this](ProjectDocument &d) {
            return d.deleteZonePrefixes({ store().allZonePrefixes().constFirst().id });
        });
        row("addresses: replace", [this](ProjectDocument &d) {
            return d.setComponentAddresses(store().environments().constFirst().id,
                                           component(u"Avi Controller"_s),
                                           { u"10.0.0.6"_s, u"avi.lab.example"_s });
        });
        row("addresses: allocate several", [this](ProjectDocument &d) {
            Allocation result;
            const bool ok = d.allocateAddresses(
                store().environments().constFirst().id,
                { component(u"Harbor"_s), component(u"Syslog"_s), component(u"NTP Server"_s) }, {},
                &result);
            return ok && result.allocated.size() == 3 && d.undoStack()->count() == 1;
        });
        row("addresses: clear", [this](ProjectDocument &d) {
            return d.clearAddresses(store().environments().constFirst().id,
                                    { component(u"Avi Controller"_s), component(u"Harbor"_s) });
        });
        row("addresses: import a plan", [this](ProjectDocument &d) {
            return d.importAddressPlan(
                store().environments().constFirst().id,
                u"component,address\nHarbor,10.1.0.20\nSyslog,10.1.0.21\n"_s);
        });
        row("view: add, rename, select, level, print", [this](ProjectDocument &d) {
            View view;
            view.name = u"Avi"_s;
            view.selection.products = { product(u"NSX Advanced Load Balancer"_s) };
            const Id id = d.addView(view);
            ViewSelection selection;
            selection.zones = { zone(u"Shared services"_s) };
            selection.protocols = { Transport::Udp };
            selection.text = u"53"_s;
            return id && d.renameView(id, u"Load balancing"_s) && d.setViewSelection(id, selection)
                && d.setViewLevel(id, ViewLevel::Zones) && d.setViewPrinted(id, true);
        });
        row("view: duplicate, move, delete", [](ProjectDocument &d) {
            const Id a = d.addView({ 0, u"A"_s, 0, ViewLevel::Components, {}, false });
            const Id b = d.addView({ 0, u"B"_s, 0, ViewLevel::Zones, {}, true });
            const Id copy = d.duplicateView(a, u"A, again"_s);
            return a && b && copy && d.moveView(b, 0) && d.deleteView(a);
        });
        row("unpin", [this](ProjectDocument &d) {
            return d.placeComponents({ { component(u"Syslog"_s), QPointF(10, 20) } })
                && d.unpinComponents({ component(u"Syslog"_s) });
        });
    }

    void redoUndoRedo()
    {
        QFETCH(Operation, operation);
        const QStringList before = dump(store());
        QUndoStack *stack = m_document->undoStack();
        QVERIFY2(operation(*m_document), qPrintable(m_document->errorString()));
        const QStringList after = dump(store());
        QVERIFY(after != before);
        checkSnapshot();
        QVERIFY(stack->count() >= 1);
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(dump(store()), before);
        checkSnapshot();
        while (stack->canRedo())
            stack->redo();
        QCOMPARE(dump(store()), after); // the same ids too
        checkSnapshot();
    }

    void viewsKeepTheUsersOrder()
    {
        ProjectDocument &d = *m_document;
        const auto names = [this] {
            QStringList list;
            for (const View &view : viewsInOrder(store().views()))
                list.append(view.name);
            return list;
        };
        const Id a = d.addView({ 0, u"A"_s, 0, ViewLevel::Components, {}, false });
        const Id b = d.addView({ 0, u"B"_s, 0, ViewLevel::Components, {}, false });
        QVERIFY(d.addView({ 0, u"C"_s, 0, ViewLevel::Zones, {}, true }));
        QCOMPARE(names(), (QStringList { u"A"_s, u"B"_s, u"C"_s }));
        // A copy goes right after its original, with what it shows.
        ViewSelection selection;
        selection.zones = { zone(u"Shared services"_s) };
        QVERIFY(d.setViewSelection(a, selection));
        const Id copy = d.duplicateView(a, u"A2"_s);
        QVERIFY(copy);
        QCOMPARE(names(), (QStringList { u"A"_s, u"A2"_s, u"B"_s, u"C"_s }));
        QCOMPARE(store().view(copy)->selection, selection);
        QVERIFY(d.moveView(b, 0));
        QCOMPARE(names(), (QStringList { u"B"_s, u"A"_s, u"A2"_s, u"C"_s }));
        QVERIFY(d.moveView(b, 99)); // past the end: last
        QCOMPARE(names(), (QStringList { u"A"_s, u"A2"_s, u"C"_s, u"B"_s }));
        checkSnapshot();
        d.undoStack()->undo();
        d.undoStack()->undo();
        QCOMPARE(names(), (QStringList { u"A"_s, u"A2"_s, u"B"_s, u"C"_s }));

        // Names are unique, and "All" is the whole project's.
        const int steps = d.undoStack()->count();
        QVERIFY(!d.addView({ 0, u"all"_s, 0, ViewLevel::Components, {}, false }));
        QVERIFY2(d.errorString().contains(u"whole project"_s), qPrintable(d.errorString()));
        QVERIFY(!d.renameView(b, u" a "_s));
        QVERIFY2(d.errorString().contains(u"already exists"_s), qPrintable(d.errorString()));
        QVERIFY(!d.duplicateView(b, u"C"_s));
        QVERIFY(!d.deleteView(12345));
        QCOMPARE(d.undoStack()->count(), steps);
        QCOMPARE(names(), (QStringList { u"A"_s, u"A2"_s, u"B"_s, u"C"_s }));
        checkSnapshot();

        // A zone a view shows is deleted: the view keeps its id and shows
        // nothing of it, rather than everything; undo brings the zone back
        // under the same id.
        const Id shared = zone(u"Shared services"_s);
        QVERIFY(d.deleteZone(shared));
        QCOMPARE(store().view(a)->selection.zones, QSet<Id> { shared });
        d.undoStack()->undo();
        QCOMPARE(zone(u"Shared services"_s), shared);
    }

    void duplicatedEnvironmentsCopyThePlan()
    {
        const Id lab = store().environments().constFirst().id;
        const Id prod = m_document->duplicateEnvironment(lab, u"Prod"_s);
        QVERIFY2(prod, qPrintable(m_document->errorString()));
        QCOMPARE(store().environmentAddresses(prod).size(), 1);
        QCOMPARE(store().environmentAddresses(prod).constFirst().value, u"10.0.0.5"_s);
        QCOMPARE(store().environmentPrefixes(prod).constFirst().vlan, std::optional<int>(42));
        QCOMPARE(store().environmentAddresses(lab).size(), 1); // the original keeps its own
        QVERIFY(!m_document->duplicateEnvironment(lab, u"prod"_s)); // names are unique
        QCOMPARE(m_document->undoStack()->count(), 1);
        QVERIFY(!m_document->renameEnvironment(prod, u"lab"_s));
        QVERIFY(m_document->errorString().contains(u"already exists"_s));
    }

    void allocationFillsInOrderAndReportsTheRest()
    {
        const Id lab = store().environments().constFirst().id;
        Allocation result;
        // Shared services has 10.1.0.0/24 with gateway .1; vSphere has no prefix.
        QVERIFY2(m_document->allocateAddresses(lab,
                                               { component(u"Harbor"_s), component(u"Syslog"_s),
                                                 component(u"vCenter Server"_s) },
                                               { 0, true }, &result),
                 qPrintable(m_document->errorString()));
        QCOMPARE(result.allocated.size(), 2);
        QCOMPARE(result.allocated.at(0).second, u"10.1.0.2"_s);
        QCOMPARE(result.allocated.at(1).second, u"10.1.0.3"_s);
        QCOMPARE(result.problems,
                 QStringList { u"zone “vSphere infrastructure” of “vCenter Server” has no prefix "
                               u"in Lab"_s });
        checkSnapshot();
        // Already addressed: skipped, and nothing left to do is no error.
        const int steps = m_document->undoStack()->count();
        QVERIFY(m_document->allocateAddresses(lab, { component(u"Harbor"_s) }, { 0, true }));
        QCOMPARE(m_document->undoStack()->count(), steps);
        // Only problems: a failure with the reason, and no step.
        QVERIFY(!m_document->allocateAddresses(lab, { component(u"vCenter Server"_s) }, {}));
        QVERIFY(m_document->errorString().contains(u"has no prefix"_s));
        QCOMPARE(m_document->undoStack()->count(), steps);
        m_document->undoStack()->undo();
        QVERIFY(store().addresses(component(u"Harbor"_s)).isEmpty());
        checkSnapshot();
    }

    void badAddressEditsAreRefusedWithTheirReason()
    {
        const Id lab = store().environments().constFirst().id;
        const QStringList before = dump(store());
        QVERIFY(!m_document->setComponentAddresses(lab, component(u"Harbor"_s),
                                                   { u"10.0.0.1"_s, u"10.0.0.300"_s }));
        QVERIFY2(m_document->errorString().contains(u"10.0.0.300"_s),
                 qPrintable(m_document->errorString()));
        ZonePrefix overlapping { 0, lab, zone(u"VMware SaaS"_s), u"10.1.0.128/25"_s, {}, {}, {} };
        QVERIFY(!m_document->setZonePrefix(overlapping));
        QVERIFY2(m_document->errorString().contains(u"overlaps 10.1.0.0/24"_s),
                 qPrintable(m_document->errorString()));
        QVERIFY(!m_document->importAddressPlan(lab, u"component,address\nNobody,10.0.0.1\n"_s));
        QVERIFY2(m_document->errorString().contains(u"line 2"_s),
                 qPrintable(m_document->errorString()));
        QCOMPARE(dump(store()), before);
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void deletingAComponentTakesItsFlowsAndAddresses()
    {
        const Id avi = component(u"Avi Controller"_s);
        const int flows = m_document->flowCountOf({ avi });
        QVERIFY(flows > 5);
        const int before = store().counts().flows;
        QVERIFY(m_document->deleteComponents({ avi }));
        QCOMPARE(store().counts().flows, before - flows);
        QCOMPARE(store().counts().addresses, 0);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->text(0), u"Delete component “Avi Controller”"_s);
        m_document->undoStack()->undo();
        QCOMPARE(store().counts().addresses, 1);
        QCOMPARE(store().addresses(avi).constFirst().value, u"10.0.0.5"_s);
    }

    void reassigningDropsRepeatsAndLoops()
    {
        // Both DNS components serve the same clients: moving the flows of
        // one to the other would repeat some of them.
        const Id dns = component(u"DNS Server"_s);
        const Id domain = component(u"Domain Name Server"_s);
        QVERIFY(m_document->deleteComponents({ dns }, domain));
        QStringList keys;
        for (const Flow &flow : store().flows()) {
            QVERIFY(flow.sourceId != dns && flow.destinationId != dns);
            const QString key
                = u"%1 %2 %3 %4 %5 %6"_s.arg(flow.productId)
                      .arg(flow.sourceId)
                      .arg(flow.destinationId)
                      .arg(transportName(flow.protocol), flow.ports.toString(), flow.purpose);
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.append(key);
        }
        QVERIFY(!m_document->deleteComponents({ dns }, dns));
    }

    void consecutiveEditsOfOneFieldMerge()
    {
        const Id id = component(u"vCenter Server"_s);
        QUndoStack *stack = m_document->undoStack();
        QVERIFY(m_document->renameComponent(id, u"vCenter"_s));
        QVERIFY(m_document->renameComponent(id, u"vCenter 8"_s));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->text(0), u"Rename component to “vCenter 8”"_s);
        QVERIFY(m_document->setComponentNotes(id, u"HA pair"_s));
        QCOMPARE(stack->count(), 2);
        stack->undo();
        stack->undo();
        QCOMPARE(store().component(id)->name, u"vCenter Server"_s);

        // Flow fields merge per field: ports twice, then purpose.
        Flow flow = flowBetween(u"Avi Controller"_s, u"vCenter Server"_s);
        const QString ports = flow.ports.toString();
        flow.ports = PortSet::parse(u"8443"_s).value();
        QVERIFY(m_document->updateFlow(flow));
        flow.ports = PortSet::parse(u"443,8443"_s).value();
        QVERIFY(m_document->updateFlow(flow));
        flow.purpose = u"vCenter API"_s;
        QVERIFY(m_document->updateFlow(flow));
        QCOMPARE(stack->count(), 2); // the redone steps were replaced
        stack->undo();
        QCOMPARE(store().flow(flow.id)->ports.toString(), u"443,8443"_s);
        stack->undo();
        QCOMPARE(store().flow(flow.id)->ports.toString(), ports);
    }

    void editingBackToTheStartLeavesNoStep()
    {
        const Id id = component(u"Syslog"_s);
        QVERIFY(m_document->renameComponent(id, u"Syslog 2"_s));
        QVERIFY(m_document->renameComponent(id, u"Syslog"_s));
        QCOMPARE(m_document->undoStack()->count(), 0);
        QVERIFY(m_document->renameComponent(id, u"Syslog"_s)); // no change, no step
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void refusedEditsLeaveNoStep()
    {
        const QStringList before = dump(store());
        QVERIFY(!m_document->renameComponent(component(u"Syslog"_s), u"ntp server"_s));
        QVERIFY2(m_document->errorString().contains(u"already exists"_s),
                 qPrintable(m_document->errorString()));
        Flow flow = flowBetween(u"Avi Controller"_s, u"vCenter Server"_s);
        flow.protocol = Transport::Icmp; // ICMP has no ports, the flow has some
        QVERIFY(!m_document->updateFlow(flow));
        QVERIFY(!m_document->renameComponent(987654, u"x"_s));
        QCOMPARE(m_document->undoStack()->count(), 0);
        QCOMPARE(dump(store()), before);
        checkSnapshot();
    }

    void newRecordsKeepTheirIdsThroughUndo()
    {
        Component harbor;
        harbor.name = u"Gitea"_s;
        const Id id = m_document->addComponent(harbor);
        QVERIFY(id > 0);
        Flow flow;
        flow.sourceId = component(u"Bootstrap Machine"_s);
        flow.destinationId = id;
        flow.ports = PortSet::parse(u"443"_s).value();
        const Id flowId = m_document->addFlow(flow);
        QVERIFY(flowId > 0);
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QVERIFY(!store().component(id));
        m_document->undoStack()->redo();
        m_document->undoStack()->redo();
        QCOMPARE(store().component(id)->name, u"Gitea"_s);
        QCOMPARE(store().flow(flowId)->destinationId, id);
    }

    void importIsOneStepAndSkipsWhatIsThere()
    {
        const QString text = u"| Source | Destination | Ports | Protocol | Purpose |\n"
                             u"| --- | --- | --- | --- | --- |\n"
                             u"| Gitea | NTP Server | 123 | UDP | Time |\n"
                             u"| Gitea | Syslog | 514 | TCP | Logs |\n"_s;
        ImportResult result = importText(text, SourceFormat::Markdown, u"extra.md"_s);
        QVERIFY(result.ok);
        const QStringList before = dump(store());
        ImportSummary summary;
        QVERIFY(m_document->importFlows({ result, result }, u"Import extra.md"_s, &summary));
        QCOMPARE(summary.flowsAdded, 2);
        QCOMPARE(summary.flowsAlreadyPresent, 2);
        QCOMPARE(summary.componentsAdded, 1);
        QCOMPARE(m_document->lastImportedFlows().size(), 2);
        QCOMPARE(store().flow(m_document->lastImportedFlows().at(1))->purpose, u"Logs"_s);
        QCOMPARE(m_document->undoStack()->count(), 1);
        checkSnapshot();
        m_document->undoStack()->undo();
        QCOMPARE(dump(store()), before);
    }

    void changesAreAnnounced()
    {
        QSignalSpy spy(m_document.get(), &ProjectDocument::changed);
        const Id syslog = component(u"Syslog"_s);
        QVERIFY(m_document->placeComponents({ { syslog, QPointF(1, 2) } }));
        QCOMPARE(spy.size(), 1);
        auto change = spy.takeFirst().at(0).value<DocumentChange>();
        QVERIFY(change.positionsOnly);
        QCOMPARE(change.components.updated, QList<Id> { syslog });

        QVERIFY(m_document->resetLayout({}));
        change = spy.takeFirst().at(0).value<DocumentChange>();
        QVERIFY(change.positionsOnly);
        QVERIFY(!store().component(syslog)->position);
        QVERIFY(!store().component(syslog)->pinned);

        const QList<Id> flows = flowsOf(syslog);
        QVERIFY(m_document->deleteComponents({ syslog }));
        change = spy.takeFirst().at(0).value<DocumentChange>();
        QVERIFY(!change.positionsOnly);
        QCOMPARE(change.components.removed, QList<Id> { syslog });
        QCOMPARE(change.flows.removed, flows);
        m_document->undoStack()->undo();
        change = spy.takeFirst().at(0).value<DocumentChange>();
        QCOMPARE(change.components.added, QList<Id> { syslog });
        QCOMPARE(change.flows.added.size(), flows.size());
    }

    void readOnlyDocumentsRefuseEdits()
    {
        const QString path = QDir::temp().filePath(
            u"portolan-readonly-%1.portolan"_s.arg(QCoreApplication::applicationPid()));
        QFile::remove(path);
        QString error;
        {
            auto store = ProjectStore::create(path, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(loadSample(*store, u"tko"_s, &error));
        }
        auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly, &error);
        QVERIFY2(store, qPrintable(error));
        ProjectDocument document(std::move(store), nullptr, u"Open elsewhere."_s);
        QVERIFY(document.isReadOnly());
        const Id id = document.project().components.constFirst().id;
        QVERIFY(!document.renameComponent(id, u"Other"_s));
        QCOMPARE(document.errorString(), u"Open elsewhere."_s);
        QCOMPARE(document.undoStack()->count(), 0);
        QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(TestProjectDocument)
#include "tst_projectdocument.moc"

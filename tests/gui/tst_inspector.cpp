// The inspector on the TKO sample, driven through its real widgets: what a
// selection shows, edits written to the store (and refused ones not),
// undo merging and following, and read-only projects.

#include "document/projectdocument.h"
#include "inspector/inspector.h"
#include "inspector/inspectorpage.h"
#include "project/sample.h"
#include "selection/projectselection.h"
#include "store/projectstore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Portolan;
using namespace Qt::StringLiterals;

class TestInspector : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<ProjectSelection> m_selection;
    std::unique_ptr<Inspector> m_inspector;

    void open(std::unique_ptr<ProjectDocument> document)
    {
        m_inspector.reset();
        m_selection = std::make_unique<ProjectSelection>();
        m_document = std::move(document);
        m_selection->setDocument(m_document.get());
        m_inspector = std::make_unique<Inspector>();
        m_inspector->setDocument(m_document.get());
        m_inspector->setSelection(m_selection.get());
        m_inspector->resize(400, 700);
        m_inspector->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
    }

    ProjectStore &store() const { return m_document->store(); }
    Id component(const QString &name) const { return store().findComponent(name)->id; }
    template<typename T> T *field(const QString &name) const
    {
        // Every page has a title: look in the page shown first.
        T *found = m_inspector->currentPage()->findChild<T *>(name);
        if (!found)
            found = m_inspector->findChild<T *>(name);
        if (!found)
            qFatal("no field %s", qPrintable(name));
        return found;
    }
    QString pageName() const { return m_inspector->currentPage()->objectName(); }

    void select(ProjectSelection::Kind kind, const QList<Id> &ids)
    {
        m_selection->select(kind, ids, this);
    }
    // A TCP flow from Avi Controller to vCenter Server (port 443).
    Id aviToVCenter() const
    {
        for (const Flow &flow : store().flows()) {
            if (flow.sourceId == component(u"Avi Controller"_s)
                && flow.destinationId == component(u"vCenter Server"_s))
                return flow.id;
        }
        return 0;
    }
    // Replaces the text of a line edit as a user would, then presses Enter.
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private slots:
    void init()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY2(store && loadSample(*store, u"tko"_s, &error), qPrintable(error));
        open(std::make_unique<ProjectDocument>(std::move(store)));
    }

    void nothingSelectedShowsTheHint()
    {
        QCOMPARE(pageName(), u"hintPage"_s);
        QVERIFY(field<QLabel>(u"hint"_s)->text().contains(u"Select a component"_s));
    }

    void componentShowsItsFields()
    {
        const Id vCenter = component(u"vCenter Server"_s);
        select(ProjectSelection::Kind::Components, { vCenter });
        QCOMPARE(pageName(), u"componentPage"_s);
        QCOMPARE(field<QLineEdit>(u"componentName"_s)->text(), u"vCenter Server"_s);
        QCOMPARE(field<QComboBox>(u"componentKind"_s)->currentText(), u"appliance"_s);
        QCOMPARE(field<QComboBox>(u"componentZone"_s)->currentText(), u"vSphere infrastructure"_s);
        QCOMPARE(field<QLabel>(u"componentPosition"_s)->text(), u"placed by the layout"_s);
        QVERIFY(!field<QPushButton>(u"componentUnpin"_s)->isEnabled());
        auto *flows = field<QListWidget>(u"componentFlows"_s);
        QCOMPARE(flows->count(), m_document->flowCountOf({ vCenter }));
        bool found = false;
        for (int i = 0; i < flows->count(); ++i)
            found |= flows->item(i)->text()
                == u"← Avi Controller TCP 443 — APIs for vCenter Integration"_s;
        QVERIFY(found);

        QVERIFY(m_document->placeComponents({ { vCenter, QPointF(120.4, 80) } }));
        QCOMPARE(field<QLabel>(u"componentPosition"_s)->text(), u"pinned at 120, 80"_s);
        QTest::mouseClick(field<QPushButton>(u"componentUnpin"_s), Qt::LeftButton);
        QVERIFY(!store().component(vCenter)->pinned);
        QCOMPARE(field<QLabel>(u"componentPosition"_s)->text(), u"placed by the layout"_s);
    }

    void addressesOfTheCurrentEnvironmentAreEdited()
    {
        const Id vCenter = component(u"vCenter Server"_s);
        select(ProjectSelection::Kind::Components, { vCenter });
        auto *addresses = field<QLineEdit>(u"componentAddresses"_s);
        QVERIFY(!addresses->isVisibleTo(m_inspector.get())); // no environment
        const Id lab = m_document->addEnvironment(u"Lab"_s);
        const Id prod = m_document->addEnvironment(u"Prod"_s);
        QVERIFY(m_document->setComponentAddresses(prod, vCenter, { u"10.9.0.5"_s }));
        m_inspector->setEnvironment(lab);
        QVERIFY(addresses->isVisibleTo(m_inspector.get()));
        QCOMPARE(addresses->text(), QString());
        type(addresses, u"10.0.10.5 vcenter.lab.example"_s);
        QCOMPARE(store().addresses(vCenter).size(), 3);
        QCOMPARE(addresses->text(), u"10.0.10.5, vcenter.lab.example"_s);
        // A bad value: the reason under the field, the text kept, nothing written.
        type(addresses, u"10.0.10.5, 10.0.10.300"_s);
        auto *error = field<QLabel>(u"componentAddressError"_s);
        QVERIFY2(error->text().contains(u"10.0.10.300"_s), qPrintable(error->text()));
        QCOMPARE(addresses->text(), u"10.0.10.5, 10.0.10.300"_s);
        QCOMPARE(store().addresses(vCenter).size(), 3);
        // Another environment shows its own; undo shows up at once.
        m_inspector->setEnvironment(prod);
        QCOMPARE(addresses->text(), u"10.9.0.5"_s);
        m_inspector->setEnvironment(lab);
        m_document->undoStack()->undo();
        QCOMPARE(addresses->text(), QString());
    }

    void renameIsWrittenAndUndone()
    {
        const Id vCenter = component(u"vCenter Server"_s);
        select(ProjectSelection::Kind::Components, { vCenter });
        auto *name = field<QLineEdit>(u"componentName"_s);
        type(name, u"vCenter 8"_s);
        QCOMPARE(store().component(vCenter)->name, u"vCenter 8"_s);
        QVERIFY(!field<QLabel>(u"componentNameError"_s)->isVisible());
        m_document->undoStack()->undo();
        QCOMPARE(store().component(vCenter)->name, u"vCenter Server"_s);
        QCOMPARE(name->text(), u"vCenter Server"_s);
        m_document->undoStack()->redo();
        QCOMPARE(name->text(), u"vCenter 8"_s);
    }

    void duplicateNameIsRefused()
    {
        const Id vCenter = component(u"vCenter Server"_s);
        select(ProjectSelection::Kind::Components, { vCenter });
        const int steps = m_document->undoStack()->count();
        auto *name = field<QLineEdit>(u"componentName"_s);
        type(name, u"esxi host"_s);
        auto *error = field<QLabel>(u"componentNameError"_s);
        QVERIFY(error->isVisible());
        QVERIFY(!m_document->errorString().isEmpty());
        QCOMPARE(error->text(), m_document->errorString());
        QVERIFY(error->text().contains(u"ESXi Host"_s));
        QCOMPARE(name->text(), u"vCenter Server"_s);
        QCOMPARE(store().component(vCenter)->name, u"vCenter Server"_s);
        QCOMPARE(m_document->undoStack()->count(), steps);

        type(name, QString());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), m_document->errorString());
        QCOMPARE(store().component(vCenter)->name, u"vCenter Server"_s);
    }

    void kindAndZoneAreWritten()
    {
        const Id vCenter = component(u"vCenter Server"_s);
        select(ProjectSelection::Kind::Components, { vCenter });
        auto *kind = field<QComboBox>(u"componentKind"_s);
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Up); // appliance -> host
        QCOMPARE(store().component(vCenter)->kind, ComponentKind::Host);
        auto *zone = field<QComboBox>(u"componentZone"_s);
        QTest::keyClick(zone, Qt::Key_Home);
        QCOMPARE(zone->currentText(), u"(no zone)"_s);
        QCOMPARE(store().component(vCenter)->zoneId, Id(0));
        m_document->undoStack()->undo();
        QCOMPARE(zone->currentText(), u"vSphere infrastructure"_s);
    }

    void doubleClickingAFlowInspectsIt()
    {
        const Id vCenter = component(u"vCenter Server"_s);
        select(ProjectSelection::Kind::Components, { vCenter });
        auto *flows = field<QListWidget>(u"componentFlows"_s);
        QListWidgetItem *item = flows->item(0);
        const Id flow = item->data(Qt::UserRole).toLongLong();
        const QRect box = flows->visualItemRect(item);
        QVERIFY(flows->viewport()->rect().contains(box.center()));
        const QPoint at = box.center();
        // A double click is a click, then a second press reported as double.
        QTest::mouseClick(flows->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(flows->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_selection->kind(), ProjectSelection::Kind::Flows);
        QCOMPARE(m_selection->ids(), QList<Id>({ flow }));
        QCOMPARE(pageName(), u"flowPage"_s);
    }

    void flowShowsItsFields()
    {
        const Id flow = aviToVCenter();
        QVERIFY(flow);
        select(ProjectSelection::Kind::Flows, { flow });
        QCOMPARE(pageName(), u"flowPage"_s);
        QCOMPARE(field<QComboBox>(u"flowProduct"_s)->currentText(),
                 u"NSX Advanced Load Balancer"_s);
        QCOMPARE(field<QComboBox>(u"flowSource"_s)->currentText(), u"Avi Controller"_s);
        QCOMPARE(field<QComboBox>(u"flowDestination"_s)->currentText(), u"vCenter Server"_s);
        QCOMPARE(field<QComboBox>(u"flowProtocol"_s)->currentText(), u"TCP"_s);
        QCOMPARE(field<QLineEdit>(u"flowPorts"_s)->text(), u"443"_s);
        QCOMPARE(field<QLineEdit>(u"flowPurpose"_s)->text(), u"APIs for vCenter Integration"_s);
        QCOMPARE(field<QComboBox>(u"flowProduct"_s)->itemText(0), u"(none)"_s);
    }

    void invalidPortsAreNotWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("culprit");
        QTest::newRow("out of range") << u"70000"_s << u"70000"_s;
        QTest::newRow("backwards") << u"5-3"_s << u"5-3"_s;
        QTest::newRow("a word") << u"443,http"_s << u"http"_s;
    }

    void invalidPortsAreNotWritten()
    {
        QFETCH(QString, text);
        QFETCH(QString, culprit);
        const Id flow = aviToVCenter();
        select(ProjectSelection::Kind::Flows, { flow });
        const int steps = m_document->undoStack()->count();
        auto *ports = field<QLineEdit>(u"flowPorts"_s);
        type(ports, text);
        auto *error = field<QLabel>(u"flowPortsError"_s);
        QVERIFY(error->isVisible());
        QString reason;
        QVERIFY(!PortSet::parse(text, &reason));
        QCOMPARE(error->text(), reason);
        QVERIFY2(error->text().contains(culprit), qPrintable(error->text()));
        QCOMPARE(store().flow(flow)->ports, PortSet::single(443));
        QCOMPARE(m_document->undoStack()->count(), steps);
        QCOMPARE(ports->text(), text); // kept for the user to correct

        type(ports, u"443, 8443"_s);
        QVERIFY(!error->isVisible());
        QCOMPARE(store().flow(flow)->ports, *PortSet::parse(u"443,8443"));
        QCOMPARE(ports->text(), u"443,8443"_s);
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
    }

    void portlessProtocolEmptiesAndDisablesPorts()
    {
        const Id flow = aviToVCenter();
        select(ProjectSelection::Kind::Flows, { flow });
        auto *protocol = field<QComboBox>(u"flowProtocol"_s);
        auto *ports = field<QLineEdit>(u"flowPorts"_s);
        const int icmp = protocol->findText(u"ICMP"_s);
        QTest::keyClick(protocol, Qt::Key_I); // keyboard search
        QCOMPARE(protocol->currentIndex(), icmp);
        QCOMPARE(store().flow(flow)->protocol, Transport::Icmp);
        QVERIFY(store().flow(flow)->ports.isEmpty());
        QVERIFY(!ports->isEnabled());
        QVERIFY(ports->text().isEmpty());
        m_document->undoStack()->undo();
        QCOMPARE(store().flow(flow)->protocol, Transport::Tcp);
        QCOMPARE(protocol->currentText(), u"TCP"_s);
        QVERIFY(ports->isEnabled());
        QCOMPARE(ports->text(), u"443"_s);
    }

    void unknownEndpointIsRefused()
    {
        const Id flow = aviToVCenter();
        select(ProjectSelection::Kind::Flows, { flow });
        auto *destination = field<QComboBox>(u"flowDestination"_s);
        type(destination->lineEdit(), u"No Such Box"_s);
        auto *error = field<QLabel>(u"flowDestinationError"_s);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"No Such Box"_s));
        QCOMPARE(destination->currentText(), u"vCenter Server"_s);
        QCOMPARE(store().flow(flow)->destinationId, component(u"vCenter Server"_s));

        type(destination->lineEdit(), u"esxi host"_s);
        QVERIFY(!error->isVisible());
        QCOMPARE(store().flow(flow)->destinationId, component(u"ESXi Host"_s));
        QCOMPARE(destination->currentText(), u"ESXi Host"_s);
    }

    void editsOfOneFieldMergeAndFollowUndo()
    {
        const Id flow = aviToVCenter();
        select(ProjectSelection::Kind::Flows, { flow });
        const int steps = m_document->undoStack()->count();
        auto *purpose = field<QLineEdit>(u"flowPurpose"_s);
        type(purpose, u"vCenter API"_s);
        type(purpose, u"vCenter API for cloud creation"_s);
        QCOMPARE(store().flow(flow)->purpose, u"vCenter API for cloud creation"_s);
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        m_document->undoStack()->undo();
        QCOMPARE(store().flow(flow)->purpose, u"APIs for vCenter Integration"_s);
        QCOMPARE(purpose->text(), u"APIs for vCenter Integration"_s);
    }

    void typingSurvivesOtherChanges()
    {
        const Id flow = aviToVCenter();
        select(ProjectSelection::Kind::Flows, { flow });
        auto *purpose = field<QLineEdit>(u"flowPurpose"_s);
        purpose->setFocus();
        purpose->selectAll();
        QTest::keyClicks(purpose, u"half typed"_s);
        // Another field of the same flow, and a component, change elsewhere.
        Flow changed = *store().flow(flow);
        changed.notes = u"from the table"_s;
        QVERIFY(m_document->updateFlow(changed));
        QVERIFY(m_document->renameComponent(component(u"Avi Controller"_s), u"Avi"_s));
        QCOMPARE(purpose->text(), u"half typed"_s);
        QCOMPARE(field<QComboBox>(u"flowSource"_s)->currentText(), u"Avi"_s);
        // The purpose itself changes elsewhere: that wins.
        changed = *store().flow(flow);
        changed.purpose = u"set elsewhere"_s;
        QVERIFY(m_document->updateFlow(changed));
        QCOMPARE(purpose->text(), u"set elsewhere"_s);
    }

    void severalComponentsMoveToAZone()
    {
        const QList<Id> ids { component(u"Harbor"_s), component(u"Syslog"_s) };
        select(ProjectSelection::Kind::Components, ids);
        QCOMPARE(pageName(), u"multiPage"_s);
        QCOMPARE(field<QLabel>(u"title"_s)->text(), u"2 component(s) selected"_s);
        QCOMPARE(field<QListWidget>(u"selectedRecords"_s)->count(), 2);
        auto *zone = field<QComboBox>(u"multiZone"_s);
        const Id admin = store().findZone(u"Admin clients")->id;
        zone->setCurrentIndex(zone->findData(admin));
        QTest::mouseClick(field<QPushButton>(u"multiMoveToZone"_s), Qt::LeftButton);
        for (Id id : ids)
            QCOMPARE(store().component(id)->zoneId, admin);

        const QList<Flow> flows = store().flows();
        select(ProjectSelection::Kind::Flows, { flows.at(0).id, flows.at(1).id });
        QCOMPARE(pageName(), u"multiPage"_s);
        QVERIFY(!field<QPushButton>(u"multiMoveToZone"_s)->isVisible());
    }

    void zoneAndProductPages()
    {
        const Id shared = store().findZone(u"Shared services")->id;
        select(ProjectSelection::Kind::Zones, { shared });
        QCOMPARE(pageName(), u"zonePage"_s);
        QCOMPARE(field<QLineEdit>(u"zoneName"_s)->text(), u"Shared services"_s);
        QCOMPARE(field<QLabel>(u"zoneMembers"_s)->text(), u"9 component(s)"_s);
        auto *parent = field<QComboBox>(u"zoneParent"_s);
        QCOMPARE(parent->findData(shared), -1); // not inside itself
        const Id admin = store().findZone(u"Admin clients")->id;
        parent->setCurrentIndex(parent->findData(admin));
        emit parent->activated(parent->currentIndex());
        QCOMPARE(store().zone(shared)->parentId, admin);

        const Id alb = store().findProduct(u"NSX Advanced Load Balancer")->id;
        select(ProjectSelection::Kind::Products, { alb });
        QCOMPARE(pageName(), u"productPage"_s);
        QCOMPARE(field<QLineEdit>(u"productName"_s)->text(), u"NSX Advanced Load Balancer"_s);
        QCOMPARE(field<QLabel>(u"productFlows"_s)->text(), u"16 flow(s)"_s);
    }

    void readOnlyDisablesEveryField()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"tko.portolan"_s);
        QString error;
        {
            auto created = ProjectStore::create(path, &error);
            QVERIFY2(created && loadSample(*created, u"tko"_s, &error), qPrintable(error));
        }
        auto opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly, &error);
        QVERIFY2(opened, qPrintable(error));
        open(std::make_unique<ProjectDocument>(std::move(opened), nullptr,
                                               u"It is open in another window."_s));
        auto *reason = field<QLabel>(u"readOnlyReason"_s);
        QVERIFY(reason->isVisible());
        QCOMPARE(reason->text(), u"It is open in another window."_s);

        select(ProjectSelection::Kind::Components, { component(u"vCenter Server"_s) });
        for (const QString &name : { u"componentName"_s, u"componentKind"_s, u"componentZone"_s,
                                     u"componentNotes"_s, u"componentUnpin"_s })
            QVERIFY2(!field<QWidget>(name)->isEnabled(), qPrintable(name));
        QVERIFY(field<QListWidget>(u"componentFlows"_s)->isEnabled());

        select(ProjectSelection::Kind::Flows, { aviToVCenter() });
        for (const QString &name :
             { u"flowProduct"_s, u"flowSource"_s, u"flowDestination"_s, u"flowProtocol"_s,
               u"flowPorts"_s, u"flowPurpose"_s, u"flowOptional"_s, u"flowNotes"_s })
            QVERIFY2(!field<QWidget>(name)->isEnabled(), qPrintable(name));

        select(ProjectSelection::Kind::Zones, { store().findZone(u"Shared services")->id });
        QVERIFY(!field<QWidget>(u"zoneName"_s)->isEnabled());
        select(ProjectSelection::Kind::Products, { store().products().constFirst().id });
        QVERIFY(!field<QWidget>(u"productColor"_s)->isEnabled());
    }
};

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"

// Component lists (CMDB, NetBox exports) into a project: zones created,
// nested and assigned in one transaction; flow tables with zone columns.
#include "import/componenttable.h"
#include "import/importer.h"
#include "project/componentimport.h"
#include "project/importintoproject.h"
#include "project/snapshot.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

namespace {

ComponentTable csv(const QString &text)
{
    return readComponentText(text, SourceFormat::Csv, u"cmdb.csv"_s);
}

QStringList messages(const QList<ImportMessage> &list)
{
    QStringList texts;
    for (const ImportMessage &message : list)
        texts.append(message.toString());
    return texts;
}

// "zone" or "parent › zone" for each zone of the store.
QString zonePath(const ProjectSnapshot &project, Id zone)
{
    QStringList names;
    for (; zone; zone = project.zone(zone)->parentId)
        names.prepend(project.zone(zone)->name);
    return names.join(u" › "_s);
}

QString zoneOf(const ProjectStore &store, const QString &component)
{
    const ProjectSnapshot project = Testing::readSnapshot(store);
    return zonePath(project, store.findComponent(component)->zoneId);
}

const QString netbox = u"Name,Status,Site,Region,Role,Type\n"
                       u"vcenter01,Active,Management,DC1,server,PowerEdge R640\n"
                       u"avi-ctrl-01,Active,Management,DC1,load balancer,VM\n"
                       u"esx01,Active,Compute,DC1,,PowerEdge R640\n"
                       u"jump01,Active,Admin LAN,,workstation,VM\n"
                       u"harbor01,Active,Shared services,DC1,registry,VM\n"
                       u"harbor01,Active,Shared services,DC1,server,VM\n"
                       u",Active,Compute,DC1,server,\n"
                       u"ntp01,Active,Shared services,DC2,vm,VM\n"_s;

} // namespace

class TestComponentImport : public QObject
{
    Q_OBJECT

private slots:
    void readsNetBoxColumns()
    {
        const ComponentTable table = csv(netbox);
        QVERIFY(table.ok);
        QCOMPARE(table.components.size(), 6);
        const ImportedComponent &vcenter = table.components.at(0);
        QCOMPARE(vcenter.name, u"vcenter01"_s);
        QCOMPARE(vcenter.zone, u"Management"_s); // Site
        QCOMPARE(vcenter.parentZone, u"DC1"_s); // Region
        QCOMPARE(vcenter.kind, ComponentKind::Host); // Role, before Type
        QCOMPARE(table.components.at(1).kind, ComponentKind::Appliance);
        QVERIFY(!table.components.at(2).kind); // empty: guessed later
        QVERIFY(!table.components.at(4).kind); // "registry" is no kind
        QCOMPARE(table.components.at(5).parentZone, QString()); // DC2 ignored
        QCOMPARE(messages(table.messages),
                 QStringList({
                     u"cmdb.csv:6: warning: kind “registry” is none of host, appliance, cluster, "
                     u"network, service, saas, client, any; guessed from the name"_s,
                     u"cmdb.csv:7: warning: “harbor01” repeats line 6; row skipped"_s,
                     u"cmdb.csv:8: warning: no name; row skipped"_s,
                     u"cmdb.csv:9: warning: zone “Shared services” is put in another zone on "
                     u"line 6; “DC2” ignored"_s,
                 }));
    }

    void tableWithoutNameColumnIsRefused()
    {
        const ComponentTable table = csv(u"Label,Zone\nA,B\n"_s);
        QVERIFY(!table.ok);
        QVERIFY(table.components.isEmpty());
        QCOMPARE(messages(table.messages),
                 QStringList { u"cmdb.csv:1: error: no Name column (found: Label, Zone)"_s });
    }

    void markdownTableAndTitleRows()
    {
        const ComponentTable md = readComponentText(
            u"# Inventory\n\n| Component | Kind | Zone |\n|---|---|---|\n| **DNS** | service | "
            u"Shared |\n"_s,
            SourceFormat::Markdown, u"inv.md"_s);
        QVERIFY(md.ok);
        QCOMPARE(md.components.size(), 1);
        QCOMPARE(md.components.at(0).name, u"DNS"_s);
        QCOMPARE(md.components.at(0).kind, ComponentKind::Service);
        const ComponentTable titled = csv(u"Export of 2026-12-01\n\nname,zone\nA,Z\n"_s);
        QVERIFY(titled.ok);
        QCOMPARE(titled.components.size(), 1);
        QCOMPARE(
            messages(titled.messages),
            QStringList { u"cmdb.csv:1: warning: 1 record before the header on line 3 skipped"_s });
    }

    void createsNestsAndAssignsZones()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY2(store, qPrintable(error));
        ComponentImportPlan plan;
        QVERIFY2(importComponentsIntoProject(*store, csv(netbox), &plan, &error),
                 qPrintable(error));
        QCOMPARE(plan.summary.componentsAdded, 6);
        QCOMPARE(plan.summary.zonesAdded, 5); // Management, DC1, Compute, Admin LAN, Shared
        QCOMPARE(plan.summary.zonesNested, 0);
        QCOMPARE(store->zones().size(), 5);
        QCOMPARE(zoneOf(*store, u"vcenter01"_s), u"DC1 › Management"_s);
        QCOMPARE(zoneOf(*store, u"esx01"_s), u"DC1 › Compute"_s);
        QCOMPARE(zoneOf(*store, u"jump01"_s), u"Admin LAN"_s);
        QCOMPARE(zoneOf(*store, u"ntp01"_s), u"DC1 › Shared services"_s);
        QCOMPARE(store->findComponent(u"jump01"_s)->kind, ComponentKind::Client);
        QCOMPARE(store->findComponent(u"esx01"_s)->kind, guessComponentKind(u"esx01"_s));
        QCOMPARE(plan.rows.size(), 6);
        QCOMPARE(plan.rows.at(0).zone, u"DC1 › Management"_s);
        QCOMPARE(plan.rows.at(0).action, ComponentImportRow::Action::Add);

        // The same list again changes nothing.
        ComponentImportPlan again;
        QVERIFY(importComponentsIntoProject(*store, csv(netbox), &again, &error));
        QVERIFY(!again.summary.changesAnything());
        QCOMPARE(again.summary.componentsUnchanged, 6);
        QVERIFY(again.changes.isEmpty());
    }

    void movesRetypesAndNestsExistingRecords()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY2(store, qPrintable(error));
        const Id lab = store->addZone({ 0, u"Lab"_s, 0, {} });
        const Id mgmt = store->addZone({ 0, u"Management"_s, 0, {} });
        store->addComponent(
            { 0, u"vCenter"_s, ComponentKind::Host, lab, u"keep me"_s, std::nullopt, false });
        store->addComponent({ 0, u"DNS"_s, ComponentKind::Service, mgmt, {}, std::nullopt, false });
        ComponentImportPlan plan;
        QVERIFY(importComponentsIntoProject(
            *store,
            csv(u"name,kind,zone,parent zone\nvcenter,appliance,Management,Site A\n"
                u"DNS,,,\n"_s),
            &plan, &error));
        QCOMPARE(plan.summary.componentsMoved, 1);
        QCOMPARE(plan.summary.componentsRetyped, 1);
        QCOMPARE(plan.summary.componentsUnchanged, 1); // empty cells change nothing
        QCOMPARE(plan.summary.zonesAdded, 1);
        QCOMPARE(plan.summary.zonesNested, 1);
        QCOMPARE(plan.rows.at(0).change,
                 u"zone Lab → Site A › Management; kind host → appliance"_s);
        const Component vcenter = *store->findComponent(u"vCenter"_s);
        QCOMPARE(vcenter.kind, ComponentKind::Appliance);
        QCOMPARE(vcenter.zoneId, mgmt);
        QCOMPARE(vcenter.notes, u"keep me"_s);
        QCOMPARE(store->findZone(u"Management"_s)->parentId, store->findZone(u"Site A"_s)->id);
    }

    void nestingNeverMakesACycle()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY2(store, qPrintable(error));
        const Id outer = store->addZone({ 0, u"Outer"_s, 0, {} });
        store->addZone({ 0, u"Inner"_s, outer, {} });
        ComponentImportPlan plan;
        QVERIFY(importComponentsIntoProject(
            *store, csv(u"name,zone,parent\nA,Outer,Inner\nB,P,Q\nC,Q,P\n"_s), &plan, &error));
        QCOMPARE(store->findZone(u"Outer"_s)->parentId, 0); // not inside its own child
        QCOMPARE(messages(plan.messages),
                 QStringList({ u"cmdb.csv:2: warning: zone “Outer” cannot go into “Inner”, "
                               u"which is inside it; left where it is"_s,
                               u"cmdb.csv:4: warning: zone “Q” cannot go into “P”, which is "
                               u"inside it; left where it is"_s }));
        QCOMPARE(zoneOf(*store, u"B"_s), u"Q › P"_s);
        QCOMPARE(zoneOf(*store, u"C"_s), u"Q"_s);
    }

    void flowTablesPlaceNewComponentsInZones()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY2(store, qPrintable(error));
        const Id dmz = store->addZone({ 0, u"DMZ"_s, 0, {} });
        store->addComponent({ 0, u"Proxy"_s, ComponentKind::Host, 0, {}, std::nullopt, false });
        const ImportResult flows
            = importText(u"Source,Source Zone,Destination,Dst Zone,Protocol,Port\n"
                         u"Jump Host,Admin LAN,vCenter,Management,TCP,443\n"
                         u"Proxy,dmz,vCenter,,TCP,8443\n"
                         u"Bastion,DMZ,Jump Host,Elsewhere,TCP,22\n"_s,
                         SourceFormat::Csv, u"flows.csv"_s);
        QVERIFY(flows.ok);
        QCOMPARE(flows.flows.at(0).sourceZone, u"Admin LAN"_s);
        QCOMPARE(flows.flows.at(0).destinationZone, u"Management"_s);
        ImportSummary summary;
        QVERIFY2(importIntoProject(*store, { flows }, &summary, &error), qPrintable(error));
        QCOMPARE(summary.componentsAdded, 3);
        QCOMPARE(summary.zonesAdded, 2); // Admin LAN, Management; "Elsewhere" is never needed
        QCOMPARE(zoneOf(*store, u"Jump Host"_s), u"Admin LAN"_s); // the first mention decides
        QCOMPARE(zoneOf(*store, u"vCenter"_s), u"Management"_s);
        QCOMPARE(store->findComponent(u"Bastion"_s)->zoneId, dmz);
        QCOMPARE(store->findComponent(u"Proxy"_s)->zoneId, 0); // existing: left alone
        QVERIFY(!store->findZone(u"Elsewhere"_s));
    }
};

QTEST_GUILESS_MAIN(TestComponentImport)
#include "tst_componentimport.moc"

// The Address Plan and the environment switcher driven through their
// widgets on the TKO sample: environments created, switched, duplicated and
// deleted; zone prefixes added in the dialog and edited in place; addresses
// typed into cells (a bad one refused with its reason); every component
// filled by next-free allocation in one step; mistakes flagged in the
// status column; a CSV plan imported and exported.
#include "addressplan/addressplanmodel.h"
#include "addressplan/addressplanpanel.h"
#include "addressplan/addresstablepanel.h"
#include "addressplan/zoneprefixdialog.h"
#include "addressplan/zoneprefixmodel.h"
#include "addressplan/zoneprefixpanel.h"
#include "document/projectdocument.h"
#include "environment/currentenvironment.h"
#include "environment/environmentswitcher.h"
#include "project/sample.h"
#include "selection/projectselection.h"
#include "store/projectstore.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Portolan;
using namespace Qt::StringLiterals;

class TestAddressPlanView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<QWidget> m_window;
    ProjectSelection *m_selection = nullptr;
    CurrentEnvironment *m_current = nullptr;
    EnvironmentSwitcher *m_switcher = nullptr;
    AddressPlanPanel *m_panel = nullptr;

    const ProjectSnapshot &project() const { return m_document->project(); }
    Id component(const QString &name) const { return m_document->store().findComponent(name)->id; }
    Id zone(const QString &name) const { return m_document->store().findZone(name)->id; }
    AddressTablePanel *addresses() const { return m_panel->addresses(); }
    AddressPlanModel *model() const { return addresses()->model(); }
    // The row of a component as the table shows it.
    QModelIndex cell(const QString &name, int column) const
    {
        QSortFilterProxyModel *proxy = addresses()->proxyModel();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, column);
            if (proxy->index(row, AddressPlanModel::ComponentColumn).data().toString() == name)
                return index;
        }
        return {};
    }
    QStringList valuesOf(const QString &name) const
    {
        QStringList values;
        for (const Address &address : project().addressesOf(component(name), m_current->id()))
            values.append(address.value);
        return values;
    }
    QString statusOf(const QString &name) const
    {
        return cell(name, AddressPlanModel::StatusColumn).data().toString();
    }
    void addPrefix(const QString &zoneName, const QString &cidr, const QString &gateway = {})
    {
        ZonePrefix prefix;
        prefix.environmentId = m_current->id();
        prefix.zoneId = zone(zoneName);
        prefix.cidr = cidr;
        prefix.gateway = gateway;
        QVERIFY2(m_document->setZonePrefix(prefix), qPrintable(m_document->errorString()));
    }
    // Types into a cell editor and commits with Return.
    void typeInto(TablePanel *panel, const QModelIndex &index, const QString &text)
    {
        panel->table()->edit(index);
        auto *editor = qobject_cast<QLineEdit *>(panel->table()->indexWidget(index));
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    }

private slots:
    void init()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY2(store && loadSample(*store, u"tko"_s, &error), qPrintable(error));
        m_document = std::make_unique<ProjectDocument>(std::move(store));
        m_window = std::make_unique<QWidget>();
        m_selection = new ProjectSelection(m_window.get());
        m_current = new CurrentEnvironment(m_window.get());
        m_switcher = new EnvironmentSwitcher(m_current, m_window.get(), m_window.get());
        m_panel = new AddressPlanPanel(m_current, m_window.get());
        m_panel->setSelection(m_selection);
        auto *layout = new QVBoxLayout(m_window.get());
        layout->addWidget(m_switcher->comboBox());
        layout->addWidget(m_panel);
        m_window->resize(1200, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_selection->setDocument(m_document.get());
        m_current->setDocument(m_document.get());
    }

    void cleanup()
    {
        m_window.reset();
        m_document.reset();
    }

    void environmentsAreCreatedSwitchedAndDeleted()
    {
        // None yet: the panel says how to start, nothing can be allocated.
        QCOMPARE(m_current->id(), 0);
        QVERIFY(m_panel->summary()->text().contains(u"no environment yet"_s));
        QVERIFY(!addresses()->allocateAction()->isEnabled());
        QVERIFY(!m_switcher->renameAction()->isEnabled());

        QVERIFY(m_switcher->addEnvironment(u"Lab"_s));
        const Id lab = m_current->id();
        QVERIFY(lab);
        QCOMPARE(m_switcher->comboBox()->currentText(), u"Lab"_s);
        QVERIFY(m_panel->summary()->text().contains(u"Lab"_s));
        QVERIFY(addresses()->allocateAction()->isEnabled());
        addPrefix(u"Shared services"_s, u"10.0.20.0/24"_s, u"10.0.20.1"_s);
        QVERIFY(m_document->setComponentAddresses(lab, component(u"Harbor"_s), { u"10.0.20.5"_s }));

        // A refused name says why and changes nothing.
        QSignalSpy messages(m_switcher, &EnvironmentSwitcher::message);
        QVERIFY(!m_switcher->addEnvironment(u"lab"_s));
        QCOMPARE(messages.size(), 1);
        QCOMPARE(m_switcher->comboBox()->count(), 1);

        QVERIFY(m_switcher->duplicateCurrent(u"Prod"_s));
        const Id prod = m_current->id();
        QVERIFY(prod != lab);
        QCOMPARE(m_switcher->comboBox()->currentText(), u"Prod"_s);
        QCOMPARE(valuesOf(u"Harbor"_s), QStringList { u"10.0.20.5"_s });
        QCOMPARE(m_panel->prefixes()->model()->rowCount(), 1);
        // Prod changes alone.
        QVERIFY(m_document->setComponentAddresses(prod, component(u"Harbor"_s), { u"10.9.0.5"_s }));
        QCOMPARE(cell(u"Harbor"_s, AddressPlanModel::AddressesColumn).data().toString(),
                 u"10.9.0.5"_s);
        // Switching with the combo shows Lab's.
        m_switcher->comboBox()->setCurrentIndex(m_switcher->comboBox()->findText(u"Lab"_s));
        QCOMPARE(m_current->id(), lab);
        QCOMPARE(cell(u"Harbor"_s, AddressPlanModel::AddressesColumn).data().toString(),
                 u"10.0.20.5"_s);

        QVERIFY(m_switcher->renameCurrent(u"Laboratory"_s));
        QCOMPARE(m_switcher->comboBox()->currentText(), u"Laboratory"_s);
        QVERIFY(m_switcher->deleteCurrent());
        QCOMPARE(m_current->id(), prod); // the one left takes over
        QCOMPARE(m_switcher->comboBox()->count(), 1);
        m_document->undoStack()->undo(); // Laboratory is back, with its plan
        QCOMPARE(m_switcher->comboBox()->count(), 2);
        QCOMPARE(m_document->store().environmentAddresses(lab).size(), 1);
    }

    void prefixesAreAddedInTheDialogAndEditedInPlace()
    {
        QVERIFY(m_switcher->addEnvironment(u"Lab"_s));
        addPrefix(u"vSphere infrastructure"_s, u"10.0.10.0/24"_s);
        ZonePrefixDialog dialog(m_document.get(), m_current->id(), zone(u"Shared services"_s),
                                m_window.get());
        auto *cidr = dialog.findChild<QLineEdit *>(u"cidr"_s);
        auto *gateway = dialog.findChild<QLineEdit *>(u"gateway"_s);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing typed yet
        QTest::keyClicks(cidr, u"10.0.10.128/25"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog.problem().contains(u"overlaps 10.0.10.0/24"_s),
                 qPrintable(dialog.problem()));
        cidr->clear();
        QTest::keyClicks(cidr, u"10.0.20.0/24"_s);
        QTest::keyClicks(gateway, u"10.0.21.1"_s);
        QVERIFY(dialog.problem().contains(u"not inside"_s));
        gateway->clear();
        QTest::keyClicks(gateway, u"10.0.20.1"_s);
        QVERIFY2(ok->isEnabled(), qPrintable(dialog.problem()));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        ZonePrefixPanel *prefixes = m_panel->prefixes();
        QCOMPARE(prefixes->model()->rowCount(), 2);

        // In place: a bad VLAN is refused with its reason, a good one kept.
        QSignalSpy rejected(prefixes, &TablePanel::editRejected);
        const QModelIndex vlan = prefixes->proxyModel()->index(1, ZonePrefixModel::VlanColumn);
        typeInto(prefixes, vlan, u"5000"_s);
        QTRY_COMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().first().toString(), u"VLAN 5000 is out of range 1-4094"_s);
        typeInto(prefixes, vlan, u"20"_s);
        QTRY_COMPARE(vlan.data().toString(), u"20"_s);
        QCOMPARE(m_document->undoStack()->count(), 4); // env, prefix, prefix, VLAN
        // Delete removes the selected prefix, one step.
        prefixes->table()->selectRow(1);
        prefixes->deleteAction()->trigger();
        QCOMPARE(prefixes->model()->rowCount(), 1);
    }

    void addressesAreTypedInCells()
    {
        QVERIFY(m_switcher->addEnvironment(u"Lab"_s));
        QSignalSpy rejected(addresses(), &TablePanel::editRejected);
        typeInto(addresses(), cell(u"Harbor"_s, AddressPlanModel::AddressesColumn),
                 u"10.0.20.7, harbor.lab.example.  2001:DB8::7"_s);
        QTRY_COMPARE(valuesOf(u"Harbor"_s),
                     (QStringList { u"10.0.20.7"_s, u"harbor.lab.example"_s, u"2001:db8::7"_s }));
        typeInto(addresses(), cell(u"Harbor"_s, AddressPlanModel::AddressesColumn),
                 u"10.0.20.7, 10.0.0.300"_s);
        QTRY_COMPARE(rejected.size(), 1);
        QVERIFY2(rejected.first().first().toString().contains(u"10.0.0.300"_s),
                 qPrintable(rejected.first().first().toString()));
        QCOMPARE(valuesOf(u"Harbor"_s).size(), 3); // unchanged
        // Delete clears the selected rows' addresses, one step, undoable.
        addresses()->selectIds({ component(u"Harbor"_s) });
        addresses()->deleteAction()->trigger();
        QCOMPARE(valuesOf(u"Harbor"_s), QStringList());
        m_document->undoStack()->undo();
        QCOMPARE(valuesOf(u"Harbor"_s).size(), 3);
    }

    void everyComponentIsFilledAndMistakesAreFlagged()
    {
        QVERIFY(m_switcher->addEnvironment(u"Lab"_s));
        addPrefix(u"Admin clients"_s, u"10.0.1.0/24"_s, u"10.0.1.1"_s);
        addPrefix(u"vSphere infrastructure"_s, u"10.0.10.0/24"_s, u"10.0.10.1"_s);
        addPrefix(u"NSX Advanced Load Balancer"_s, u"10.0.11.0/24"_s, u"10.0.11.1"_s);
        addPrefix(u"Tanzu Kubernetes Grid"_s, u"10.0.12.0/22"_s);
        addPrefix(u"Shared services"_s, u"10.0.20.0/24"_s, u"10.0.20.1"_s);
        // SaaS endpoints are names: a mistake on purpose too, Harbor at an
        // address of another zone.
        QVERIFY(m_document->setComponentAddresses(m_current->id(), component(u"Harbor"_s),
                                                  { u"10.0.10.50"_s }));
        const int steps = m_document->undoStack()->count();

        // Nothing selected: every row shown; one undo step.
        QSignalSpy status(addresses(), &TablePanel::statusMessage);
        QVERIFY2(addresses()->allocate(), qPrintable(m_document->errorString()));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(status.size(), 1);
        // Two networks find the zone's prefix taken, four SaaS endpoints no prefix.
        QCOMPARE(status.first().first().toString(),
                 u"Allocated addresses to 19 component(s). 6 got none (Problems Only lists them); "
                 u"the first, “TKG Workload Cluster CIDR”: every prefix of zone “Tanzu Kubernetes "
                 u"Grid” in Lab is already in use (10.0.12.0/22). Networks can share a zone's "
                 u"prefix: Allocate Free Prefix… gives each a free /N of it."_s);
        QCOMPARE(valuesOf(u"Management Client"_s), QStringList { u"10.0.1.2"_s });
        QCOMPARE(valuesOf(u"Bootstrap Machine"_s), QStringList { u"10.0.1.3"_s });
        QCOMPARE(valuesOf(u"TKG Management Cluster CIDR"_s), QStringList { u"10.0.12.0/22"_s });
        QCOMPARE(valuesOf(u"Harbor"_s), QStringList { u"10.0.10.50"_s }); // had one: left alone
        QVERIFY(statusOf(u"Harbor"_s).contains(u"outside the prefixes"_s));
        QCOMPARE(statusOf(u"Syslog"_s), u"OK"_s);
        QCOMPARE(model()->index(0, 0).data(AddressPlanModel::StatusRole).toInt(),
                 int(AddressPlanModel::Fine));

        // A duplicate on purpose: both rows say so, as an error.
        const QString syslog = valuesOf(u"Syslog"_s).first();
        typeInto(addresses(), cell(u"NTP Server"_s, AddressPlanModel::AddressesColumn), syslog);
        QTRY_VERIFY(statusOf(u"NTP Server"_s).contains(u"is bound to both"_s));
        QVERIFY(statusOf(u"Syslog"_s).contains(u"is bound to both"_s));
        QCOMPARE(model()->status(component(u"Syslog"_s)), AddressPlanModel::Error);
        QVERIFY(m_panel->summary()->text().contains(u"1 error"_s));

        // Problems only: the fine rows go, the flagged ones stay.
        addresses()->problemsOnlyAction()->setChecked(true);
        QVERIFY(cell(u"Syslog"_s, 0).isValid());
        QVERIFY(cell(u"Harbor"_s, 0).isValid());
        QVERIFY(!cell(u"Management Client"_s, 0).isValid());
        addresses()->problemsOnlyAction()->setChecked(false);
        QVERIFY(cell(u"Management Client"_s, 0).isValid());

        // Undo takes the whole allocation back.
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(valuesOf(u"Management Client"_s), QStringList());
    }

    void plansAreImportedAndExported()
    {
        QVERIFY(m_switcher->addEnvironment(u"Lab"_s));
        QTemporaryDir dir;
        const QString good = dir.filePath(u"plan.csv"_s);
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("component,address\nHarbor,10.0.20.5\nSyslog,10.0.20.6\nHarbor,10.0.20.5\n");
        file.close();
        QSignalSpy status(m_panel, &AddressPlanPanel::statusMessage);
        QVERIFY(m_panel->importPlan(good));
        QCOMPARE(status.last().first().toString(),
                 u"Imported 2 address(es) from plan.csv. 1 row(s) were there already."_s);
        QCOMPARE(valuesOf(u"Syslog"_s), QStringList { u"10.0.20.6"_s });

        const QString bad = dir.filePath(u"bad.csv"_s);
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("component,address\nHarbor,10.0.20.9\nNobody,10.0.20.7\n");
        badFile.close();
        QSignalSpy rejected(m_panel, &AddressPlanPanel::editRejected);
        QVERIFY(!m_panel->importPlan(bad));
        QCOMPARE(rejected.last().first().toString(),
                 u"bad.csv: line 3: there is no component named “Nobody”"_s);
        QCOMPARE(valuesOf(u"Harbor"_s), QStringList { u"10.0.20.5"_s }); // nothing of it
        QVERIFY(!m_panel->importPlan(dir.filePath(u"missing.csv"_s)));

        const QString out = dir.filePath(u"out.csv"_s);
        QVERIFY(m_panel->exportPlan(out));
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(),
                 QByteArray("component,address,kind,zone\r\n"
                            "Syslog,10.0.20.6,ipv4,Shared services\r\n"
                            "Harbor,10.0.20.5,ipv4,Shared services\r\n"));
    }
};

QTEST_MAIN(TestAddressPlanView)
#include "tst_addressplanview.moc"

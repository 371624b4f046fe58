// The flow editor opened by drawing on the diagram: it only lets through a
// flow the project accepts, and says why not while the user types.

#include "dialogs/flowdialog.h"
#include "project/sample.h"
#include "project/snapshot.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Portolan;
using namespace Qt::StringLiterals;

class TestFlowDialog : public QObject
{
    Q_OBJECT

private:
    ProjectSnapshot m_project;
    Id m_avi = 0;
    Id m_vcenter = 0;

    static QPushButton *ok(FlowDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    Flow drawn() const
    {
        Flow flow;
        flow.sourceId = m_avi;
        flow.destinationId = m_vcenter;
        return flow;
    }

private slots:
    void initTestCase()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY2(store && loadSample(*store, u"tko"_s, &error), qPrintable(error));
        m_project = Testing::readSnapshot(*store);
        m_avi = store->findComponent(u"Avi Controller"_s)->id;
        m_vcenter = store->findComponent(u"vCenter Server"_s)->id;
    }

    void badPortsAreExplainedAndRefused_data()
    {
        QTest::addColumn<QString>("ports");
        QTest::addColumn<QString>("reason");
        QTest::newRow("out of range") << u"70000"_s << u"70000"_s;
        QTest::newRow("backwards") << u"5-3"_s << u"5-3"_s;
        QTest::newRow("a word") << u"443,http"_s << u"http"_s;
    }

    void badPortsAreExplainedAndRefused()
    {
        QFETCH(QString, ports);
        QFETCH(QString, reason);
        FlowDialog dialog(m_project, drawn());
        QVERIFY(!ok(dialog)->isEnabled()); // no ports yet
        QTest::keyClicks(dialog.portsEdit(), ports);
        QVERIFY(!ok(dialog)->isEnabled());
        QVERIFY2(dialog.problem().contains(reason), qPrintable(dialog.problem()));
        QCOMPARE(dialog.findChild<QLabel *>(u"message"_s)->text(), dialog.problem());
        dialog.portsEdit()->clear();
        QTest::keyClicks(dialog.portsEdit(), u"443, 8443"_s);
        QVERIFY(ok(dialog)->isEnabled());
        QCOMPARE(dialog.flow().ports.toString(), u"443,8443"_s);
    }

    void endpointsMustBeComponents()
    {
        FlowDialog dialog(m_project, drawn());
        auto *destination = dialog.findChild<QComboBox *>(u"destination"_s);
        QCOMPARE(destination->currentText(), u"vCenter Server"_s);
        QTest::keyClicks(dialog.portsEdit(), u"443"_s);
        destination->setEditText(u"vCenter Srv"_s);
        QVERIFY(!ok(dialog)->isEnabled());
        QVERIFY(dialog.problem().contains(u"vCenter Srv"_s));
        destination->setEditText(u"esxi host"_s); // names match as the store does
        QVERIFY(ok(dialog)->isEnabled());
        QCOMPARE(m_project.componentName(dialog.flow().destinationId), u"ESXi Host"_s);
    }

    void portlessProtocolsTakeNoPorts()
    {
        FlowDialog dialog(m_project, drawn());
        QTest::keyClicks(dialog.portsEdit(), u"443"_s);
        auto *protocol = dialog.findChild<QComboBox *>(u"protocol"_s);
        protocol->setCurrentIndex(protocol->findText(u"ICMP"_s));
        QVERIFY(!dialog.portsEdit()->isEnabled());
        QVERIFY(ok(dialog)->isEnabled());
        QVERIFY(dialog.flow().ports.isEmpty());
        QCOMPARE(dialog.flow().protocol, Transport::Icmp);
    }

    void editingKeepsTheFlowsId()
    {
        Flow flow = drawn();
        flow.id = 42;
        flow.purpose = u"API"_s;
        FlowDialog dialog(m_project, flow);
        QCOMPARE(dialog.windowTitle(), u"Edit Flow"_s);
        QCOMPARE(dialog.flow().id, Id(42));
        QCOMPARE(dialog.flow().purpose, u"API"_s);
    }
};

QTEST_MAIN(TestFlowDialog)
#include "tst_flowdialog.moc"

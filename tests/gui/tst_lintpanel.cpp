// The Lint dock on the TKO sample: the two known design problems, the
// address findings once there is an environment, selection by click, and
// the list following edits and undo.
#include "document/projectdocument.h"
#include "environment/currentenvironment.h"
#include "lint/lintpanel.h"
#include "project/sample.h"
#include "selection/projectselection.h"
#include "store/projectstore.h"

#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Portolan;
using namespace Qt::StringLiterals;

class TestLintPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<ProjectSelection> m_selection;
    std::unique_ptr<CurrentEnvironment> m_environment;
    std::unique_ptr<LintPanel> m_panel;

    QStringList messages() const
    {
        QStringList out;
        for (const LintFinding &finding : m_panel->findings())
            out.append(lintSeverityName(finding.severity) + u": "_s + finding.message);
        return out;
    }
    Flow dhcpFlow() const
    {
        for (const Flow &flow : m_document->project().flows) {
            if (m_document->project().componentName(flow.destinationId) == u"DHCP Server"_s)
                return flow;
        }
        return {};
    }

private slots:
    void init()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY2(store && loadSample(*store, u"tko"_s, &error), qPrintable(error));
        m_document = std::make_unique<ProjectDocument>(std::move(store));
        m_selection = std::make_unique<ProjectSelection>();
        m_selection->setDocument(m_document.get());
        m_environment = std::make_unique<CurrentEnvironment>();
        m_panel = std::make_unique<LintPanel>(m_environment.get(), m_selection.get());
        m_environment->setDocument(m_document.get());
        m_panel->show();
    }

    void cleanup()
    {
        m_panel.reset();
        m_environment.reset();
        m_selection.reset();
        m_document.reset();
    }

    void theSamplesTwoProblems()
    {
        const QStringList found = messages();
        QCOMPARE(found.size(), 2);
        QVERIFY2(found.at(0).startsWith(u"error: “TKG Management and Workload Cluster CIDR” → "
                                        u"“DHCP Server” TCP 67-68"_s),
                 qPrintable(found.at(0)));
        QVERIFY2(found.at(1).contains(u"TCP 31234"_s), qPrintable(found.at(1)));
        QCOMPARE(m_panel->table()->model()->rowCount(), 2);
        QVERIFY(m_panel->summary()->text().startsWith(u"1 error(s) · 1 warning(s) · 0 note(s)"_s));

        // A click selects the flow it is about.
        m_panel->selectFinding(0);
        QCOMPARE(m_selection->kind(), ProjectSelection::Kind::Flows);
        QCOMPARE(m_selection->ids(), QList<Id> { dhcpFlow().id });
    }

    void aHiddenPanelChecksOnceShown()
    {
        // Behind another tab the panel does not check after every edit …
        m_panel->hide();
        Flow fixed = dhcpFlow();
        fixed.protocol = Transport::Udp;
        QVERIFY(m_document->updateFlow(fixed));
        QCoreApplication::processEvents();
        QCOMPARE(m_panel->table()->model()->rowCount(), 2);
        // … it does when it shows, or when asked for its findings.
        m_panel->show();
        QCOMPARE(m_panel->table()->model()->rowCount(), 1);
        m_panel->hide();
        m_document->undoStack()->undo();
        QCoreApplication::processEvents();
        QCOMPARE(m_panel->table()->model()->rowCount(), 1);
        QCOMPARE(m_panel->findings().size(), 2);
        QCOMPARE(m_panel->table()->model()->rowCount(), 2);
    }

    void checksOnceTheEditsPause()
    {
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QCOMPARE(m_panel->table()->model()->rowCount(), 2);
        Flow fixed = dhcpFlow();
        fixed.protocol = Transport::Udp;
        QVERIFY(m_document->updateFlow(fixed));
        QCoreApplication::processEvents();
        // Not yet: the diagram is drawn first …
        QCOMPARE(m_panel->table()->model()->rowCount(), 2);
        // … and the list follows by itself once the edits pause.
        QTRY_COMPARE(m_panel->table()->model()->rowCount(), 1);
        m_panel->hide();
    }

    void followsEditsAndTheEnvironment()
    {
        Flow fixed = dhcpFlow();
        fixed.protocol = Transport::Udp;
        QVERIFY(m_document->updateFlow(fixed));
        QTRY_COMPARE(m_panel->findings().size(), 1); // the error is gone
        m_document->undoStack()->undo();
        QTRY_COMPARE(m_panel->findings().size(), 2);

        // With an environment, the address plan is checked too.
        m_environment->setId(m_document->addEnvironment(u"Lab"_s));
        QTRY_VERIFY(m_panel->findings().size() > 2);
        QVERIFY(
            messages().contains(u"warning: “Harbor” is used by flows but has no address in Lab"_s));
        QVERIFY(m_panel->summary()->text().contains(u"Lab address plan"_s));
        // A component finding selects the component.
        for (int row = 0; row < m_panel->table()->model()->rowCount(); ++row) {
            if (m_panel->table()->model()->index(row, 1).data().toString().startsWith(
                    u"“Harbor” is used"_s)) {
                m_panel->selectFinding(row);
                break;
            }
        }
        QCOMPARE(m_selection->kind(), ProjectSelection::Kind::Components);
        QCOMPARE(m_selection->ids(),
                 QList<Id> { m_document->store().findComponent(u"Harbor"_s)->id });
    }
};

QTEST_MAIN(TestLintPanel)
#include "tst_lintpanel.moc"

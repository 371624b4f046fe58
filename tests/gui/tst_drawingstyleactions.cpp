// View → Edge Style, Layout Direction and Group Flows by Zone: each choice is
// an undo step of the document, what the menu does not show (collapsed
// zones) is kept, and the checks follow undo.

#include "diagram/drawingstyleactions.h"
#include "document/projectdocument.h"
#include "project/sample.h"
#include "store/projectstore.h"

#include <QAction>
#include <QTest>
#include <QUndoStack>

using namespace Portolan;
using namespace Qt::StringLiterals;

class TestDrawingStyleActions : public QObject
{
    Q_OBJECT

private slots:
    void choicesAreStepsThatKeepTheRest()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY2(store && loadSample(*store, u"tko"_s, &error), qPrintable(error));
        ProjectDocument document(std::move(store));
        const Id saas = document.store().findZone(u"VMware SaaS"_s)->id;
        QVERIFY(document.setZoneCollapsed(0, saas, true));

        DrawingStyleActions actions;
        actions.setDocument(&document);
        QVERIFY(actions.orthogonal()->isChecked());
        QVERIFY(actions.leftToRight()->isChecked());

        actions.curved()->trigger();
        QVERIFY(document.project().drawingSettings.curved);
        QVERIFY(document.project().drawingSettings.collapsedZones.contains(saas));

        actions.topToBottom()->trigger();
        QVERIFY(document.project().drawingSettings.topToBottom);
        QVERIFY(document.project().drawingSettings.curved);
        QVERIFY(document.project().drawingSettings.collapsedZones.contains(saas));
        QCOMPARE(document.undoStack()->undoText(), u"Lay out top to bottom"_s);

        document.undoStack()->undo();
        QVERIFY(actions.leftToRight()->isChecked());
        QVERIFY(!document.project().drawingSettings.topToBottom);
        document.undoStack()->undo();
        QVERIFY(actions.orthogonal()->isChecked());
        QVERIFY(document.project().drawingSettings.collapsedZones.contains(saas));
    }
};

QTEST_MAIN(TestDrawingStyleActions)
#include "tst_drawingstyleactions.moc"

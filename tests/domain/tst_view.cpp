// A view's selection as it is stored: written and read back the same,
// read leniently from a file written elsewhere, and a damaged one selects
// nothing rather than everything.

#include "domain/view.h"
#include "store/projectstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Portolan;
using namespace Qt::StringLiterals;

class TestView : public QObject
{
    Q_OBJECT

private slots:
    void selectionRoundTrips()
    {
        ViewSelection selection;
        QCOMPARE(viewSelectionToJson(selection), u"{}"_s);
        QCOMPARE(viewSelectionFromJson(u"{}"_s), selection);
        QVERIFY(selection.isEmpty());

        selection.products = { 3, 1 };
        selection.zones = { 7 };
        selection.components = { 12, 9000000000LL };
        selection.protocols = { Transport::Udp, Transport::Tcp };
        selection.text = u"dns \"53\" ü"_s;
        const QString json = viewSelectionToJson(selection);
        QCOMPARE(json,
                 u"{\"components\":[12,9000000000],\"products\":[1,3],"
                 u"\"protocols\":[\"TCP\",\"UDP\"],\"text\":\"dns \\\"53\\\" ü\",\"zones\":[7]}"_s);
        ViewSelection expected = selection;
        expected.protocols = { Transport::Tcp, Transport::Udp };
        QCOMPARE(viewSelectionFromJson(json), expected);
        QVERIFY(!selection.isEmpty());
    }

    void selectionIsReadLeniently()
    {
        // Unknown keys, wrong types, fractions and unknown protocols are
        // passed over.
        const auto read = viewSelectionFromJson(
            u"{\"products\":[1,\"2\",2.5,0],\"zones\":\"4\","
            u"\"protocols\":[\"udp\",\"carrier pigeon\",5],\"text\":\"  avi  \",\"colour\":\"red\"}"_s);
        QVERIFY(read);
        QCOMPARE(read->products, QSet<Id> { 1 });
        QVERIFY(read->zones.isEmpty());
        QCOMPARE(read->protocols, QList<Transport> { Transport::Udp });
        QCOMPARE(read->text, u"avi"_s);
        // Not an object: nothing to read.
        QVERIFY(!viewSelectionFromJson(u"[1,2]"_s));
        QVERIFY(!viewSelectionFromJson(u"{\"products\": [1"_s));
        QVERIFY(!viewSelectionFromJson(QString()));
    }

    void levelNames()
    {
        QCOMPARE(viewLevelName(ViewLevel::Zones), u"zones"_s);
        QCOMPARE(viewLevelFromName(u" Components "_s), ViewLevel::Components);
        QCOMPARE(viewLevelFromName(u"zones"_s), ViewLevel::Zones);
        QVERIFY(!viewLevelFromName(u"racks"_s));
    }

    void viewsSurviveReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"views.portolan"_s);
        QString error;
        View avi;
        avi.name = u"Avi"_s;
        avi.position = 2;
        avi.level = ViewLevel::Zones;
        avi.selection.products = { 1 };
        avi.selection.text = u"443"_s;
        avi.print = true;
        {
            auto store = ProjectStore::create(path, &error);
            QVERIFY2(store, qPrintable(error));
            avi.id = store->addView(avi);
            QVERIFY2(avi.id, qPrintable(store->errorString()));
            QVERIFY(store->addView({ 0, u"First"_s, 0, ViewLevel::Components, {}, false }));
            QVERIFY(
                store->writeDrawing({ DrawnItem { u"c1"_s, QRectF(0, 0, 10, 10), {}, {} } }, {}));
        }
        auto store = ProjectStore::open(path, ProjectStore::Mode::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->view(avi.id), avi);
        QCOMPARE(store->findView(u" avi "_s), avi);
        const QList<View> ordered = viewsInOrder(store->views());
        QCOMPARE(ordered.size(), 2);
        QCOMPARE(ordered.first().name, u"First"_s);
        QVERIFY(!store->findView(u"All"_s));
        QVERIFY(store->errorString().contains(u"no view named"_s));
        // Removing a view leaves the whole project's drawing alone.
        QVERIFY(store->removeView(avi.id));
        QVERIFY(!store->view(avi.id));
        QCOMPARE(store->drawing().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestView)
#include "tst_view.moc"

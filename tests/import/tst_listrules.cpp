// The rules for lists inside cells (import/listrules.h): a cell's items, and
// which columns pair and which multiply out for every mix of counts.

#include "import/listrules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan::ImportDetail;

class TestListRules : public QObject
{
    Q_OBJECT

private slots:
    void items_data();
    void items();
    void plan_data();
    void plan();
    void everyWarningIsOneShortLine();
};

void TestListRules::items_data()
{
    QTest::addColumn<QString>("raw");
    // Items joined with " | ", an optional one ending in " ?".
    QTest::addColumn<QString>("expected");

    QTest::newRow("one") << u"vCenter"_s << u"vCenter"_s;
    QTest::newRow("br") << u"vCenter<br>ESXi<br/>NSX"_s << u"vCenter | ESXi | NSX"_s;
    QTest::newRow("p") << u"<p>vCenter</p><p>ESXi</p>"_s << u"vCenter | ESXi"_s;
    QTest::newRow("empty p dropped")
        << u"<p>A</p><p></p><p> </p><p>&nbsp;</p><p>B</p>"_s << u"A | B"_s;
    QTest::newRow("empty br dropped") << u"A<br><br>B<br>"_s << u"A | B"_s;
    QTest::newRow("line breaks") << u"A\r\n\r\nB\nC"_s << u"A | B | C"_s;
    QTest::newRow("commas stay") << u"DNS, NTP"_s << u"DNS, NTP"_s;
    QTest::newRow("remark continues")
        << u"NSX Manager<br>(primary)<br>NSX Edge"_s << u"NSX Manager (primary) | NSX Edge"_s;
    QTest::newRow("two remarks") << u"TCP:443<br>(default)<br>(*.example.com)"_s
                                 << u"TCP:443 (default) (*.example.com)"_s;
    QTest::newRow("remark first stays") << u"(primary)<br>A"_s << u"(primary) | A"_s;
    QTest::newRow("nested remark") << u"A<br>(if (NSX) is used)"_s << u"A (if (NSX) is used)"_s;
    QTest::newRow("not a remark: text after") << u"A<br>(DMZ) Web"_s << u"A | (DMZ) Web"_s;
    QTest::newRow("not a remark: two") << u"A<br>(x) (y)"_s << u"A | (x) (y)"_s;
    QTest::newRow("optional line")
        << u"Proxy<br>(optional)<br>Registry"_s << u"Proxy ? | Registry"_s;
    QTest::newRow("optional inline") << u"TCP:443 (Optional)"_s << u"TCP:443 ?"_s;
    QTest::newRow("optional alone") << u"(optional)"_s << u" ?"_s;
    QTest::newRow("optional inside")
        << u"Optional sync (optional for labs)"_s << u"Optional sync (optional for labs)"_s;
    QTest::newRow("nothing") << u"<p></p>"_s << QString();
}

void TestListRules::items()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QStringList texts;
    for (const CellItem &item : cellItems(raw))
        texts.append(item.optional ? item.text + u" ?"_s : item.text);
    QCOMPARE(texts.join(u" | "_s), expected);
}

void TestListRules::plan_data()
{
    QTest::addColumn<int>("sources");
    QTest::addColumn<int>("destinations");
    QTest::addColumn<int>("services");
    QTest::addColumn<int>("purposes");
    QTest::addColumn<int>("groups");
    // Paired columns: S, D, V, P, or "-" for none.
    QTest::addColumn<QString>("paired");
    QTest::addColumn<int>("warnings");

    QTest::newRow("one of each") << 1 << 1 << 1 << 1 << 1 << u"-"_s << 0;
    QTest::newRow("no purpose column") << 1 << 1 << 1 << 0 << 1 << u"-"_s << 0;
    QTest::newRow("sources by destinations") << 3 << 2 << 1 << 1 << 1 << u"-"_s << 0;
    QTest::newRow("equal names alone never pair") << 2 << 2 << 1 << 1 << 1 << u"-"_s << 0;
    QTest::newRow("services to one destination") << 1 << 1 << 3 << 1 << 1 << u"-"_s << 0;
    QTest::newRow("purposes of one flow") << 1 << 1 << 1 << 3 << 1 << u"-"_s << 0;
    QTest::newRow("destinations, services, purposes") << 1 << 2 << 2 << 2 << 2 << u"DVP"_s << 0;
    QTest::newRow("sources, services, purposes") << 2 << 1 << 2 << 2 << 2 << u"SVP"_s << 0;
    QTest::newRow("all four") << 3 << 3 << 3 << 3 << 3 << u"SDVP"_s << 0;
    QTest::newRow("purpose confirms names") << 1 << 2 << 1 << 2 << 2 << u"DP"_s << 0;
    QTest::newRow("services and purposes") << 1 << 1 << 2 << 2 << 2 << u"VP"_s << 0;
    QTest::newRow("no purpose to confirm") << 1 << 2 << 2 << 1 << 2 << u"DV"_s << 1;
    QTest::newRow("no purpose column to confirm") << 2 << 1 << 2 << 0 << 2 << u"SV"_s << 1;
    QTest::newRow("destinations multiply") << 1 << 3 << 2 << 2 << 2 << u"VP"_s << 1;
    QTest::newRow("sources multiply") << 4 << 1 << 2 << 2 << 2 << u"VP"_s << 1;
    QTest::newRow("services merge") << 1 << 2 << 3 << 2 << 2 << u"DP"_s << 1;
    QTest::newRow("purposes join") << 1 << 2 << 2 << 3 << 2 << u"DV"_s << 2;
    QTest::newRow("nothing pairs") << 1 << 2 << 3 << 4 << 1 << u"-"_s << 1;
    QTest::newRow("names and purposes differ") << 1 << 2 << 1 << 3 << 1 << u"-"_s << 1;
    QTest::newRow("services against names") << 1 << 3 << 2 << 1 << 1 << u"-"_s << 1;
    QTest::newRow("purpose wins over services") << 2 << 1 << 3 << 2 << 2 << u"SP"_s << 1;
}

void TestListRules::plan()
{
    QFETCH(int, sources);
    QFETCH(int, destinations);
    QFETCH(int, services);
    QFETCH(int, purposes);
    QFETCH(int, groups);
    QFETCH(QString, paired);
    QFETCH(int, warnings);
    const ListPlan plan = planLists({ sources, destinations, services, purposes });
    QString actual;
    if (plan.pairSources)
        actual += u'S';
    if (plan.pairDestinations)
        actual += u'D';
    if (plan.pairServices)
        actual += u'V';
    if (plan.pairPurposes)
        actual += u'P';
    if (actual.isEmpty())
        actual = u"-"_s;
    QCOMPARE(plan.groups, groups);
    QCOMPARE(actual, paired);
    QVERIFY2(plan.warnings.size() == warnings, qPrintable(plan.warnings.join(u"\n"_s)));
    // A paired column has exactly `groups` items.
    const int counts[] = { sources, destinations, services, purposes };
    for (int k = 0; k < 4; ++k) {
        if (actual.contains(QLatin1Char("SDVP"[k])))
            QCOMPARE(counts[k], groups);
    }
}

void TestListRules::everyWarningIsOneShortLine()
{
    for (int s = 0; s <= 4; ++s)
        for (int d = 0; d <= 4; ++d)
            for (int v = 0; v <= 4; ++v)
                for (int p = 0; p <= 4; ++p)
                    for (const QString &warning : planLists({ s, d, v, p }).warnings) {
                        QVERIFY2(!warning.contains(u'\n'), qPrintable(warning));
                        QVERIFY2(warning.size() <= 200, qPrintable(warning));
                    }
}

QTEST_GUILESS_MAIN(TestListRules)
#include "tst_listrules.moc"

// Names of components, zones, products and environments: display form and
// the key that decides whether two names denote the same thing.

#include "domain/names.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Portolan;

class TestNames : public QObject
{
    Q_OBJECT

private slots:
    void cleanName_data();
    void cleanName();
    void sameName_data();
    void sameName();
    void keyIsStable_data();
    void keyIsStable();
};

void TestNames::cleanName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("clean");

    QTest::newRow("already clean") << u"vCenter Server"_s << u"vCenter Server"_s;
    QTest::newRow("case kept") << u"NSX ALB Controller"_s << u"NSX ALB Controller"_s;
    QTest::newRow("trimmed") << u"  DNS Server \t"_s << u"DNS Server"_s;
    QTest::newRow("inner spaces") << u"Admin   Client"_s << u"Admin Client"_s;
    QTest::newRow("tab and newline") << u"Tanzu\tKubernetes\nGrid"_s << u"Tanzu Kubernetes Grid"_s;
    QTest::newRow("crlf") << u"Shared\r\nServices"_s << u"Shared Services"_s;
    QTest::newRow("nbsp inside") << u"NTP\u00A0Server"_s << u"NTP Server"_s;
    QTest::newRow("nbsp around") << u"\u00A0NTP Server\u00A0"_s << u"NTP Server"_s;
    QTest::newRow("narrow nbsp") << u"NTP\u202FServer"_s << u"NTP Server"_s;
    QTest::newRow("zero-width space") << u"vcenter.\u200Bexample.com"_s << u"vcenter.example.com"_s;
    QTest::newRow("control characters")
        << u"Control\u0001\u0007\u001b[31m chars\u007f\u0085"_s << u"Control[31m chars"_s;
    QTest::newRow("byte-order mark") << u"\uFEFFSource"_s << u"Source"_s;
    QTest::newRow("trailing dot") << u"vCenter Server."_s << u"vCenter Server"_s;
    QTest::newRow("trailing dots") << u"Server..."_s << u"Server"_s;
    QTest::newRow("dots and spaces") << u"Server. ."_s << u"Server"_s;
    QTest::newRow("dot then space") << u"Server. "_s << u"Server"_s;
    QTest::newRow("fqdn root dot") << u"vcenter.example.com."_s << u"vcenter.example.com"_s;
    QTest::newRow("inner dots kept") << u"vcenter.example.com"_s << u"vcenter.example.com"_s;
    QTest::newRow("leading dot kept") << u".example.com"_s << u".example.com"_s;
    QTest::newRow("wildcard fqdn") << u"*.example.com"_s << u"*.example.com"_s;
    QTest::newRow("version kept") << u"TKG 2.1"_s << u"TKG 2.1"_s;
    QTest::newRow("unicode kept") << u"  Zürich   Rechenzentrum. "_s << u"Zürich Rechenzentrum"_s;
    QTest::newRow("cjk") << u"東京\u3000データセンター"_s << u"東京 データセンター"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only white space") << u" \t\u00A0 "_s << QString();
    QTest::newRow("only dots") << u"..."_s << QString();
}

void TestNames::cleanName()
{
    QFETCH(QString, name);
    QFETCH(QString, clean);
    QCOMPARE(Portolan::cleanName(name), clean);
    QCOMPARE(Portolan::cleanName(clean), clean); // idempotent
}

void TestNames::sameName_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("identical") << u"DNS Server"_s << u"DNS Server"_s << true;
    QTest::newRow("case") << u"vCenter Server."_s << u"vcenter  server"_s << true;
    QTest::newRow("upper") << u"NSX ALB"_s << u"nsx alb"_s << true;
    QTest::newRow("nbsp vs space") << u"NTP\u00A0Server"_s << u"ntp server"_s << true;
    QTest::newRow("fqdn root dot") << u"vcenter.example.com."_s << u"VCENTER.example.com"_s << true;
    QTest::newRow("capital sharp s") << u"STRA\u1E9EE"_s << u"straße"_s << true;
    // Qt folds one character to one ("simple" folding): ß does not become "ss".
    QTest::newRow("sharp s is not ss") << u"Straße"_s << u"STRASSE"_s << false;
    QTest::newRow("greek final sigma") << u"ΟΔΟΣ"_s << u"οδος"_s << true;
    QTest::newRow("composed vs decomposed") << u"Z\u00FCrich"_s << u"Zu\u0308rich"_s << true;
    QTest::newRow("full-width letters") << u"\uFF34\uFF2B\uFF27"_s << u"tkg"_s << true;
    QTest::newRow("different words") << u"DNS Server"_s << u"NTP Server"_s << false;
    QTest::newRow("space matters") << u"vcenter server"_s << u"vcenterserver"_s << false;
    QTest::newRow("inner dot matters") << u"example.com"_s << u"examplecom"_s << false;
    QTest::newRow("accent matters") << u"Zurich"_s << u"Zürich"_s << false;
    QTest::newRow("number matters") << u"Cluster 1"_s << u"Cluster 2"_s << false;
    QTest::newRow("empty vs dots") << QString() << u". ."_s << true;
}

void TestNames::sameName()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);

    QCOMPARE(Portolan::sameName(a, b), same);
    QCOMPARE(Portolan::sameName(b, a), same);
    QCOMPARE(nameKey(a) == nameKey(b), same);
}

void TestNames::keyIsStable_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << u"Management Client"_s;
    QTest::newRow("messy") << u"  Straße\u00A0 Zürich. ."_s;
    QTest::newRow("fqdn") << u"*.VMware.com."_s;
}

// A key is stored and compared later, so computing it again must not move it.
void TestNames::keyIsStable()
{
    QFETCH(QString, name);
    const QString key = nameKey(name);
    QCOMPARE(nameKey(key), key);
    QCOMPARE(nameKey(Portolan::cleanName(name)), key);
    QCOMPARE(key, key.toCaseFolded());
    QVERIFY(!key.endsWith(u'.'));
}

QTEST_APPLESS_MAIN(TestNames)
#include "tst_names.moc"

// escapeDotString/dotId: exact escapes for each hostile character, and for
// random hostile strings, that the escaped text can never end the DOT
// string early and that Graphviz's reading of it gives the text back.

#include "layout/dotreading.h"
#include "layout/escape.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Portolan::dotId;
using Portolan::escapeDotString;

using Portolan::Testing::graphvizLabelText;
using Portolan::Testing::showableText;

class TestEscape : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << u"vCenter Server"_s << u"vCenter Server"_s;
        QTest::newRow("empty") << u""_s << u""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"say \\\"hi\\\""_s;
        QTest::newRow("backslash") << u"C:\\temp"_s << u"C:\\\\temp"_s;
        QTest::newRow("trailing backslash") << u"end\\"_s << u"end\\\\"_s;
        QTest::newRow("backslash quote") << u"\\\""_s << u"\\\\\\\""_s;
        QTest::newRow("graphviz escape") << u"\\N \\G"_s << u"\\\\N \\\\G"_s;
        QTest::newRow("newline") << u"a\nb"_s << u"a\\nb"_s;
        QTest::newRow("crlf") << u"a\r\nb"_s << u"a\\nb"_s;
        QTest::newRow("lone cr") << u"a\rb"_s << u"a\\nb"_s;
        QTest::newRow("tab") << u"a\tb"_s << u"a b"_s;
        QTest::newRow("control") << u"a\x01\x1f\x7f"_s << u"a   "_s;
        QTest::newRow("injection") << u"]; a -> b ["_s << u"]; a -> b ["_s;
        QTest::newRow("brace") << u"}"_s << u"}"_s;
        QTest::newRow("html") << u"<b>&amp;</b>"_s << u"<b>&amp;</b>"_s;
        QTest::newRow("unicode") << u"Zürich · 東京 😀"_s << u"Zürich · 東京 😀"_s;
    }
    void escapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(escapeDotString(text), escaped);
        QCOMPARE(graphvizLabelText(escapeDotString(text)), showableText(text));
    }

    void dotIdIsQuoted_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("id");
        QTest::newRow("keyword") << u"node"_s << u"\"node\""_s;
        QTest::newRow("empty") << u""_s << u"\"\""_s;
        QTest::newRow("hostile") << u"a\" -> \"b"_s << u"\"a\\\" -> \\\"b\""_s;
    }
    void dotIdIsQuoted()
    {
        QFETCH(QString, key);
        QFETCH(QString, id);
        QCOMPARE(dotId(key), id);
    }

    // Random strings made of the characters that break DOT strings.
    void randomHostileStrings()
    {
        const QList<QChar> alphabet { u'"',  u'\\', u'\n', u'\r', u'a', u']',     u';',
                                      u'\t', u'{',  u'}',  u'<',  u'&', QChar(1), u'é' };
        QRandomGenerator random(20240611);
        for (int round = 0; round < 2000; ++round) {
            QString text;
            for (int i = int(random.bounded(12)); i > 0; --i)
                text += alphabet[random.bounded(int(alphabet.size()))];
            const QString body = escapeDotString(text);
            QVERIFY2(!body.contains(u'\n') && !body.contains(u'\r'), qPrintable(body));
            const QString reading = graphvizLabelText(body);
            QVERIFY2(!reading.isNull(), qPrintable(u"string ends early: "_s + body));
            QCOMPARE(reading, showableText(text));
        }
    }
};

QTEST_APPLESS_MAIN(TestEscape)
#include "tst_escape.moc"

// `portolan layout FILE [--reset]` as a documentation pipeline uses it: the
// first run lays the project out and stores the drawing, later runs lay out
// only what has no place (a component imported on the command line) and
// move nothing else, --reset gives the same geometry on every run, and the
// exports draw what is stored.

#include "clirunner.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRectF>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QHash<QString, QRectF> boxes(const QByteArray &json, const char *list)
{
    QHash<QString, QRectF> found;
    const QJsonArray items
        = QJsonDocument::fromJson(json).object().value(QLatin1String(list)).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        found.insert(item.value(u"name"_s).toString(),
                     QRectF(item.value(u"x"_s).toDouble(), item.value(u"y"_s).toDouble(),
                            item.value(u"w"_s).toDouble(), item.value(u"h"_s).toDouble()));
    }
    return found;
}

} // namespace

class TestLayoutCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QByteArray exportJson(const QString &project, const QString &name)
    {
        const QString out = path(name);
        const CliResult result = runPortolan({ u"export"_s, project, u"--diagram"_s, out });
        if (result.status != 0) {
            qWarning("%s", result.err.constData());
            return {};
        }
        QFile file(out);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void layoutStoresTheDrawingAndKeepsIt()
    {
        const QString project = path(u"tko.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, project, u"--sample"_s, u"tko"_s }).status, 0);

        const CliResult first = runPortolan({ u"layout"_s, project });
        QCOMPARE(first.status, 0);
        QCOMPARE(first.out.trimmed(), QByteArray("laid out afresh: 26 components, 22 edges"));
        const CliResult again = runPortolan({ u"layout"_s, project });
        QCOMPARE(again.status, 0);
        QCOMPARE(again.out.trimmed(), QByteArray("the drawing is complete: nothing to lay out"));
        const QByteArray stored = exportJson(project, u"stored.json"_s);
        QVERIFY(!stored.isEmpty());
        QCOMPARE(exportJson(project, u"stored-again.json"_s), stored);

        // A component and a flow imported on the command line: laid out
        // where there is room, and no other component changes size; those
        // that move, move only to make room for it.
        QFile table(path(u"jump.md"_s));
        QVERIFY(table.open(QIODevice::WriteOnly));
        table.write("| Source | Destination | Protocol | Port | Purpose |\n"
                    "| --- | --- | --- | --- | --- |\n"
                    "| Jump Host | vCenter Server | TCP | 443 | Administration |\n");
        table.close();
        QCOMPARE(runPortolan({ u"import"_s, table.fileName(), u"--into"_s, project }).status, 0);
        const CliResult update = runPortolan({ u"layout"_s, project });
        QCOMPARE(update.status, 0);
        QVERIFY2(update.out.startsWith("laid out what had no place: "), update.out.constData());
        const QByteArray updated = exportJson(project, u"updated.json"_s);
        const QHash<QString, QRectF> before = boxes(stored, "nodes");
        const QHash<QString, QRectF> after = boxes(updated, "nodes");
        QVERIFY(after.contains(u"Jump Host"_s));
        QCOMPARE(after.size(), before.size() + 1);
        int still = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QCOMPARE(after.value(it.key()).size(), it->size());
            still += after.value(it.key()) == *it ? 1 : 0;
            QVERIFY2(!after.value(u"Jump Host"_s).intersects(after.value(it.key())),
                     qPrintable(it.key()));
        }
        QVERIFY2(still >= before.size() / 2,
                 qPrintable(u"%1 of %2 kept their place"_s.arg(still).arg(before.size())));
    }

    // --reset: the same project and the same Graphviz give the same
    // geometry on every run, whatever was stored before.
    void resetIsTheSameEveryTime()
    {
        const QString a = path(u"a.portolan"_s), b = path(u"b.portolan"_s);
        for (const QString &project : { a, b })
            QCOMPARE(runPortolan({ u"new"_s, project, u"--sample"_s, u"tko"_s }).status, 0);
        QCOMPARE(runPortolan({ u"layout"_s, a }).status, 0);
        const CliResult reset = runPortolan({ u"layout"_s, a, u"--reset"_s });
        QCOMPARE(reset.status, 0);
        QCOMPARE(reset.out.trimmed(), QByteArray("laid out afresh: 26 components, 22 edges"));
        QCOMPARE(runPortolan({ u"layout"_s, b, u"--reset"_s }).status, 0);
        const QByteArray first = exportJson(a, u"a.json"_s);
        QVERIFY(!first.isEmpty());
        QCOMPARE(exportJson(b, u"b.json"_s), first);
    }

    // --direction top-to-bottom: stored, laid out afresh with flows running
    // down the page (most edges end below where they start), and kept by
    // later runs; back to left-to-right, most edges run rightwards again.
    void directionTurnsTheDrawing()
    {
        const QString project = path(u"turned.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, project, u"--sample"_s, u"tko"_s }).status, 0);
        const auto downAndRight = [&](const QString &name) {
            const QJsonArray edges = QJsonDocument::fromJson(exportJson(project, name))
                                         .object()
                                         .value(u"edges"_s)
                                         .toArray();
            int down = 0, right = 0;
            for (const QJsonValue &edge : edges) {
                const QJsonArray path = edge.toObject().value(u"path"_s).toArray();
                const QJsonArray first = path.first().toArray(), last = path.last().toArray();
                down += last[1].toDouble() > first[1].toDouble() + 1 ? 1 : 0;
                right += last[0].toDouble() > first[0].toDouble() + 1 ? 1 : 0;
            }
            return std::pair { down * 2 > edges.size(), right * 2 > edges.size() };
        };
        const CliResult turned
            = runPortolan({ u"layout"_s, project, u"--direction"_s, u"top-to-bottom"_s });
        QCOMPARE(turned.status, 0);
        QCOMPARE(turned.out.trimmed(), QByteArray("laid out afresh: 26 components, 22 edges"));
        QCOMPARE(downAndRight(u"down.json"_s), std::pair(true, false));
        const CliResult again = runPortolan({ u"layout"_s, project });
        QCOMPARE(again.out.trimmed(), QByteArray("the drawing is complete: nothing to lay out"));
        QCOMPARE(runPortolan({ u"layout"_s, project, u"--direction"_s, u"left-to-right"_s }).status,
                 0);
        QCOMPARE(downAndRight(u"across.json"_s).second, true);

        const CliResult wrong = runPortolan({ u"layout"_s, project, u"--direction"_s, u"up"_s });
        QCOMPARE(wrong.status, 2);
        QVERIFY2(wrong.err.contains("left-to-right or top-to-bottom"), wrong.err.constData());
        QCOMPARE(runPortolan({ u"view"_s, project, u"--name"_s, u"DNS"_s, u"--component"_s,
                               u"DNS Server"_s })
                     .status,
                 0);
        const CliResult view = runPortolan(
            { u"layout"_s, project, u"--view"_s, u"DNS"_s, u"--direction"_s, u"top-to-bottom"_s });
        QCOMPARE(view.status, 2);
        QVERIFY2(view.err.contains("whole project"), view.err.constData());
    }

    void badInputIsRefused()
    {
        const CliResult missing = runPortolan({ u"layout"_s, path(u"none.portolan"_s) });
        QCOMPARE(missing.status, 1);
        QVERIFY(missing.err.startsWith("portolan: "));
        const QString empty = path(u"empty.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, empty }).status, 0);
        const CliResult nothing = runPortolan({ u"layout"_s, empty });
        QCOMPARE(nothing.status, 1);
        QVERIFY2(nothing.err.contains("no components"), nothing.err.constData());
        QCOMPARE(runPortolan({ u"layout"_s }).status, 2);
    }
};

QTEST_MAIN(TestLayoutCli)
#include "tst_layoutcli.moc"

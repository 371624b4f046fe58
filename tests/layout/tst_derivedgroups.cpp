// deriveGroups: the components in no zone split into groups of at most
// derivedGroupNodes, every node in exactly one group, nodes that share
// flows kept together, and the same groups for the same input.

#include "layout/derivedgroups.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace Portolan;

namespace {

using Links = QList<std::pair<qsizetype, qsizetype>>;

QHash<qsizetype, qsizetype> groupSizes(const QList<qsizetype> &groups)
{
    QHash<qsizetype, qsizetype> sizes;
    for (qsizetype g : groups)
        ++sizes[g];
    return sizes;
}

} // namespace

class TestDerivedGroups : public QObject
{
    Q_OBJECT

private slots:
    void fewNodesMakeOneGroup()
    {
        QCOMPARE(derivedGroupCount(0), 1);
        QCOMPARE(derivedGroupCount(derivedGroupNodes), 1);
        QCOMPARE(derivedGroupCount(derivedGroupNodes + 1), 2);
        const QList<qsizetype> nodes { 7, 3, 9 };
        QCOMPARE(deriveGroups(nodes, Links { { 7, 3 } }), QList<qsizetype>({ 0, 0, 0 }));
    }

    // 2,000 nodes and 10,000 random flows, as the benchmark's XL without
    // zones: 50 groups, none over the limit, and every node in one.
    void manyNodesMakeGroupsOfTheLimit()
    {
        QRandomGenerator random(7);
        QList<qsizetype> nodes;
        for (qsizetype n = 0; n < 2000; ++n)
            nodes.append(1000 + n);
        Links links;
        for (int f = 0; f < 10000; ++f)
            links.append({ 1000 + random.bounded(2000), 1000 + random.bounded(2000) });
        links.append({ 5, 1001 }); // an end that is not one of the nodes
        const QList<qsizetype> groups = deriveGroups(nodes, links);
        QCOMPARE(groups.size(), nodes.size());
        const QHash<qsizetype, qsizetype> sizes = groupSizes(groups);
        QCOMPARE(sizes.size(), derivedGroupCount(2000));
        for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
            QVERIFY2(it.key() >= 0 && it.key() < derivedGroupCount(2000),
                     qPrintable(QString::number(it.key())));
            QVERIFY2(it.value() <= derivedGroupNodes, qPrintable(QString::number(it.value())));
        }
        QCOMPARE(deriveGroups(nodes, links), groups);
    }

    // Three rings of 30 nodes with flows only inside each ring, listed
    // interleaved: each ring is one group.
    void linkedNodesStayTogether()
    {
        QList<qsizetype> nodes;
        for (qsizetype n = 0; n < 90; ++n)
            nodes.append(n);
        Links links;
        for (qsizetype ring = 0; ring < 3; ++ring) {
            for (qsizetype i = 0; i < 30; ++i)
                links.append({ ring + 3 * i, ring + 3 * ((i + 1) % 30) });
        }
        const QList<qsizetype> groups = deriveGroups(nodes, links);
        QCOMPARE(groupSizes(groups).size(), 3);
        for (qsizetype n = 3; n < 90; ++n)
            QCOMPARE(groups[n], groups[n % 3]);
    }

    // Nodes without any flow still get a group each, up to the limit.
    void unlinkedNodesFillGroups()
    {
        QList<qsizetype> nodes;
        for (qsizetype n = 0; n < 100; ++n)
            nodes.append(n);
        const QHash<qsizetype, qsizetype> sizes = groupSizes(deriveGroups(nodes, {}));
        QCOMPARE(sizes.size(), 3);
        for (qsizetype size : sizes)
            QVERIFY(size <= derivedGroupNodes);
    }
};

QTEST_APPLESS_MAIN(TestDerivedGroups)
#include "tst_derivedgroups.moc"

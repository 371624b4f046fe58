// Addresses on the diagram, on the TKO sample with a Lab and a Prod
// environment: boxes measured and drawn with the addresses of the chosen
// environment under the names, "+N more" beyond three, tooltips that list
// them whether drawn or not, and a Graphviz layout that gives the taller
// boxes room.

#include "addressing/addressplan.h"
#include "diagram/diagram.h"
#include "diagram/diagramstyle.h"
#include "layout/layoutchecks.h"
#include "layout/layoutservice.h"
#include "project/sample.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QFontMetricsF>
#include <QTest>

using namespace Portolan;
using namespace Portolan::Testing;
using namespace Qt::StringLiterals;

// Graphviz 2.42 leaks on every clustered layout, inside libgvc (docs/graphviz.md);
// the application contains that in its worker process. Under LeakSanitizer
// this test names that known leak, and only it.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libgvc.so\n";
}

namespace {

const DisplayElement *findElement(const DisplayList &list, const QString &id)
{
    for (const DisplayElement &element : list.elements) {
        if (element.id == id)
            return &element;
    }
    return nullptr;
}

QList<Primitive> texts(const DisplayElement &element)
{
    QList<Primitive> found;
    for (const Primitive &primitive : element.primitives) {
        if (primitive.kind == Primitive::Kind::Text)
            found << primitive;
    }
    return found;
}

QStringList textLines(const DisplayElement &element)
{
    QStringList lines;
    for (const Primitive &primitive : texts(element))
        lines << primitive.text;
    return lines;
}

// Where a text primitive's line sits, measured independently of the code
// under test.
QRectF textBox(const Primitive &primitive)
{
    const QFontMetricsF metrics(primitive.font);
    return QRectF(primitive.origin.x(), primitive.origin.y() - metrics.ascent(),
                  metrics.horizontalAdvance(primitive.text), metrics.height());
}

} // namespace

class TestDiagramAddresses : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectStore> m_store;
    Id m_lab = 0;
    Id m_prod = 0;

    Id component(const QString &name) const { return m_store->findComponent(name)->id; }

    void assign(Id environment, const QString &name, const QStringList &addresses)
    {
        for (const QString &address : addresses) {
            QString error;
            QVERIFY2(assignAddress(*m_store, environment, component(name), address, &error),
                     qPrintable(error));
        }
    }

    ProjectSnapshot project() const { return Testing::readSnapshot(*m_store); }

    DiagramOptions options(Id environment, bool show) const
    {
        DiagramOptions options;
        options.environment = environment;
        options.showAddresses = show;
        return options;
    }

    // A diagram of the sample laid out by Graphviz in this process.
    Diagram laidOut(const DiagramOptions &options) const
    {
        const ProjectSnapshot snapshot = project();
        return assembleDiagram(snapshot, options,
                               layOutWithGraphviz(diagramLayoutRequest(snapshot, options)));
    }

    QSizeF requestedSize(const DiagramOptions &options, Id id) const
    {
        for (const LayoutNode &node : diagramLayoutRequest(project(), options).nodes) {
            if (node.key == u"c%1"_s.arg(id))
                return node.size;
        }
        return {};
    }

private slots:
    void init()
    {
        QString error;
        m_store = ProjectStore::createInMemory(&error);
        QVERIFY2(m_store && loadSample(*m_store, u"tko"_s, &error), qPrintable(error));
        m_lab = ensureEnvironment(*m_store, u"Lab"_s, &error);
        m_prod = ensureEnvironment(*m_store, u"Prod"_s, &error);
        QVERIFY2(m_lab && m_prod, qPrintable(error));
        assign(m_lab, u"Harbor"_s, { u"10.0.1.5"_s, u"10.0.1.6"_s });
        assign(m_lab, u"Avi Controller"_s, { u"10.0.2.10"_s });
        assign(m_lab, u"TKG Management Cluster CIDR"_s, { u"10.20.0.0/22"_s });
        assign(m_lab, u"Tanzu Mission Control"_s, { u"tmc.cloud.vmware.com"_s });
        assign(m_prod, u"Harbor"_s, { u"172.16.1.5"_s });
    }

    void cleanup() { m_store.reset(); }

    void boxesAreMeasuredWithTheirAddresses()
    {
        const Id harbor = component(u"Harbor"_s), syslog = component(u"Syslog"_s);
        const QSizeF plain = requestedSize({}, harbor);
        const QSizeF withAddresses = requestedSize(options(m_lab, true), harbor);
        QCOMPARE(plain, DiagramStyle::componentSize(u"Harbor"_s));
        QCOMPARE(withAddresses,
                 DiagramStyle::componentSize(u"Harbor"_s, { u"10.0.1.5"_s, u"10.0.1.6"_s }));
        QVERIFY(withAddresses.height() > plain.height());
        QVERIFY(withAddresses.width() >= plain.width());
        // No address in Lab: the box is as it always was.
        QCOMPARE(requestedSize(options(m_lab, true), syslog), requestedSize({}, syslog));
        // Tooltips alone do not change sizes; neither does an unknown environment.
        QCOMPARE(requestedSize(options(m_lab, false), harbor), plain);
        QCOMPARE(requestedSize(options(9999, true), harbor), plain);
        // Each environment its own addresses: one line in Prod, which the
        // minimum height of a box has room for already.
        const QSizeF prod = requestedSize(options(m_prod, true), harbor);
        QCOMPARE(prod, DiagramStyle::componentSize(u"Harbor"_s, { u"172.16.1.5"_s }));
        QVERIFY(prod.height() >= plain.height() && prod.height() < withAddresses.height());
    }

    void addressesAreDrawnUnderTheName()
    {
        const Diagram diagram = laidOut(options(m_lab, true));
        const DisplayList display = renderDiagram(diagram);
        const Id harbor = component(u"Harbor"_s);
        const DisplayElement *element = findElement(display, u"component-%1"_s.arg(harbor));
        QVERIFY(element);
        QCOMPARE(textLines(*element), (QStringList { u"Harbor"_s, u"10.0.1.5"_s, u"10.0.1.6"_s }));
        QCOMPARE(diagram.component(harbor)->addressLines,
                 (QStringList { u"10.0.1.5"_s, u"10.0.1.6"_s }));

        const QList<Primitive> lines = texts(*element);
        const Primitive &name = lines.at(0);
        for (const Primitive &address : lines.mid(1)) {
            // Under the name, aligned with it, smaller and in another colour.
            QVERIFY(textBox(address).top() >= textBox(name).bottom());
            QCOMPARE(address.origin.x(), name.origin.x());
            QVERIFY(address.font.pixelSize() < name.font.pixelSize());
            QVERIFY(address.color != name.color);
        }
        QVERIFY(textBox(lines.at(2)).top() >= textBox(lines.at(1)).bottom() - 0.01);

        // The address is drawn on its own component only, and Prod's not at all.
        for (const DisplayElement &other : display.elements) {
            const QStringList shown = textLines(other);
            if (other.id != element->id)
                QVERIFY2(!shown.contains(u"10.0.1.5"_s), qPrintable(other.id));
            QVERIFY2(!shown.contains(u"172.16.1.5"_s), qPrintable(other.id));
        }
        QCOMPARE(textLines(*findElement(display, u"component-%1"_s.arg(component(u"Syslog"_s)))),
                 QStringList { u"Syslog"_s });
    }

    void nothingIsDrawnUnlessAsked()
    {
        for (const DiagramOptions &without : { DiagramOptions(), options(m_lab, false) }) {
            const ProjectSnapshot snapshot = project();
            const Diagram diagram = assembleDiagram(
                snapshot, without, fallbackLayout(diagramLayoutRequest(snapshot, without), {}));
            const DisplayList display = renderDiagram(diagram);
            const Id harbor = component(u"Harbor"_s);
            QVERIFY(diagram.component(harbor)->addressLines.isEmpty());
            QCOMPARE(textLines(*findElement(display, u"component-%1"_s.arg(harbor))),
                     QStringList { u"Harbor"_s });
        }
    }

    void tooltipsListTheAddresses()
    {
        const Id harbor = component(u"Harbor"_s), syslog = component(u"Syslog"_s);
        for (const bool shown : { true, false }) {
            const ProjectSnapshot snapshot = project();
            const DiagramOptions lab = options(m_lab, shown);
            const Diagram diagram = assembleDiagram(
                snapshot, lab, fallbackLayout(diagramLayoutRequest(snapshot, lab), {}));
            const QStringList lines = diagram.component(harbor)->tooltip.split(u'\n');
            QCOMPARE(lines.value(0), u"Harbor"_s);
            QCOMPARE(lines.value(1), u"Service · Shared services"_s);
            QCOMPARE(lines.value(2), u"Lab: 10.0.1.5, 10.0.1.6"_s);
            QVERIFY(lines.value(3).startsWith(u"← "_s)); // then the flows, as before
            QCOMPARE(diagram.component(syslog)->tooltip.split(u'\n').value(2),
                     u"Lab: no address"_s);
            // The tooltip is the element's title (and the SVG's <title>).
            const DisplayList display = renderDiagram(diagram);
            QCOMPARE(findElement(display, u"component-%1"_s.arg(harbor))->title,
                     diagram.component(harbor)->tooltip);
        }

        const ProjectSnapshot snapshot = project();
        const Diagram prod
            = assembleDiagram(snapshot, options(m_prod, false),
                              fallbackLayout(diagramLayoutRequest(snapshot, {}), {}));
        QVERIFY(prod.component(harbor)->tooltip.contains(u"\nProd: 172.16.1.5\n"_s));

        // Without an environment (or with one the project lacks), no address line.
        for (const Id none : { Id(0), Id(9999) }) {
            const Diagram diagram
                = assembleDiagram(snapshot, options(none, true),
                                  fallbackLayout(diagramLayoutRequest(snapshot, {}), {}));
            const QString tooltip = diagram.component(harbor)->tooltip;
            QVERIFY2(!tooltip.contains(u"10.0.1.5"_s) && !tooltip.contains(u"no address"_s),
                     qPrintable(tooltip));
            QVERIFY(diagram.component(harbor)->addressLines.isEmpty());
        }
    }

    void moreThanThreeAddresses_data()
    {
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<QStringList>("drawn");
        const QStringList five { u"10.0.3.1"_s, u"10.0.3.2"_s, u"10.0.3.3"_s, u"10.0.3.4"_s,
                                 u"10.0.3.5"_s };
        QTest::newRow("three: all of them") << five.first(3) << five.first(3);
        QTest::newRow("four") << five.first(4)
                              << QStringList { u"10.0.3.1"_s, u"10.0.3.2"_s, u"+2 more"_s };
        QTest::newRow("five") << five << QStringList { u"10.0.3.1"_s, u"10.0.3.2"_s, u"+3 more"_s };
    }

    void moreThanThreeAddresses()
    {
        QFETCH(QStringList, addresses);
        QFETCH(QStringList, drawn);
        assign(m_lab, u"vCenter Server"_s, addresses);
        const Id vcenter = component(u"vCenter Server"_s);
        const DiagramOptions lab = options(m_lab, true);
        const ProjectSnapshot snapshot = project();
        const Diagram diagram = assembleDiagram(
            snapshot, lab, fallbackLayout(diagramLayoutRequest(snapshot, lab), {}));
        const DisplayList display = renderDiagram(diagram);
        QCOMPARE(textLines(*findElement(display, u"component-%1"_s.arg(vcenter))),
                 QStringList { u"vCenter Server"_s } + drawn);
        // The tooltip names every one of them.
        QVERIFY(diagram.component(vcenter)->tooltip.contains(u"Lab: "_s + addresses.join(u", "_s)));
        QCOMPARE(requestedSize(lab, vcenter),
                 DiagramStyle::componentSize(u"vCenter Server"_s, drawn));
    }

    void longAddressesAreElidedToTheBox()
    {
        const QString fqdn = u"registry-mirror-01.shared-services.lab.tanzu.example.internal"_s;
        assign(m_lab, u"Syslog"_s, { fqdn });
        const QStringList lines = DiagramStyle::componentAddressLines({ fqdn });
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first() != fqdn);
        QVERIFY(lines.first().startsWith(u"registry"_s)); // both ends kept
        QVERIFY(lines.first().endsWith(u"internal"_s));
        const QSizeF size = requestedSize(options(m_lab, true), component(u"Syslog"_s));
        QVERIFY(size.width() <= DiagramStyle::componentPadding.left()
                    + DiagramStyle::componentIconSize + DiagramStyle::componentIconGap
                    + DiagramStyle::componentTextWidth + DiagramStyle::componentPadding.right()
                    + 1);
    }

    // With an address on every component, Graphviz still gives every box
    // room: no overlaps, zones hold their members, every text inside its box.
    void layoutGivesTallerBoxesRoom()
    {
        const ProjectSnapshot before = project();
        int n = 0;
        for (const Component &c : before.components) {
            if (before.addressesOf(c.id, m_lab).isEmpty())
                assign(m_lab, c.name,
                       n % 3 == 0 ? QStringList { u"10.1.%1.10"_s.arg(n) }
                                  : QStringList { u"10.1.%1.10"_s.arg(n), u"10.1.%1.11"_s.arg(n),
                                                  u"10.1.%1.12"_s.arg(n), u"10.1.%1.13"_s.arg(n) });
            ++n;
        }
        const ProjectSnapshot snapshot = project();
        const DiagramOptions lab = options(m_lab, true);
        const LayoutRequest request = diagramLayoutRequest(snapshot, lab);
        const LayoutResult result = layOutWithGraphviz(request);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const QStringList problems = nodeOverlaps(result) + clusterProblems(request, result)
            + labelOverlapProblems(result) + edgeProblems(request, result);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        const Diagram diagram = assembleDiagram(snapshot, lab, result);
        const DisplayList display = renderDiagram(diagram);
        for (const DiagramComponent &drawn : diagram.components) {
            QVERIFY2(!drawn.addressLines.isEmpty(), qPrintable(drawn.name));
            const DisplayElement *element = findElement(display, u"component-%1"_s.arg(drawn.id));
            const QList<Primitive> lines = texts(*element);
            QCOMPARE(lines.size(),
                     DiagramStyle::componentLines(drawn.name).size() + drawn.addressLines.size());
            for (const Primitive &line : lines)
                QVERIFY2(drawn.box.contains(textBox(line)),
                         qPrintable(drawn.name + u": "_s + line.text));
            for (const DiagramComponent &other : diagram.components) {
                if (other.id != drawn.id)
                    QVERIFY2(!other.box.intersects(drawn.box),
                             qPrintable(drawn.name + u" / "_s + other.name));
            }
        }
    }
};

QTEST_MAIN(TestDiagramAddresses)
#include "tst_diagramaddresses.moc"

// Undo at scale: 5,000 random steps on a project file through ProjectDocument
// — edits of every kind of record, some of which must be refused, mixed with
// undo (about 20%) and redo (about 10%) — each checked against a model of the
// project that this test keeps on its own.
//
// The model (Design) is a map of plain records per kind. The test applies each
// operation to it by what projectdocument.h and projectstore.h promise: a
// deleted zone's members and sub-zones move to its parent and its prefixes go;
// a deleted component takes its addresses and its flows, or hands the flows on
// (dropping those that would repeat another flow or that the move makes run
// from a component to itself); a deleted product leaves its flows without one; a deleted
// environment takes its addresses and prefixes; names are unique per kind by
// key. Whether the model accepts an operation decides whether the document
// must: a refused one returns false (or id 0) with a reason, and changes
// neither the file nor the undo stack. The undo stack is modelled as a list of
// Design copies with an index: an edit that changes something drops the
// states that could be redone and adds its own; undo and redo move the index;
// an edit of the same field of the same record as the step on top merges into
// that step, and a merged step back where it started goes (as ChangeCommand
// and QUndoStack do it). An undone delete brings the records back under their
// old ids.
//
// The model never reads the file. The id an add returns is taken into the
// model once the test has checked that the kind never had it (ids are never
// reused); addresses, which setComponentAddresses adds without returning ids,
// get the next ids in the order given.
//
// After every step the whole file is compared with the model: every record
// of every kind, read afresh with ProjectStore's list reads (one query per
// kind) and compared field by field, and the undo stack's index and count with
// the model's. Every 50 steps the file is also compared as text (dump() of
// storedump.h, which reads the addresses and prefixes component by component
// and zone by zone). At the end everything is undone, down to an empty
// project, and redone, each step compared; then the file, opened afresh
// read-only, is compared once more.
//
// The project is a file in a temporary folder, so every step is a real SQLite
// transaction; the folder is in memory-backed storage (/dev/shm) where there
// is some, so that syncing the file to a disk does not take most of the run's
// time. The seed is printed; PORTOLAN_UNDO_SEED overrides it. A failure names
// the seed, the step and the operation.

#include "document/projectdocument.h"
#include "storedump.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <optional>

using namespace Portolan;
using namespace Portolan::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int StepCount = 5000;
constexpr int TextCheckInterval = 50;
constexpr quint32 DefaultSeed = 20250611;
constexpr Id Missing = 999999; // an id no record has

// --- the model -----------------------------------------------------------------

// The project as the model holds it: every record by id.
struct Design
{
    QMap<Id, Product> products;
    QMap<Id, Zone> zones;
    QMap<Id, Component> components;
    QMap<Id, Flow> flows;
    QMap<Id, Environment> environments;
    QMap<Id, Address> addresses;
    QMap<Id, ZonePrefix> prefixes;
    QMap<Id, View> views;

    friend bool operator==(const Design &, const Design &) = default;
};

// What an undo step may merge with: the next edit of the same field of the
// same record. An empty field merges with nothing.
struct Merge
{
    QString field;
    Id record = 0;

    friend bool operator==(const Merge &, const Merge &) = default;
};

// The undo stack as the model sees it: the design before any step, the
// design after each step, and what each step may merge with.
class History
{
public:
    const Design &current() const { return m_states.at(m_index); }
    // The design before the step on top (the empty project when there is none).
    const Design &beforeTop() const { return m_states.at(qMax(0, m_index - 1)); }
    int index() const { return m_index; }
    int count() const { return int(m_states.size()) - 1; }
    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < count(); }
    void undo() { --m_index; }
    void redo() { ++m_index; }
    int merged() const { return m_merged; }
    int mergedAway() const { return m_mergedAway; }

    // An edit that changed something: the steps that could be redone go; it
    // merges with the step on top or becomes a step of its own.
    void push(const Design &after, const Merge &merge)
    {
        m_states.resize(m_index + 1);
        m_merges.resize(m_index + 1);
        if (m_index > 0 && !merge.field.isEmpty() && m_merges.at(m_index) == merge) {
            ++m_merged;
            m_states[m_index] = after;
            // Back where the step started: it has nothing to undo and goes.
            if (m_states.at(m_index) == m_states.at(m_index - 1)) {
                ++m_mergedAway;
                m_states.removeLast();
                m_merges.removeLast();
                --m_index;
            }
            return;
        }
        m_states.append(after);
        m_merges.append(merge);
        ++m_index;
    }

private:
    QList<Design> m_states { Design {} };
    QList<Merge> m_merges { Merge {} };
    int m_index = 0;
    int m_merged = 0;
    int m_mergedAway = 0;
};

// The highest id each kind has ever had: a new record's id is above it.
struct IdMarks
{
    Id products = 0;
    Id zones = 0;
    Id components = 0;
    Id flows = 0;
    Id environments = 0;
    Id addresses = 0;
    Id prefixes = 0;
    Id views = 0;
};

// --- the model's own rules -------------------------------------------------------

// Names are compared case-insensitively with white space trimmed and
// collapsed; the test's names are plain ASCII words and numbers.
QString keyOf(const QString &name)
{
    return name.simplified().toCaseFolded();
}

template<typename T> bool nameFree(const QMap<Id, T> &records, const QString &name, Id self = 0)
{
    const QString key = keyOf(name);
    if (key.isEmpty())
        return false;
    return std::none_of(records.cbegin(), records.cend(), [&](const T &record) {
        return record.id != self && keyOf(record.name) == key;
    });
}

bool viewNameFree(const QMap<Id, View> &views, const QString &name, Id self = 0)
{
    return nameFree(views, name, self) && keyOf(name) != u"all"_s;
}

bool validColour(const QString &colour)
{
    static const QRegularExpression rgb(u"^#[0-9A-Fa-f]{6}$"_s);
    return rgb.match(colour).hasMatch();
}

// TCP, UDP and SCTP carry ports; the other protocols none.
bool carriesPorts(Transport protocol)
{
    return protocol == Transport::Tcp || protocol == Transport::Udp || protocol == Transport::Sctp;
}

bool flowValid(const Design &design, const Flow &flow)
{
    return design.components.contains(flow.sourceId)
        && design.components.contains(flow.destinationId)
        && (flow.productId == 0 || design.products.contains(flow.productId))
        && (carriesPorts(flow.protocol) || flow.ports.isEmpty());
}

// Two flows repeat each other with the same product, endpoints, protocol,
// ports and purpose.
QString repeatKey(const Flow &flow)
{
    return u"%1 %2 %3 %4 %5 %6"_s.arg(flow.productId)
        .arg(flow.sourceId)
        .arg(flow.destinationId)
        .arg(int(flow.protocol))
        .arg(flow.ports.toString(), flow.purpose);
}

// The fields in which two versions of a flow differ.
QStringList changedFields(const Flow &a, const Flow &b)
{
    QStringList fields;
    if (a.productId != b.productId)
        fields.append(u"product"_s);
    if (a.sourceId != b.sourceId)
        fields.append(u"source"_s);
    if (a.destinationId != b.destinationId)
        fields.append(u"destination"_s);
    if (a.protocol != b.protocol)
        fields.append(u"protocol"_s);
    if (a.ports != b.ports)
        fields.append(u"ports"_s);
    if (a.purpose != b.purpose)
        fields.append(u"purpose"_s);
    if (a.optional != b.optional)
        fields.append(u"optional"_s);
    if (a.notes != b.notes)
        fields.append(u"notes"_s);
    return fields;
}

// Whether zone `inner` is `outer` or lies (through its parents) inside it.
bool within(const Design &design, Id inner, Id outer)
{
    QSet<Id> seen;
    for (Id zone = inner; zone != 0 && !seen.contains(zone);
         zone = design.zones.value(zone).parentId) {
        if (zone == outer)
            return true;
        seen.insert(zone);
    }
    return false;
}

// An IPv4 address as a dotted quad without leading zeros, as a number.
std::optional<quint32> ipv4(QStringView text)
{
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 value = 0;
    for (const QStringView part : parts) {
        const bool digits = !part.isEmpty() && part.size() <= 3
            && std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c.isDigit(); });
        if (!digits || (part.size() > 1 && part.front() == u'0') || part.toUInt() > 255)
            return std::nullopt;
        value = value << 8 | part.toUInt();
    }
    return value;
}

QString quad(quint32 value)
{
    return u"%1.%2.%3.%4"_s.arg(value >> 24)
        .arg(value >> 16 & 0xff)
        .arg(value >> 8 & 0xff)
        .arg(value & 0xff);
}

// The addresses an IPv4 prefix covers; none when it is no prefix, or has host
// bits set.
struct Block
{
    quint32 first = 0;
    quint32 last = 0;

    bool overlaps(const Block &other) const { return first <= other.last && other.first <= last; }
    bool contains(const Block &other) const { return first <= other.first && other.last <= last; }
};

std::optional<Block> blockOf(QStringView cidr)
{
    const qsizetype slash = cidr.indexOf(u'/');
    if (slash < 0)
        return std::nullopt;
    const auto network = ipv4(cidr.left(slash));
    bool ok = false;
    const int length = cidr.mid(slash + 1).toInt(&ok);
    if (!network || !ok || length < 0 || length > 32)
        return std::nullopt;
    const quint32 hosts = length == 0 ? 0xffffffffu : (quint32(1) << (32 - length)) - 1;
    if (*network & hosts)
        return std::nullopt;
    return Block { *network, *network | hosts };
}

// An address text as stored (kind, canonical value), or nothing when it is
// unreadable. The test writes IPv4 addresses and host names only.
std::optional<std::pair<QString, QString>> addressOf(const QString &text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression numbers(u"^[0-9.]+$"_s);
    if (numbers.match(trimmed).hasMatch()) {
        if (!ipv4(trimmed))
            return std::nullopt;
        return std::pair(u"ipv4"_s, trimmed);
    }
    static const QRegularExpression host(u"^[a-z0-9-]+(\\.[a-z0-9-]+)+$"_s);
    if (!host.match(trimmed.toLower()).hasMatch())
        return std::nullopt;
    return std::pair(u"fqdn"_s, trimmed.toLower());
}

template<typename T, typename Test> void removeWhere(QMap<Id, T> &records, Test test)
{
    for (auto it = records.begin(); it != records.end();)
        it = test(it.value()) ? records.erase(it) : std::next(it);
}

// Views in the user's order: position, then creation.
QList<View> inOrder(const QMap<Id, View> &views)
{
    QList<View> ordered = views.values();
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const View &a, const View &b) { return a.position < b.position; });
    return ordered;
}

// --- comparing ---------------------------------------------------------------------

// Every record of the file, read with one query per kind, in id order.
struct FileRecords
{
    QList<Product> products;
    QList<Zone> zones;
    QList<Component> components;
    QList<Flow> flows;
    QList<Environment> environments;
    QList<Address> addresses;
    QList<ZonePrefix> prefixes;
    QList<View> views;
};

FileRecords readFile(const ProjectStore &store)
{
    return { store.products(),     store.zones(),        store.components(),      store.flows(),
             store.environments(), store.allAddresses(), store.allZonePrefixes(), store.views() };
}

bool sameRecords(const FileRecords &file, const Design &design)
{
    return file.products == design.products.values() && file.zones == design.zones.values()
        && file.components == design.components.values() && file.flows == design.flows.values()
        && file.environments == design.environments.values()
        && file.addresses == design.addresses.values() && file.prefixes == design.prefixes.values()
        && file.views == design.views.values();
}

// Records as the lines dump() writes, in its order: addresses by component,
// zone prefixes by zone, each then by id.
QStringList linesOf(const QList<Product> &products, const QList<Zone> &zones,
                    const QList<Component> &components, const QList<Flow> &flows,
                    const QList<Environment> &environments, QList<Address> addresses,
                    QList<ZonePrefix> prefixes, const QList<View> &views)
{
    std::stable_sort(addresses.begin(), addresses.end(), [](const Address &a, const Address &b) {
        return a.componentId < b.componentId;
    });
    std::stable_sort(prefixes.begin(), prefixes.end(),
                     [](const ZonePrefix &a, const ZonePrefix &b) { return a.zoneId < b.zoneId; });
    QStringList lines;
    append(lines, products);
    append(lines, zones);
    append(lines, components);
    append(lines, flows);
    append(lines, environments);
    append(lines, addresses);
    append(lines, prefixes);
    append(lines, views);
    return lines;
}

QStringList linesOf(const FileRecords &file)
{
    return linesOf(file.products, file.zones, file.components, file.flows, file.environments,
                   file.addresses, file.prefixes, file.views);
}

QStringList linesOf(const Design &design)
{
    return linesOf(design.products.values(), design.zones.values(), design.components.values(),
                   design.flows.values(), design.environments.values(), design.addresses.values(),
                   design.prefixes.values(), design.views.values());
}

// What differs between the file's lines and the model's.
QString difference(const QStringList &file, const QStringList &model)
{
    QStringList lines;
    for (const QString &line : file) {
        if (!model.contains(line))
            lines.append(u"  file only:  "_s + line);
    }
    for (const QString &line : model) {
        if (!file.contains(line))
            lines.append(u"  model only: "_s + line);
    }
    if (lines.isEmpty())
        lines.append(u"  the same lines in another order"_s);
    return lines.join(u'\n');
}

// How often each operation was accepted (with or without a change) and refused.
struct Tally
{
    int accepted = 0;
    int unchanged = 0;
    int refused = 0;
};

} // namespace

class TestUndoModel : public QObject
{
    Q_OBJECT

private:
    using Step = void (TestUndoModel::*)();
    struct Operation
    {
        const char *name;
        int weight;
        Step run;
        bool merges = false; // an edit of one field of one record
    };

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    QRandomGenerator m_random;
    quint32 m_seed = DefaultSeed;
    History m_history;
    IdMarks m_marks;
    QMap<QString, Tally> m_tally;
    QString m_operation; // the name of the operation being run
    QString m_what; // what it does, for failure messages
    int m_step = 0;
    int m_names = 0;
    // Set when an edit of one field follows one of the same field: it edits
    // the same record, so that the two merge.
    bool m_again = false;
    // The records edited last: often edited again, so that edits merge.
    Id m_lastProduct = 0;
    Id m_lastZone = 0;
    Id m_lastComponent = 0;
    Id m_lastFlow = 0;
    Id m_lastEnvironment = 0;
    Id m_lastView = 0;

    const Design &current() const { return m_history.current(); }
    QUndoStack *stack() const { return m_document->undoStack(); }
    ProjectStore &store() const { return m_document->store(); }
    QString where() const { return u"seed %1, step %2: %3"_s.arg(m_seed).arg(m_step).arg(m_what); }
    static bool failed() { return QTest::currentTestFailed(); }

    // --- choosing ------------------------------------------------------------

    int below(int n) { return n > 0 ? int(m_random.bounded(n)) : 0; }
    bool chance(int percent) { return below(100) < percent; }

    template<typename T> Id anyOf(const QMap<Id, T> &records)
    {
        if (records.isEmpty())
            return 0;
        return *std::next(records.keyBegin(), below(int(records.size())));
    }

    // A record to edit: often the one edited last, now and then one that
    // does not exist.
    template<typename T> Id target(const QMap<Id, T> &records, Id last, int missingPercent = 4)
    {
        if (records.isEmpty() || chance(missingPercent))
            return Missing;
        if (records.contains(last) && (m_again || chance(40)))
            return last;
        return anyOf(records);
    }

    // Up to `most` different records (at least one when there are any).
    template<typename T> QList<Id> someOf(const QMap<Id, T> &records, int most)
    {
        QList<Id> ids = records.keys();
        const int wanted = qMin(int(ids.size()), 1 + below(most));
        for (int i = 0; i < wanted; ++i)
            ids.swapItemsAt(i, i + below(int(ids.size()) - i));
        ids.resize(wanted);
        return ids;
    }

    QString freshName(const QString &noun) { return u"%1 %2"_s.arg(noun).arg(++m_names); }

    // A new record's name: mostly a new one; now and then another record's
    // name in other case and spacing, or blanks (both refused).
    template<typename T> QString newName(const QMap<Id, T> &records, const QString &noun)
    {
        const int roll = below(100);
        if (roll < 88 || (roll < 96 && records.isEmpty()))
            return freshName(noun);
        if (roll < 96)
            return u"  %1 "_s.arg(records.value(anyOf(records)).name.toUpper());
        return u" \t "_s;
    }

    // A record's new name: mostly a new one; or its own in capitals (the
    // same key, allowed); or the one it has (no step); or the one it had
    // before the step on top (a merged rename back to the start leaves no
    // step); or, to be refused, another record's name or blanks.
    template<typename T>
    QString renameTo(const QMap<Id, T> &records, const QMap<Id, T> &before, Id id,
                     const QString &noun)
    {
        const QString own = records.value(id).name;
        const int roll = below(100);
        if (roll < 50)
            return freshName(noun);
        if (roll < 60)
            return own.toUpper();
        if (roll < 66)
            return own;
        if (roll < 80 && before.contains(id))
            return before.value(id).name;
        if (roll < 94) {
            const Id other = anyOf(records);
            if (other != id)
                return u" %1  "_s.arg(records.value(other).name.toLower());
        }
        return u"  "_s;
    }

    QString colour()
    {
        if (chance(8))
            return u"teal"_s; // refused: not #rrggbb
        return u"#%1"_s.arg(below(0x1000000), 6, 16, QChar(u'0'));
    }

    QString notes()
    {
        static const QStringList choices { QString(), u"HA pair"_s,
                                           u"managed by the platform team"_s,
                                           u"see ticket 4711"_s };
        return choices.at(below(int(choices.size())));
    }

    ComponentKind kind() { return ComponentKind(below(int(ComponentKind::Any) + 1)); }

    Transport protocol()
    {
        const int roll = below(100);
        if (roll < 50)
            return Transport::Tcp;
        if (roll < 70)
            return Transport::Udp;
        if (roll < 75)
            return Transport::Sctp;
        if (roll < 85)
            return Transport::Icmp;
        if (roll < 90)
            return Transport::Esp;
        if (roll < 95)
            return Transport::Gre;
        return Transport::Any;
    }

    // Ports for a protocol: now and then some for one that has none (refused).
    PortSet portsFor(Transport transport)
    {
        static const QStringList choices { u"443"_s,       u"80,443"_s, u"53"_s, u"123"_s,
                                           u"8000-8100"_s, u"22"_s,     u""_s };
        if (!carriesPorts(transport))
            return chance(10) ? PortSet::single(443) : PortSet();
        return ports(choices.at(below(int(choices.size()))));
    }

    QString purpose()
    {
        static const QStringList choices { QString(), u"API"_s,  u"DNS"_s,
                                           u"time"_s, u"logs"_s, u"backup"_s };
        return choices.at(below(int(choices.size())));
    }

    // A product for a flow: none, one that exists, or one that does not.
    Id productForFlow()
    {
        if (chance(4))
            return Missing;
        return chance(40) ? 0 : anyOf(current().products);
    }

    Id componentForFlow() { return chance(3) ? Missing : anyOf(current().components); }

    // A zone for a component or as a parent: none, one that exists, or one
    // that does not.
    Id zoneOrNone(int nonePercent)
    {
        if (chance(4))
            return Missing;
        return chance(nonePercent) ? 0 : anyOf(current().zones);
    }

    // --- checking an answer ---------------------------------------------------

    // The document's answer against the model's: both accept or both refuse,
    // and a refusal says why.
    void checkAnswer(bool expected, bool done)
    {
        Tally &tally = m_tally[m_operation];
        ++(done ? tally.accepted : tally.refused);
        QVERIFY2(
            done == expected,
            qPrintable(where()
                       + (expected ? u" — refused by the document: "_s + m_document->errorString()
                                   : u" — accepted by the document, refused by the model"_s)));
        if (!done)
            QVERIFY2(!m_document->errorString().isEmpty(),
                     qPrintable(where() + u" — refused without a reason"_s));
    }

    // A new record's id: one the kind never had.
    void checkNewId(Id &mark, Id id)
    {
        QVERIFY2(
            id > mark,
            qPrintable(where() + u" — new id %1, but the kind had %2 already"_s.arg(id).arg(mark)));
        mark = id;
    }

    // An accepted edit: a step when it changes something.
    void commit(const Design &after, const Merge &merge = {})
    {
        if (after == current()) {
            ++m_tally[m_operation].unchanged;
            return;
        }
        m_history.push(after, merge);
    }

    // --- products ------------------------------------------------------------

    void addProduct()
    {
        Product product { 0, newName(current().products, u"Product"_s), colour() };
        m_what = u"add product “%1” %2"_s.arg(product.name, product.color);
        const bool valid = nameFree(current().products, product.name) && validColour(product.color);
        const Id id = m_document->addProduct(product);
        checkAnswer(valid, id != 0);
        if (!id || failed())
            return;
        checkNewId(m_marks.products, id);
        product.id = m_lastProduct = id;
        Design after = current();
        after.products.insert(id, product);
        commit(after);
    }

    void renameProduct()
    {
        const Id id = target(current().products, m_lastProduct);
        const QString name
            = renameTo(current().products, m_history.beforeTop().products, id, u"Product"_s);
        m_what = u"rename product #%1 to “%2”"_s.arg(id).arg(name);
        const bool valid
            = current().products.contains(id) && nameFree(current().products, name, id);
        const bool done = m_document->renameProduct(id, name);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        m_lastProduct = id;
        Design after = current();
        after.products[id].name = name;
        commit(after, { u"product name"_s, id });
    }

    void setProductColor()
    {
        const Id id = target(current().products, m_lastProduct);
        const QString color = chance(15) ? current().products.value(id).color : colour();
        m_what = u"set the colour of product #%1 to %2"_s.arg(id).arg(color);
        const bool valid = current().products.contains(id) && validColour(color);
        const bool done = m_document->setProductColor(id, color);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        m_lastProduct = id;
        Design after = current();
        after.products[id].color = color;
        commit(after, { u"product colour"_s, id });
    }

    // Its flows keep going, without a product.
    void deleteProduct()
    {
        const Id id = target(current().products, 0);
        m_what = u"delete product #%1"_s.arg(id);
        const bool valid = current().products.contains(id);
        const bool done = m_document->deleteProduct(id);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        Design after = current();
        for (Flow &flow : after.flows) {
            if (flow.productId == id)
                flow.productId = 0;
        }
        after.products.remove(id);
        commit(after);
    }

    // --- zones ---------------------------------------------------------------

    void addZone()
    {
        Zone zone { 0, newName(current().zones, u"Zone"_s), zoneOrNone(40), notes() };
        m_what = u"add zone “%1” in #%2"_s.arg(zone.name).arg(zone.parentId);
        const bool valid = nameFree(current().zones, zone.name)
            && (zone.parentId == 0 || current().zones.contains(zone.parentId));
        const Id id = m_document->addZone(zone);
        checkAnswer(valid, id != 0);
        if (!id || failed())
            return;
        checkNewId(m_marks.zones, id);
        zone.id = m_lastZone = id;
        Design after = current();
        after.zones.insert(id, zone);
        commit(after);
    }

    void renameZone()
    {
        const Id id = target(current().zones, m_lastZone);
        const QString name = renameTo(current().zones, m_history.beforeTop().zones, id, u"Zone"_s);
        m_what = u"rename zone #%1 to “%2”"_s.arg(id).arg(name);
        const bool valid = current().zones.contains(id) && nameFree(current().zones, name, id);
        const bool done = m_document->renameZone(id, name);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        m_lastZone = id;
        Design after = current();
        after.zones[id].name = name;
        commit(after, { u"zone name"_s, id });
    }

    void setZoneNotes()
    {
        const Id id = target(current().zones, m_lastZone);
        const QString text = notes();
        m_what = u"set the notes of zone #%1 to “%2”"_s.arg(id).arg(text);
        const bool valid = current().zones.contains(id);
        const bool done = m_document->setZoneNotes(id, text);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        m_lastZone = id;
        Design after = current();
        after.zones[id].notes = text;
        commit(after, { u"zone notes"_s, id });
    }

    // A zone may not end up inside itself: a parent that is the zone or lies
    // inside it is refused.
    void setZoneParent()
    {
        const Id id = target(current().zones, m_lastZone);
        const Id parent = zoneOrNone(25);
        m_what = u"move zone #%1 into #%2"_s.arg(id).arg(parent);
        const bool valid = current().zones.contains(id)
            && (parent == 0
                || (current().zones.contains(parent) && !within(current(), parent, id)));
        const bool done = m_document->setZoneParent(id, parent);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        m_lastZone = id;
        Design after = current();
        after.zones[id].parentId = parent;
        commit(after, { u"zone parent"_s, id });
    }

    // Its members and sub-zones move up to its parent; its prefixes go.
    void deleteZone()
    {
        const Id id = target(current().zones, 0);
        m_what = u"delete zone #%1"_s.arg(id);
        const bool valid = current().zones.contains(id);
        const bool done = m_document->deleteZone(id);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        Design after = current();
        const Id parent = current().zones.value(id).parentId;
        for (Component &component : after.components) {
            if (component.zoneId == id)
                component.zoneId = parent;
        }
        for (Zone &zone : after.zones) {
            if (zone.parentId == id)
                zone.parentId = parent;
        }
        removeWhere(after.prefixes, [id](const ZonePrefix &prefix) { return prefix.zoneId == id; });
        after.zones.remove(id);
        commit(after);
    }

    // --- components ------------------------------------------------------------

    void addComponent()
    {
        Component component;
        component.name = newName(current().components, u"Component"_s);
        component.kind = kind();
        component.zoneId = zoneOrNone(35);
        component.notes = notes();
        m_what = u"add component “%1” (%2) in zone #%3"_s.arg(component.name)
                     .arg(componentKindName(component.kind))
                     .arg(component.zoneId);
        const bool valid = nameFree(current().components, component.name)
            && (component.zoneId == 0 || current().zones.contains(component.zoneId));
        const Id id = m_document->addComponent(component);
        checkAnswer(valid, id != 0);
        if (!id || failed())
            return;
        checkNewId(m_marks.components, id);
        component.id = m_lastComponent = id;
        Design after = current();
        after.components.insert(id, component);
        commit(after);
    }

    void renameComponent()
    {
        const Id id = target(current().components, m_lastComponent);
        const QString name
            = renameTo(current().components, m_history.beforeTop().components, id, u"Component"_s);
        m_what = u"rename component #%1 to “%2”"_s.arg(id).arg(name);
        const bool valid
            = current().components.contains(id) && nameFree(current().components, name, id);
        const bool done = m_document->renameComponent(id, name);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        m_lastComponent = id;
        Design after = current();
        after.components[id].name = name;
        commit(after, { u"component name"_s, id });
    }

    void setComponentKind()
    {
        const Id id = target(current().components, m_lastComponent);
        const ComponentKind newKind = kind();
        m_what = u"make component #%1 a %2"_s.arg(id).arg(componentKindName(newKind));
        const bool valid = current().components.contains(id);
        const bool done = m_document->setComponentKind(id, newKind);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        m_lastComponent = id;
        Design after = current();
        after.components[id].kind = newKind;
        commit(after, { u"component kind"_s, id });
    }

    void setComponentNotes()
    {
        const Id id = target(current().components, m_lastComponent);
        const QString text = notes();
        m_what = u"set the notes of component #%1 to “%2”"_s.arg(id).arg(text);
        const bool valid = current().components.contains(id);
        const bool done = m_document->setComponentNotes(id, text);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        m_lastComponent = id;
        Design after = current();
        after.components[id].notes = text;
        commit(after, { u"component notes"_s, id });
    }

    void moveComponentsToZone()
    {
        QList<Id> ids = someOf(current().components, 3);
        if (chance(4))
            ids.append(Missing);
        const Id zone = zoneOrNone(25);
        m_what = u"move components %1 to zone #%2"_s.arg(idList(ids)).arg(zone);
        const bool valid = (zone == 0 || current().zones.contains(zone))
            && std::all_of(ids.cbegin(), ids.cend(),
                           [this](Id id) { return current().components.contains(id); });
        const bool done = m_document->moveComponentsToZone(ids, zone);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        Design after = current();
        for (Id id : std::as_const(ids))
            after.components[id].zoneId = zone;
        commit(after);
    }

    // Their flows go, or move to `reassignTo` — except those that would then
    // repeat another flow or that the move makes run from a component to
    // itself; then their addresses, then the components.
    void deleteComponents()
    {
        QList<Id> ids = someOf(current().components, 2);
        if (chance(3))
            ids.append(Missing);
        const int roll = below(100);
        Id reassignTo = roll < 55 ? 0 : roll < 95 ? anyOf(current().components) : Missing;
        const QSet<Id> doomed(ids.cbegin(), ids.cend());
        m_what = u"delete components %1, flows to #%2"_s.arg(idList(ids)).arg(reassignTo);
        const bool valid = std::all_of(ids.cbegin(), ids.cend(),
                                       [this](Id id) { return current().components.contains(id); })
            && (reassignTo == 0
                || (current().components.contains(reassignTo) && !doomed.contains(reassignTo)));
        const bool done = m_document->deleteComponents(ids, reassignTo);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        Design after = current();
        const auto touches = [&doomed](const Flow &flow) {
            return doomed.contains(flow.sourceId) || doomed.contains(flow.destinationId);
        };
        QSet<QString> kept;
        for (const Flow &flow : current().flows) {
            if (!touches(flow))
                kept.insert(repeatKey(flow));
        }
        for (const Flow &flow : current().flows) {
            if (!touches(flow))
                continue;
            Flow moved = flow;
            if (doomed.contains(moved.sourceId))
                moved.sourceId = reassignTo;
            if (doomed.contains(moved.destinationId))
                moved.destinationId = reassignTo;
            // A flow the move makes into one from a component to itself goes;
            // one that ran from a deleted component to itself stays, moved.
            const bool loops
                = moved.sourceId == moved.destinationId && flow.sourceId != flow.destinationId;
            if (reassignTo == 0 || loops || kept.contains(repeatKey(moved))) {
                after.flows.remove(flow.id);
            } else {
                kept.insert(repeatKey(moved));
                after.flows.insert(flow.id, moved);
            }
        }
        removeWhere(after.addresses, [&doomed](const Address &address) {
            return doomed.contains(address.componentId);
        });
        for (Id id : std::as_const(ids))
            after.components.remove(id);
        commit(after);
    }

    // --- flows ---------------------------------------------------------------

    void addFlow()
    {
        Flow flow;
        flow.productId = productForFlow();
        flow.sourceId = componentForFlow();
        flow.destinationId = chance(5) ? flow.sourceId : componentForFlow();
        flow.protocol = protocol();
        flow.ports = portsFor(flow.protocol);
        flow.purpose = purpose();
        flow.optional = chance(20);
        flow.notes = notes();
        m_what = u"add flow "_s + describe(flow);
        const bool valid = flowValid(current(), flow);
        const Id id = m_document->addFlow(flow);
        checkAnswer(valid, id != 0);
        if (!id || failed())
            return;
        checkNewId(m_marks.flows, id);
        flow.id = m_lastFlow = id;
        Design after = current();
        after.flows.insert(id, flow);
        commit(after);
    }

    // Changes one field of a flow (merging with an edit of the same field
    // just before), two or three at once, or none.
    void updateFlow()
    {
        const Id id = target(current().flows, m_lastFlow, 3);
        Flow flow = current().flows.value(id);
        flow.id = id;
        const int roll = below(100);
        const int fields = roll < 60 ? 1 : roll < 92 ? 2 + below(2) : 0;
        for (int i = 0; i < fields; ++i) {
            switch (below(8)) {
            case 0:
                flow.productId = productForFlow();
                break;
            case 1:
                flow.sourceId = componentForFlow();
                break;
            case 2:
                flow.destinationId = componentForFlow();
                break;
            case 3:
                flow.protocol = protocol();
                break;
            case 4:
                flow.ports = portsFor(flow.protocol);
                break;
            case 5:
                flow.purpose = purpose();
                break;
            case 6:
                flow.optional = !flow.optional;
                break;
            default:
                flow.notes = notes();
                break;
            }
        }
        m_what = u"update flow "_s + describe(flow);
        const bool valid = current().flows.contains(id) && flowValid(current(), flow);
        const bool done = m_document->updateFlow(flow);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        m_lastFlow = id;
        const QStringList changed = changedFields(current().flows.value(id), flow);
        Design after = current();
        after.flows.insert(id, flow);
        commit(after,
               changed.size() == 1 ? Merge { u"flow "_s + changed.constFirst(), id } : Merge {});
    }

    void deleteFlows()
    {
        QList<Id> ids = someOf(current().flows, 3);
        if (chance(4))
            ids.append(Missing);
        m_what = u"delete flows %1"_s.arg(idList(ids));
        const bool valid = std::all_of(ids.cbegin(), ids.cend(),
                                       [this](Id id) { return current().flows.contains(id); });
        const bool done = m_document->deleteFlows(ids);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        Design after = current();
        for (Id id : std::as_const(ids))
            after.flows.remove(id);
        commit(after);
    }

    // --- environments ------------------------------------------------------------

    void addEnvironment()
    {
        Environment environment { 0, newName(current().environments, u"Environment"_s) };
        m_what = u"add environment “%1”"_s.arg(environment.name);
        const bool valid = nameFree(current().environments, environment.name);
        const Id id = m_document->addEnvironment(environment.name);
        checkAnswer(valid, id != 0);
        if (!id || failed())
            return;
        checkNewId(m_marks.environments, id);
        environment.id = m_lastEnvironment = id;
        Design after = current();
        after.environments.insert(id, environment);
        commit(after);
    }

    void renameEnvironment()
    {
        const Id id = target(current().environments, m_lastEnvironment);
        const QString name = renameTo(current().environments, m_history.beforeTop().environments,
                                      id, u"Environment"_s);
        m_what = u"rename environment #%1 to “%2”"_s.arg(id).arg(name);
        const bool valid
            = current().environments.contains(id) && nameFree(current().environments, name, id);
        const bool done = m_document->renameEnvironment(id, name);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        m_lastEnvironment = id;
        Design after = current();
        after.environments[id].name = name;
        commit(after, { u"environment name"_s, id });
    }

    // Its addresses and zone prefixes go with it.
    void deleteEnvironment()
    {
        const Id id = target(current().environments, 0);
        m_what = u"delete environment #%1"_s.arg(id);
        const bool valid = current().environments.contains(id);
        const bool done = m_document->deleteEnvironment(id);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        Design after = current();
        removeWhere(after.addresses,
                    [id](const Address &address) { return address.environmentId == id; });
        removeWhere(after.prefixes,
                    [id](const ZonePrefix &prefix) { return prefix.environmentId == id; });
        after.environments.remove(id);
        commit(after);
    }

    // --- the address plan -------------------------------------------------------

    // Makes a list the addresses of a component in an environment: values it
    // keeps keep their ids, repeats are dropped, empty texts ignored, new
    // values get new ids in order; one unreadable text refuses the whole list.
    void setComponentAddresses()
    {
        const Id environment = chance(3) ? Missing : anyOf(current().environments);
        const Id component = chance(3) ? Missing : target(current().components, m_lastComponent, 0);
        QStringList had;
        for (const Address &address : current().addresses) {
            if (address.environmentId == environment && address.componentId == component)
                had.append(address.value);
        }
        QStringList texts;
        const int count = below(4);
        for (int i = 0; i < count; ++i) {
            const int roll = below(100);
            if (roll < 30 && !had.isEmpty())
                texts.append(had.at(below(int(had.size()))));
            else if (roll < 70)
                texts.append(u"10.9.%1.%2"_s.arg(below(4)).arg(1 + below(20)));
            else if (roll < 84)
                texts.append(u"h%1.Example.com"_s.arg(1 + below(10)));
            else if (roll < 90)
                texts.append(u" 10.9.0.%1 "_s.arg(1 + below(20)));
            else if (roll < 95)
                texts.append(QString());
            else
                texts.append(u"10.0.0.300"_s); // refused: not an address
        }
        if (!texts.isEmpty() && chance(10))
            texts.append(texts.constFirst());
        m_what = u"set the addresses of component #%1 in environment #%2 to [%3]"_s.arg(component)
                     .arg(environment)
                     .arg(texts.join(u'|'));

        bool valid = current().components.contains(component)
            && current().environments.contains(environment);
        QList<std::pair<QString, QString>> wanted; // kind, value
        for (const QString &text : std::as_const(texts)) {
            if (text.trimmed().isEmpty())
                continue;
            const auto address = addressOf(text);
            if (!address)
                valid = false;
            else if (!wanted.contains(*address))
                wanted.append(*address);
        }
        const bool done = m_document->setComponentAddresses(environment, component, texts);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        m_lastComponent = component;
        Design after = current();
        removeWhere(after.addresses, [&](const Address &address) {
            return address.environmentId == environment && address.componentId == component
                && std::none_of(wanted.cbegin(), wanted.cend(),
                                [&](const auto &value) { return value.second == address.value; });
        });
        for (const auto &[addressKind, value] : std::as_const(wanted)) {
            if (!had.contains(value)) {
                const Id id = ++m_marks.addresses;
                after.addresses.insert(id, { id, environment, component, addressKind, value });
            }
        }
        commit(after);
    }

    // A prefix for a zone: one of its own (its /24 or a half of it), another
    // zone's or its parent's /24 (refused where it overlaps, unless one zone
    // lies inside the other and so does its prefix), or one that is no
    // prefix at all.
    QString cidrFor(Id zone)
    {
        const auto own = [](Id of) { return u"172.%1.%2"_s.arg(16 + of / 256).arg(of % 256); };
        const int roll = below(100);
        if (roll < 35)
            return own(zone) + u".0/24"_s;
        if (roll < 55)
            return own(zone) + u".0/25"_s;
        if (roll < 75)
            return own(zone) + u".128/25"_s;
        if (roll < 87)
            return own(anyOf(current().zones)) + u".0/24"_s;
        if (roll < 94)
            return own(current().zones.value(zone).parentId) + u".0/24"_s;
        if (roll < 97)
            return own(zone) + u".5/24"_s; // host bits set
        return QString();
    }

    void changePrefix(ZonePrefix &prefix)
    {
        switch (below(4)) {
        case 0:
            prefix.cidr = cidrFor(prefix.zoneId);
            break;
        case 1: {
            const int roll = below(100);
            prefix.vlan = roll < 40 ? std::nullopt
                : roll < 95         ? std::optional(1 + below(4094))
                                    : 5000;
            break;
        }
        case 2: {
            const auto block = blockOf(prefix.cidr);
            const int roll = below(100);
            prefix.gateway = roll < 45 || !block ? QString()
                : roll < 90                      ? quad(block->first + 1)
                                                 : u"192.168.77.1"_s; // outside: refused
            break;
        }
        default:
            prefix.name = chance(30) ? QString() : u"net %1"_s.arg(below(20));
            break;
        }
    }

    void setZonePrefix()
    {
        ZonePrefix prefix;
        if (chance(25) && !current().prefixes.isEmpty()) {
            prefix = current().prefixes.value(anyOf(current().prefixes));
            changePrefix(prefix);
        } else {
            prefix.environmentId = chance(3) ? Missing : anyOf(current().environments);
            prefix.zoneId = chance(3) ? Missing : target(current().zones, m_lastZone, 0);
            prefix.cidr = cidrFor(prefix.zoneId);
            for (int i = below(3); i > 0; --i)
                changePrefix(prefix);
        }
        m_what = u"set prefix #%1 of zone #%2 in environment #%3: %4 vlan=%5 gw=%6 [%7]"_s
                     .arg(prefix.id)
                     .arg(prefix.zoneId)
                     .arg(prefix.environmentId)
                     .arg(prefix.cidr, prefix.vlan ? QString::number(*prefix.vlan) : u"-"_s,
                          prefix.gateway, prefix.name);

        const Design &design = current();
        const auto block = blockOf(prefix.cidr.trimmed());
        bool valid = design.zones.contains(prefix.zoneId)
            && design.environments.contains(prefix.environmentId) && block
            && (!prefix.vlan || (*prefix.vlan >= 1 && *prefix.vlan <= 4094))
            && (prefix.gateway.isEmpty()
                || (ipv4(prefix.gateway)
                    && block->contains({ *ipv4(prefix.gateway), *ipv4(prefix.gateway) })))
            && (prefix.id == 0 || design.prefixes.contains(prefix.id));
        // The prefix it changes: the one named, or the zone's own with that CIDR.
        std::optional<ZonePrefix> before;
        if (prefix.id != 0)
            before = design.prefixes.value(prefix.id);
        for (const ZonePrefix &other : design.prefixes) {
            if (!valid)
                break;
            if (other.environmentId != prefix.environmentId || other.id == prefix.id)
                continue;
            if (other.zoneId == prefix.zoneId && other.cidr == prefix.cidr.trimmed()) {
                if (prefix.id != 0)
                    valid = false; // the zone has that prefix already
                else
                    before = other;
                continue;
            }
            const auto otherBlock = blockOf(other.cidr);
            if (!otherBlock->overlaps(*block))
                continue;
            const bool nested = other.zoneId != prefix.zoneId
                && ((within(design, prefix.zoneId, other.zoneId) && otherBlock->contains(*block))
                    || (within(design, other.zoneId, prefix.zoneId)
                        && block->contains(*otherBlock)));
            if (!nested)
                valid = false;
        }
        ZonePrefix after = prefix;
        after.id = before ? before->id : 0;
        after.cidr = prefix.cidr.trimmed();
        after.name = prefix.name.trimmed();
        const bool unchanged = valid && before && after == *before;
        const Id id = m_document->setZonePrefix(prefix);
        if (unchanged) {
            // Nothing to change: no step, and the answer is the prefix's id.
            ++m_tally[m_operation].accepted;
            ++m_tally[m_operation].unchanged;
            QVERIFY2(id == before->id,
                     qPrintable(where()
                                + u" — changes nothing, answered id %1 (error: “%2”) rather "
                                  u"than prefix #%3"_s.arg(id)
                                      .arg(m_document->errorString())
                                      .arg(before->id)));
            return;
        }
        checkAnswer(valid, id != 0);
        if (!id || failed())
            return;
        if (before) {
            QVERIFY2(id == before->id, qPrintable(where() + u" — answered id %1"_s.arg(id)));
        } else {
            checkNewId(m_marks.prefixes, id);
            after.id = id;
        }
        m_lastZone = after.zoneId;
        Design changed = current();
        changed.prefixes.insert(after.id, after);
        commit(changed);
    }

    void deleteZonePrefixes()
    {
        const QList<Id> ids = someOf(current().prefixes, 2);
        m_what = u"delete zone prefixes %1"_s.arg(idList(ids));
        const bool done = m_document->deleteZonePrefixes(ids);
        checkAnswer(true, done);
        if (!done || failed())
            return;
        Design after = current();
        for (Id id : ids)
            after.prefixes.remove(id);
        commit(after);
    }

    // --- views ---------------------------------------------------------------

    template<typename T> QSet<Id> someIds(const QMap<Id, T> &records)
    {
        if (chance(50))
            return {};
        const QList<Id> ids = someOf(records, 2);
        return QSet<Id>(ids.cbegin(), ids.cend());
    }

    // A view goes after the others, whatever position it is given.
    void addView()
    {
        View view;
        const int roll = below(100);
        view.name = roll < 95 ? newName(current().views, u"View"_s)
                              : u" aLL "_s; // the whole project's name: refused
        view.position = below(10);
        view.level = chance(30) ? ViewLevel::Zones : ViewLevel::Components;
        view.selection.products = someIds(current().products);
        view.selection.zones = someIds(current().zones);
        view.selection.components = someIds(current().components);
        if (chance(30))
            view.selection.protocols = { Transport::Tcp };
        if (chance(20))
            view.selection.protocols.append(Transport::Udp);
        view.selection.text = chance(20) ? u"dns"_s : QString();
        view.print = chance(50);
        m_what = u"add view “%1” showing %2"_s.arg(view.name, viewSelectionToJson(view.selection));
        const bool valid = viewNameFree(current().views, view.name);
        const Id id = m_document->addView(view);
        checkAnswer(valid, id != 0);
        if (!id || failed())
            return;
        checkNewId(m_marks.views, id);
        view.id = m_lastView = id;
        view.position = 0;
        for (const View &other : current().views)
            view.position = qMax(view.position, other.position + 1);
        Design after = current();
        after.views.insert(id, view);
        commit(after);
    }

    void renameView()
    {
        const Id id = target(current().views, m_lastView);
        const QString name = chance(4)
            ? u"All"_s
            : renameTo(current().views, m_history.beforeTop().views, id, u"View"_s);
        m_what = u"rename view #%1 to “%2”"_s.arg(id).arg(name);
        const bool valid = current().views.contains(id) && viewNameFree(current().views, name, id);
        const bool done = m_document->renameView(id, name);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        m_lastView = id;
        Design after = current();
        after.views[id].name = name;
        commit(after, { u"view name"_s, id });
    }

    void setViewPrinted()
    {
        const Id id = target(current().views, m_lastView);
        const bool printed = chance(50);
        m_what = u"set view #%1 printed: %2"_s.arg(id).arg(printed);
        const bool valid = current().views.contains(id);
        const bool done = m_document->setViewPrinted(id, printed);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        m_lastView = id;
        Design after = current();
        after.views[id].print = printed;
        commit(after);
    }

    // Puts a view at an index (bounded to the list) of the user's order; the
    // views are numbered again from 0.
    void moveView()
    {
        const Id id = target(current().views, m_lastView);
        const int index = below(int(current().views.size()) + 3) - 1;
        m_what = u"move view #%1 to %2"_s.arg(id).arg(index);
        const bool valid = current().views.contains(id);
        const bool done = m_document->moveView(id, index);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        m_lastView = id;
        QList<View> ordered = inOrder(current().views);
        const auto at = std::find_if(ordered.cbegin(), ordered.cend(),
                                     [id](const View &view) { return view.id == id; });
        const View moving = *at;
        ordered.erase(at);
        ordered.insert(qBound(0, index, int(ordered.size())), moving);
        Design after = current();
        for (int position = 0; position < int(ordered.size()); ++position)
            after.views[ordered.at(position).id].position = position;
        commit(after);
    }

    // Its drawing goes with it; views keep their positions.
    void deleteView()
    {
        const Id id = target(current().views, 0);
        m_what = u"delete view #%1"_s.arg(id);
        const bool valid = current().views.contains(id);
        const bool done = m_document->deleteView(id);
        checkAnswer(valid, done);
        if (!done || failed())
            return;
        Design after = current();
        after.views.remove(id);
        commit(after);
    }

    // --- undo and redo -----------------------------------------------------------

    void undo()
    {
        m_what = u"undo “%1”"_s.arg(stack()->undoText());
        ++m_tally[m_operation].accepted;
        stack()->undo();
        if (m_history.canUndo())
            m_history.undo();
    }

    void redo()
    {
        m_what = u"redo “%1”"_s.arg(stack()->redoText());
        ++m_tally[m_operation].accepted;
        stack()->redo();
        if (m_history.canRedo())
            m_history.redo();
    }

    // --- comparing -------------------------------------------------------------

    static QString idList(const QList<Id> &ids)
    {
        QStringList texts;
        for (Id id : ids)
            texts.append(u"#%1"_s.arg(id));
        return u"["_s + texts.join(u", "_s) + u"]"_s;
    }

    // The file record by record against the model, and the undo stack.
    void checkStep()
    {
        QVERIFY2(
            stack()->index() == m_history.index() && stack()->count() == m_history.count(),
            qPrintable(where()
                       + u" — undo stack at %1 of %2, model at %3 of %4"_s.arg(stack()->index())
                             .arg(stack()->count())
                             .arg(m_history.index())
                             .arg(m_history.count())));
        const FileRecords file = readFile(store());
        if (!sameRecords(file, current())) {
            QVERIFY2(false,
                     qPrintable(where() + u" — the file and the model differ:\n"_s
                                + difference(linesOf(file), linesOf(current()))));
        }
    }

    // The file as dump() writes it against the model's lines.
    void checkText(const ProjectStore &file)
    {
        const QStringList lines = dump(file);
        const QStringList expected = linesOf(current());
        QVERIFY2(lines == expected,
                 qPrintable(where() + u" — the file's text and the model's differ:\n"_s
                            + difference(lines, expected)));
    }

    QList<Operation> operations() const
    {
        return {
            { "addProduct", 4, &TestUndoModel::addProduct },
            { "renameProduct", 3, &TestUndoModel::renameProduct, true },
            { "setProductColor", 3, &TestUndoModel::setProductColor, true },
            { "deleteProduct", 2, &TestUndoModel::deleteProduct },
            { "addZone", 6, &TestUndoModel::addZone },
            { "renameZone", 3, &TestUndoModel::renameZone, true },
            { "setZoneNotes", 2, &TestUndoModel::setZoneNotes, true },
            { "setZoneParent", 4, &TestUndoModel::setZoneParent, true },
            { "deleteZone", 3, &TestUndoModel::deleteZone },
            { "addComponent", 13, &TestUndoModel::addComponent },
            { "renameComponent", 5, &TestUndoModel::renameComponent, true },
            { "setComponentKind", 4, &TestUndoModel::setComponentKind, true },
            { "setComponentNotes", 4, &TestUndoModel::setComponentNotes, true },
            { "moveComponentsToZone", 5, &TestUndoModel::moveComponentsToZone },
            { "deleteComponents", 6, &TestUndoModel::deleteComponents },
            { "addFlow", 18, &TestUndoModel::addFlow },
            { "updateFlow", 12, &TestUndoModel::updateFlow, true },
            { "deleteFlows", 5, &TestUndoModel::deleteFlows },
            { "addEnvironment", 3, &TestUndoModel::addEnvironment },
            { "renameEnvironment", 2, &TestUndoModel::renameEnvironment, true },
            { "deleteEnvironment", 1, &TestUndoModel::deleteEnvironment },
            { "setComponentAddresses", 8, &TestUndoModel::setComponentAddresses },
            { "setZonePrefix", 8, &TestUndoModel::setZonePrefix },
            { "deleteZonePrefixes", 2, &TestUndoModel::deleteZonePrefixes },
            { "addView", 4, &TestUndoModel::addView },
            { "renameView", 3, &TestUndoModel::renameView, true },
            { "setViewPrinted", 2, &TestUndoModel::setViewPrinted },
            { "moveView", 3, &TestUndoModel::moveView },
            { "deleteView", 2, &TestUndoModel::deleteView },
            { "undo", 40, &TestUndoModel::undo },
            { "redo", 20, &TestUndoModel::redo },
        };
    }

private slots:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        // In memory-backed storage where there is some: SQLite writes the
        // file and its journal as anywhere else, but syncing them costs
        // nothing, where on a disk it would take most of the run's time.
        const QFileInfo shared(u"/dev/shm"_s);
        m_dir = shared.isDir() && shared.isWritable()
            ? std::make_unique<QTemporaryDir>(shared.filePath() + u"/tst_undomodel-XXXXXX"_s)
            : std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_document.reset();
        m_dir.reset();
    }

    void randomEditsUndoAndRedo()
    {
        bool seeded = false;
        const quint32 seed = qEnvironmentVariable("PORTOLAN_UNDO_SEED").toUInt(&seeded);
        m_seed = seeded ? seed : DefaultSeed;
        m_random.seed(m_seed);
        qInfo("seed %u (set PORTOLAN_UNDO_SEED to repeat another run)", m_seed);

        const QString path = m_dir->filePath(u"undo.portolan"_s);
        QString error;
        auto created = ProjectStore::create(path, &error);
        QVERIFY2(created, qPrintable(error));
        m_document = std::make_unique<ProjectDocument>(std::move(created));

        const QList<Operation> choices = operations();
        int total = 0;
        for (const Operation &operation : choices)
            total += operation.weight;
        QElapsedTimer timer;
        timer.start();
        const Operation *previous = nullptr;
        for (m_step = 1; m_step <= StepCount; ++m_step) {
            // After an edit of one field, often another of the same field.
            m_again = previous && previous->merges && chance(35);
            const Operation *chosen = m_again ? previous : nullptr;
            for (int roll = below(total); !chosen;) {
                for (const Operation &operation : choices) {
                    if (roll < operation.weight) {
                        chosen = &operation;
                        break;
                    }
                    roll -= operation.weight;
                }
            }
            m_operation = QString::fromLatin1(chosen->name);
            (this->*chosen->run)();
            previous = chosen;
            if (failed())
                return;
            checkStep();
            if (failed())
                return;
            if (m_step % TextCheckInterval == 0) {
                checkText(store());
                if (failed())
                    return;
            }
        }
        m_step = StepCount;
        const qint64 randomTime = timer.elapsed();

        // Everything undone: the empty project; everything redone: the last step's.
        const int steps = m_history.count();
        while (stack()->canUndo()) {
            m_what = u"undo everything: undo “%1” at %2"_s.arg(stack()->undoText())
                         .arg(stack()->index());
            stack()->undo();
            m_history.undo();
            checkStep();
            if (failed())
                return;
        }
        m_what = u"everything undone"_s;
        checkText(store());
        QVERIFY2(dump(store()).isEmpty(), qPrintable(where()));
        while (stack()->canRedo()) {
            m_what = u"redo everything: redo “%1” at %2"_s.arg(stack()->redoText())
                         .arg(stack()->index());
            stack()->redo();
            m_history.redo();
            checkStep();
            if (failed())
                return;
        }
        m_what = u"everything redone"_s;
        QVERIFY2(stack()->index() == steps && stack()->count() == steps, qPrintable(where()));
        checkText(store());
        // No step drew anything (a merged step back where it started would
        // otherwise stay, to undo its drawing's changes).
        QVERIFY2(store().drawing().isEmpty() && store().drawnViews().isEmpty(),
                 qPrintable(where()));

        // What the file holds once it is closed.
        m_document.reset();
        auto reopened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly, &error);
        QVERIFY2(reopened, qPrintable(error));
        m_what = u"the file reopened"_s;
        checkText(*reopened);
        if (failed())
            return;

        for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it) {
            qInfo("%-22s %5d accepted (%4d changing nothing), %4d refused", qPrintable(it.key()),
                  it->accepted, it->unchanged, it->refused);
        }
        const Design &last = current();
        qInfo("%d steps on the stack; %d edits merged into the step before, %d of them undoing it",
              steps, m_history.merged(), m_history.mergedAway());
        qInfo("at the end: %d products, %d zones, %d components, %d flows, %d environments, "
              "%d addresses, %d zone prefixes, %d views",
              int(last.products.size()), int(last.zones.size()), int(last.components.size()),
              int(last.flows.size()), int(last.environments.size()), int(last.addresses.size()),
              int(last.prefixes.size()), int(last.views.size()));
        qInfo("%d random steps in %lld ms, all undone and redone in %lld ms", StepCount, randomTime,
              timer.elapsed() - randomTime);

        // The run made a step of every operation, had edits refused, and
        // merged edits (some back where their step started).
        m_what = u"the run as a whole"_s;
        for (const Operation &operation : choices) {
            const Tally tally = m_tally.value(QString::fromLatin1(operation.name));
            QVERIFY2(
                tally.accepted > tally.unchanged,
                qPrintable(where() + u": no step of "_s + QString::fromLatin1(operation.name)));
        }
        int refused = 0;
        for (const Tally &tally : std::as_const(m_tally))
            refused += tally.refused;
        QVERIFY2(refused > 100, qPrintable(where()));
        QVERIFY2(m_history.merged() > 50 && m_history.mergedAway() > 5, qPrintable(where()));
    }
};

QTEST_GUILESS_MAIN(TestUndoModel)
#include "tst_undomodel.moc"

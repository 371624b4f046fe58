#include "recordchange.h"

#include "store/projectstore.h"

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

Id mapped(const QHash<Id, Id> &newIds, Id id)
{
    return id < 0 ? newIds.value(id, id) : id;
}

// Rewrites the references of a record to records added earlier in the list.
void resolve(Record &record, const QHash<Id, Id> &newIds)
{
    std::visit(Overloaded {
                   [&](Product &p) { p.id = mapped(newIds, p.id); },
                   [&](Zone &z) {
                       z.id = mapped(newIds, z.id);
                       z.parentId = mapped(newIds, z.parentId);
                   },
                   [&](Component &c) {
                       c.id = mapped(newIds, c.id);
                       c.zoneId = mapped(newIds, c.zoneId);
                   },
                   [&](Flow &f) {
                       f.id = mapped(newIds, f.id);
                       f.productId = mapped(newIds, f.productId);
                       f.sourceId = mapped(newIds, f.sourceId);
                       f.destinationId = mapped(newIds, f.destinationId);
                   },
                   [&](Environment &e) { e.id = mapped(newIds, e.id); },
                   [&](Address &a) {
                       a.id = mapped(newIds, a.id);
                       a.environmentId = mapped(newIds, a.environmentId);
                       a.componentId = mapped(newIds, a.componentId);
                   },
                   [&](ZonePrefix &z) {
                       z.id = mapped(newIds, z.id);
                       z.environmentId = mapped(newIds, z.environmentId);
                       z.zoneId = mapped(newIds, z.zoneId);
                   },
                   [&](View &v) { v.id = mapped(newIds, v.id); },
                   [&](Baseline &b) { b.id = mapped(newIds, b.id); },
               },
               record);
}

bool hasUnresolvedReference(const Record &record)
{
    return std::visit(
        Overloaded {
            [](const Product &) { return false; },
            [](const Zone &z) { return z.parentId < 0; },
            [](const Component &c) { return c.zoneId < 0; },
            [](const Flow &f) { return f.productId < 0 || f.sourceId < 0 || f.destinationId < 0; },
            [](const Environment &) { return false; },
            [](const Address &a) { return a.environmentId < 0 || a.componentId < 0; },
            [](const ZonePrefix &z) { return z.environmentId < 0 || z.zoneId < 0; },
            [](const View &) { return false; },
            [](const Baseline &) { return false; },
        },
        record);
}

// The new record's id, 0 on failure. A negative id asks for a fresh one.
Id add(ProjectStore &store, Record record)
{
    std::visit([](auto &r) { r.id = qMax<Id>(r.id, 0); }, record);
    return std::visit(Overloaded {
                          [&](const Product &p) { return store.addProduct(p); },
                          [&](const Zone &z) { return store.addZone(z); },
                          [&](const Component &c) { return store.addComponent(c); },
                          [&](const Flow &f) { return store.addFlow(f); },
                          [&](const Environment &e) { return store.addEnvironment(e); },
                          [&](const Address &a) { return store.addAddress(a); },
                          [&](const ZonePrefix &z) { return store.addZonePrefix(z); },
                          [&](const View &v) { return store.addView(v); },
                          [&](const Baseline &b) { return store.addBaseline(b); },
                      },
                      record);
}

bool update(ProjectStore &store, const Record &record)
{
    return std::visit(Overloaded {
                          [&](const Product &p) { return store.updateProduct(p); },
                          [&](const Zone &z) { return store.updateZone(z); },
                          [&](const Component &c) { return store.updateComponent(c); },
                          [&](const Flow &f) { return store.updateFlow(f); },
                          [&](const Environment &e) { return store.updateEnvironment(e); },
                          [&](const Address &a) { return store.updateAddress(a); },
                          [&](const ZonePrefix &z) { return store.updateZonePrefix(z); },
                          [&](const View &v) { return store.updateView(v); },
                          [&](const Baseline &b) { return store.updateBaseline(b); },
                      },
                      record);
}

bool remove(ProjectStore &store, const Record &record)
{
    const Id id = recordId(record);
    return std::visit(Overloaded {
                          [&](const Product &) { return store.removeProduct(id); },
                          [&](const Zone &) { return store.removeZone(id); },
                          [&](const Component &) { return store.removeComponent(id); },
                          [&](const Flow &) { return store.removeFlow(id); },
                          [&](const Environment &) { return store.removeEnvironment(id); },
                          [&](const Address &) { return store.removeAddress(id); },
                          [&](const ZonePrefix &) { return store.removeZonePrefix(id); },
                          [&](const View &) { return store.removeView(id); },
                          [&](const Baseline &) { return store.removeBaseline(id); },
                      },
                      record);
}

RecordIds *idsFor(DocumentChange *what, const Record &record)
{
    return std::visit(Overloaded {
                          [&](const Product &) { return &what->products; },
                          [&](const Zone &) { return &what->zones; },
                          [&](const Component &) { return &what->components; },
                          [&](const Flow &) { return &what->flows; },
                          [&](const Environment &) { return &what->environments; },
                          [&](const Address &) { return &what->addresses; },
                          [&](const ZonePrefix &) { return &what->zonePrefixes; },
                          [&](const View &) { return &what->views; },
                          [&](const Baseline &) { return &what->baselines; },
                      },
                      record);
}

bool onlyPositionDiffers(const Record &from, const Record &to)
{
    const auto *a = std::get_if<Component>(&from);
    const auto *b = std::get_if<Component>(&to);
    return a && b && a->name == b->name && a->kind == b->kind && a->zoneId == b->zoneId
        && a->notes == b->notes;
}

} // namespace

Id recordId(const Record &record)
{
    return std::visit([](const auto &r) { return r.id; }, record);
}

bool applyChanges(ProjectStore &store, ChangeList &changes, bool forward, DocumentChange *what,
                  QHash<Id, Id> *newIds, QString *error)
{
    ChangeList working = changes;
    QHash<Id, Id> ids;
    DocumentChange done;
    done.positionsOnly = !working.isEmpty();
    ProjectStore::Transaction transaction(store);
    for (qsizetype n = 0; n < working.size(); ++n) {
        RecordChange &change = working[forward ? n : working.size() - 1 - n];
        if (change.before)
            resolve(*change.before, ids);
        if (change.after)
            resolve(*change.after, ids);
        const std::optional<Record> &from = forward ? change.before : change.after;
        std::optional<Record> &to = forward ? change.after : change.before;
        bool ok = false;
        if (to && hasUnresolvedReference(*to)) {
            *error = u"a new record refers to one that is not there yet"_s;
            return false;
        }
        if (!from && to) {
            const Id wanted = recordId(*to);
            const Id id = add(store, *to);
            ok = id != 0;
            if (ok && wanted < 0) {
                ids.insert(wanted, id);
                resolve(*to, ids);
            }
            if (ok)
                idsFor(&done, *to)->added.append(id);
        } else if (from && !to) {
            ok = remove(store, *from);
            if (ok)
                idsFor(&done, *from)->removed.append(recordId(*from));
        } else if (from && to) {
            ok = update(store, *to);
            if (ok)
                idsFor(&done, *to)->updated.append(recordId(*to));
        }
        if (!ok) {
            *error = from || to ? store.errorString() : u"an empty change"_s;
            return false;
        }
        done.positionsOnly = done.positionsOnly && from && to && onlyPositionDiffers(*from, *to);
    }
    if (!transaction.commit()) {
        *error = store.errorString();
        return false;
    }
    changes = working;
    if (what)
        *what = done;
    if (newIds)
        *newIds = ids;
    return true;
}

} // namespace Portolan

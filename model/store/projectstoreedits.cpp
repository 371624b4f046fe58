// ProjectStore: editing. Each method checks what it is given (names, colours,
// references, zone nesting) before writing, so that the usual mistakes come
// back as plain sentences; the schema's constraints catch the rest.

#include "projectstore.h"

#include "domain/names.h"
#include "sqlhelpers.h"
#include "storeedits.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

using namespace StoreEdits;

const Table ProductTable { u"product"_s, u"product"_s, u"a"_s };
const Table ZoneTable { u"zone"_s, u"zone"_s, u"a"_s };
const Table ComponentTable { u"component"_s, u"component"_s, u"a"_s };
const Table FlowTable { u"flow"_s, u"flow"_s, u"a"_s };
const Table EnvironmentTable { u"environment"_s, u"environment"_s, u"an"_s };

// Refuses to remove a row that flows still use.
bool unusedByFlows(const QSqlDatabase &db, const Table &kind, Id id, const QString &where,
                   QString *error)
{
    error->clear();
    const auto name
        = scalar(db, u"SELECT name FROM %1 WHERE id = ?"_s.arg(kind.table), { id }, error);
    if (!name) {
        if (error->isEmpty())
            *error = u"%1 %2 does not exist"_s.arg(kind.noun).arg(id);
        return false;
    }
    QVariantList values;
    for (qsizetype i = 0; i < where.count(u'?'); ++i)
        values.append(id);
    const auto used = scalar(db, u"SELECT COUNT(*) FROM flow WHERE "_s + where, values, error);
    if (!used)
        return false;
    const int count = used->toInt();
    if (count > 0) {
        *error = u"%1 \"%2\" is used by %3 %4"_s.arg(kind.noun, name->toString())
                     .arg(count)
                     .arg(count == 1 ? u"flow"_s : u"flows"_s);
        return false;
    }
    return true;
}

bool checkColor(const QString &color, QString *error)
{
    static const QRegularExpression rgb(u"^#[0-9A-Fa-f]{6}$"_s);
    if (color.isEmpty() || rgb.match(color).hasMatch())
        return true;
    *error = u"\"%1\" is not a colour (#rrggbb)"_s.arg(color);
    return false;
}

// A zone may not end up inside itself: walk up from its new parent.
bool checkZoneParent(const QSqlDatabase &db, const Zone &zone, QString *error)
{
    if (zone.parentId == 0)
        return true;
    if (!exists(db, ZoneTable, zone.parentId, error, u"parent zone"_s))
        return false;
    QSet<Id> seen;
    for (Id ancestor = zone.parentId; ancestor != 0 && !seen.contains(ancestor);) {
        if (ancestor == zone.id) {
            *error = u"zone \"%1\" cannot be put inside itself"_s.arg(cleanName(zone.name));
            return false;
        }
        seen.insert(ancestor);
        error->clear();
        const auto parent
            = scalar(db, u"SELECT parent_id FROM zone WHERE id = ?"_s, { ancestor }, error);
        if (!error->isEmpty())
            return false;
        ancestor = parent ? Sql::idFrom(*parent) : 0;
    }
    return true;
}

bool checkComponent(const QSqlDatabase &db, const Component &component, QString *error)
{
    if (component.zoneId != 0 && !exists(db, ZoneTable, component.zoneId, error))
        return false;
    if (component.position
        && (!std::isfinite(component.position->x()) || !std::isfinite(component.position->y()))) {
        *error = u"the position of component \"%1\" is not a finite point"_s.arg(
            cleanName(component.name));
        return false;
    }
    return true;
}

QVariantList componentValues(const QString &name, const Component &component)
{
    const QVariant noNumber(QMetaType::fromType<double>());
    return { name,
             nameKey(name),
             componentKindName(component.kind),
             Sql::idOrNull(component.zoneId),
             Sql::text(component.notes),
             component.position ? QVariant(component.position->x()) : noNumber,
             component.position ? QVariant(component.position->y()) : noNumber,
             component.pinned };
}

const QStringList ComponentColumns = { u"name"_s,  u"name_key"_s, u"kind"_s,  u"zone_id"_s,
                                       u"notes"_s, u"pos_x"_s,    u"pos_y"_s, u"pinned"_s };

bool checkFlow(const QSqlDatabase &db, const Flow &flow, QString *error)
{
    if (!exists(db, ComponentTable, flow.sourceId, error, u"source component"_s)
        || !exists(db, ComponentTable, flow.destinationId, error, u"destination component"_s))
        return false;
    if (flow.productId != 0 && !exists(db, ProductTable, flow.productId, error))
        return false;
    if (!transportHasPorts(flow.protocol) && !flow.ports.isEmpty()) {
        *error = u"%1 flows have no ports (got %2)"_s.arg(transportName(flow.protocol),
                                                          flow.ports.toString());
        return false;
    }
    return true;
}

QVariantList flowValues(const Flow &flow)
{
    return { Sql::idOrNull(flow.productId),
             flow.sourceId,
             flow.destinationId,
             transportName(flow.protocol),
             Sql::text(flow.ports.toString()),
             Sql::text(flow.purpose),
             flow.optional,
             Sql::text(flow.notes) };
}

const QStringList FlowColumns
    = { u"product_id"_s, u"source_id"_s, u"destination_id"_s, u"protocol"_s,
        u"ports"_s,      u"purpose"_s,   u"optional"_s,       u"notes"_s };

} // namespace

// --- adding ------------------------------------------------------------------

Id ProjectStore::addProduct(const Product &product)
{
    if (!beginEdit())
        return 0;
    QString name;
    Id id = 0;
    if (checkName(m_db, ProductTable, product.name, 0, &name, &m_error)
        && checkColor(product.color, &m_error)) {
        id = insert(m_db, ProductTable, product.id, { u"name"_s, u"name_key"_s, u"color"_s },
                    { name, nameKey(name), Sql::text(product.color) }, &m_error);
    }
    return finishEdit(id != 0) ? id : 0;
}

Id ProjectStore::addZone(const Zone &zone)
{
    if (!beginEdit())
        return 0;
    QString name;
    Id id = 0;
    Zone unsaved = zone;
    unsaved.id = 0; // a new zone cannot be anyone's parent yet
    if (checkName(m_db, ZoneTable, zone.name, 0, &name, &m_error)
        && checkZoneParent(m_db, unsaved, &m_error)) {
        id = insert(
            m_db, ZoneTable, zone.id, { u"name"_s, u"name_key"_s, u"parent_id"_s, u"notes"_s },
            { name, nameKey(name), Sql::idOrNull(zone.parentId), Sql::text(zone.notes) }, &m_error);
    }
    return finishEdit(id != 0) ? id : 0;
}

Id ProjectStore::addComponent(const Component &component)
{
    if (!beginEdit())
        return 0;
    QString name;
    Id id = 0;
    if (checkName(m_db, ComponentTable, component.name, 0, &name, &m_error)
        && checkComponent(m_db, component, &m_error)) {
        id = insert(m_db, ComponentTable, component.id, ComponentColumns,
                    componentValues(name, component), &m_error);
    }
    return finishEdit(id != 0) ? id : 0;
}

Id ProjectStore::addFlow(const Flow &flow)
{
    if (!beginEdit())
        return 0;
    Id id = 0;
    if (checkFlow(m_db, flow, &m_error))
        id = insert(m_db, FlowTable, flow.id, FlowColumns, flowValues(flow), &m_error);
    return finishEdit(id != 0) ? id : 0;
}

Id ProjectStore::addEnvironment(const Environment &environment)
{
    if (!beginEdit())
        return 0;
    QString name;
    Id id = 0;
    if (checkName(m_db, EnvironmentTable, environment.name, 0, &name, &m_error)) {
        id = insert(m_db, EnvironmentTable, environment.id, { u"name"_s, u"name_key"_s },
                    { name, nameKey(name) }, &m_error);
    }
    return finishEdit(id != 0) ? id : 0;
}

bool ProjectStore::setProperty(const QString &key, const QString &value)
{
    if (!beginEdit())
        return false;
    bool ok = !key.isEmpty();
    if (!ok)
        m_error = u"a project setting needs a key"_s;
    ok = ok
        && Sql::exec(m_db,
                     u"INSERT INTO property (key, value) VALUES (?, ?) "
                     u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                     &m_error, { key, Sql::text(value) });
    return finishEdit(ok);
}

// --- updating ----------------------------------------------------------------

bool ProjectStore::updateEnvironment(const Environment &environment)
{
    if (!beginEdit())
        return false;
    QString name;
    const bool ok = exists(m_db, EnvironmentTable, environment.id, &m_error)
        && checkName(m_db, EnvironmentTable, environment.name, environment.id, &name, &m_error)
        && update(m_db, EnvironmentTable, environment.id, { u"name"_s, u"name_key"_s },
                  { name, nameKey(name) }, &m_error);
    return finishEdit(ok);
}

bool ProjectStore::updateProduct(const Product &product)
{
    if (!beginEdit())
        return false;
    QString name;
    const bool ok = exists(m_db, ProductTable, product.id, &m_error)
        && checkName(m_db, ProductTable, product.name, product.id, &name, &m_error)
        && checkColor(product.color, &m_error)
        && update(m_db, ProductTable, product.id, { u"name"_s, u"name_key"_s, u"color"_s },
                  { name, nameKey(name), Sql::text(product.color) }, &m_error);
    return finishEdit(ok);
}

bool ProjectStore::updateZone(const Zone &zone)
{
    if (!beginEdit())
        return false;
    QString name;
    const bool ok = exists(m_db, ZoneTable, zone.id, &m_error)
        && checkName(m_db, ZoneTable, zone.name, zone.id, &name, &m_error)
        && checkZoneParent(m_db, zone, &m_error)
        && update(m_db, ZoneTable, zone.id,
                  { u"name"_s, u"name_key"_s, u"parent_id"_s, u"notes"_s },
                  { name, nameKey(name), Sql::idOrNull(zone.parentId), Sql::text(zone.notes) },
                  &m_error);
    return finishEdit(ok);
}

bool ProjectStore::updateComponent(const Component &component)
{
    if (!beginEdit())
        return false;
    QString name;
    const bool ok = exists(m_db, ComponentTable, component.id, &m_error)
        && checkName(m_db, ComponentTable, component.name, component.id, &name, &m_error)
        && checkComponent(m_db, component, &m_error)
        && update(m_db, ComponentTable, component.id, ComponentColumns,
                  componentValues(name, component), &m_error);
    return finishEdit(ok);
}

bool ProjectStore::updateFlow(const Flow &flow)
{
    if (!beginEdit())
        return false;
    const bool ok = exists(m_db, FlowTable, flow.id, &m_error) && checkFlow(m_db, flow, &m_error)
        && update(m_db, FlowTable, flow.id, FlowColumns, flowValues(flow), &m_error);
    return finishEdit(ok);
}

// --- removing ----------------------------------------------------------------

bool ProjectStore::removeFlow(Id id)
{
    if (!beginEdit())
        return false;
    return finishEdit(removeRow(m_db, FlowTable, id, &m_error));
}

bool ProjectStore::removeComponent(Id id)
{
    if (!beginEdit())
        return false;
    // Its addresses go with it (ON DELETE CASCADE).
    const bool ok = unusedByFlows(m_db, ComponentTable, id,
                                  u"source_id = ? OR destination_id = ?"_s, &m_error)
        && removeRow(m_db, ComponentTable, id, &m_error);
    return finishEdit(ok);
}

bool ProjectStore::removeEnvironment(Id id)
{
    if (!beginEdit())
        return false;
    // Its addresses and prefixes go with it (ON DELETE CASCADE).
    return finishEdit(removeRow(m_db, EnvironmentTable, id, &m_error));
}

bool ProjectStore::removeProduct(Id id)
{
    if (!beginEdit())
        return false;
    const bool ok = unusedByFlows(m_db, ProductTable, id, u"product_id = ?"_s, &m_error)
        && removeRow(m_db, ProductTable, id, &m_error);
    return finishEdit(ok);
}

bool ProjectStore::removeZone(Id id)
{
    if (!beginEdit())
        return false;
    bool ok = exists(m_db, ZoneTable, id, &m_error);
    std::optional<QVariant> parent;
    if (ok) {
        parent = scalar(m_db, u"SELECT parent_id FROM zone WHERE id = ?"_s, { id }, &m_error);
        ok = parent.has_value();
    }
    // Members and sub-zones move up to the parent (or to no zone); the zone's
    // prefixes go with it (ON DELETE CASCADE).
    ok = ok
        && Sql::exec(m_db, u"UPDATE component SET zone_id = ? WHERE zone_id = ?"_s, &m_error,
                     { *parent, id })
        && Sql::exec(m_db, u"UPDATE zone SET parent_id = ? WHERE parent_id = ?"_s, &m_error,
                     { *parent, id })
        && removeRow(m_db, ZoneTable, id, &m_error);
    return finishEdit(ok);
}

} // namespace Portolan

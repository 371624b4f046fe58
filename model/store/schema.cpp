#include "schema.h"

#include "sqlhelpers.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace Portolan::Schema {

namespace {

// Schema version 1. Names are unique by their key (names.h nameKey()); ids
// grow with every insert and are never reused, so id order is creation order.
// AUTOINCREMENT is SQLite's spelling of that (an identity column elsewhere).
const char *const Version1[] = {
    R"(CREATE TABLE product (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        color TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE TABLE zone (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        parent_id INTEGER NULL REFERENCES zone (id) ON DELETE SET NULL,
        notes TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE INDEX zone_parent ON zone (parent_id))",
    R"(CREATE TABLE component (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('host', 'appliance', 'cluster', 'network',
                                           'service', 'saas', 'client', 'any')),
        zone_id INTEGER NULL REFERENCES zone (id) ON DELETE SET NULL,
        notes TEXT NOT NULL DEFAULT '',
        pos_x REAL NULL,
        pos_y REAL NULL,
        pinned BOOLEAN NOT NULL DEFAULT FALSE,
        CHECK ((pos_x IS NULL) = (pos_y IS NULL))
    ))",
    R"(CREATE INDEX component_zone ON component (zone_id))",
    R"(CREATE TABLE flow (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        product_id INTEGER NULL REFERENCES product (id),
        source_id INTEGER NOT NULL REFERENCES component (id),
        destination_id INTEGER NOT NULL REFERENCES component (id),
        protocol TEXT NOT NULL CHECK (protocol IN ('TCP', 'UDP', 'ICMP', 'SCTP', 'ESP', 'GRE',
                                                   'ANY')),
        ports TEXT NOT NULL DEFAULT '',
        purpose TEXT NOT NULL DEFAULT '',
        optional BOOLEAN NOT NULL DEFAULT FALSE,
        notes TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE INDEX flow_product ON flow (product_id))",
    R"(CREATE INDEX flow_source ON flow (source_id))",
    R"(CREATE INDEX flow_destination ON flow (destination_id))",
    R"(CREATE TABLE environment (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE
    ))",
    R"(CREATE TABLE address (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        environment_id INTEGER NOT NULL REFERENCES environment (id) ON DELETE CASCADE,
        component_id INTEGER NOT NULL REFERENCES component (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        UNIQUE (environment_id, component_id, value)
    ))",
    R"(CREATE INDEX address_component ON address (component_id))",
    R"(CREATE TABLE zone_prefix (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        environment_id INTEGER NOT NULL REFERENCES environment (id) ON DELETE CASCADE,
        zone_id INTEGER NOT NULL REFERENCES zone (id) ON DELETE CASCADE,
        cidr TEXT NOT NULL,
        vlan INTEGER NULL,
        gateway TEXT NULL,
        name TEXT NOT NULL DEFAULT '',
        UNIQUE (environment_id, zone_id, cidr)
    ))",
    R"(CREATE INDEX zone_prefix_zone ON zone_prefix (zone_id))",
    R"(CREATE TABLE property (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ))",
};

// Schema version 2: the diagram's drawing, one row per component box, zone
// frame and edge (drawnitem.h). `view_id` 0 is the drawing of the whole
// project; the column is there for drawings of views to come.
const char *const Version2[] = {
    R"(CREATE TABLE drawing_item (
        view_id INTEGER NOT NULL DEFAULT 0,
        key TEXT NOT NULL,
        x REAL NULL,
        y REAL NULL,
        w REAL NULL,
        h REAL NULL,
        label_x REAL NULL,
        label_y REAL NULL,
        label_w REAL NULL,
        label_h REAL NULL,
        path TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (view_id, key)
    ))",
};

// Schema version 3: views. `selection` is a JSON object (domain/view.h);
// a view's drawing is the drawing_item rows with its id as view_id.
const char *const Version3[] = {
    R"(CREATE TABLE view (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL DEFAULT 0,
        level TEXT NOT NULL DEFAULT 'components' CHECK (level IN ('components', 'zones')),
        selection TEXT NOT NULL DEFAULT '{}',
        print BOOLEAN NOT NULL DEFAULT FALSE
    ))",
};

// Schema version 4: baselines (domain/baseline.h). `content` is the frozen
// project as a compressed SQLite image without baselines (projectimage.h);
// `created` is UTC in ISO 8601.
const char *const Version4[] = {
    R"(CREATE TABLE baseline (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        note TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        content BLOB NOT NULL
    ))",
};

bool run(QSqlDatabase &db, const char *const *statements, std::size_t count, QString *error)
{
    for (std::size_t i = 0; i < count; ++i) {
        if (!Sql::exec(db, QString::fromUtf8(statements[i]), error))
            return false;
    }
    return true;
}

} // namespace

bool addBaselines(QSqlDatabase &db, QString *error)
{
    return run(db, Version4, std::size(Version4), error);
}

bool addViews(QSqlDatabase &db, QString *error)
{
    return run(db, Version3, std::size(Version3), error);
}

bool addDrawing(QSqlDatabase &db, QString *error)
{
    return run(db, Version2, std::size(Version2), error);
}

bool createVersion1(QSqlDatabase &db, QString *error)
{
    return run(db, Version1, std::size(Version1), error);
}

QList<Table> expectedTables(int version)
{
    QList<Table> tables;
    if (version >= 1) {
        tables = {
            { u"product"_s, { u"id"_s, u"name"_s, u"name_key"_s, u"color"_s } },
            { u"zone"_s, { u"id"_s, u"name"_s, u"name_key"_s, u"parent_id"_s, u"notes"_s } },
            { u"component"_s,
              { u"id"_s, u"name"_s, u"name_key"_s, u"kind"_s, u"zone_id"_s, u"notes"_s, u"pos_x"_s,
                u"pos_y"_s, u"pinned"_s } },
            { u"flow"_s,
              { u"id"_s, u"product_id"_s, u"source_id"_s, u"destination_id"_s, u"protocol"_s,
                u"ports"_s, u"purpose"_s, u"optional"_s, u"notes"_s } },
            { u"environment"_s, { u"id"_s, u"name"_s, u"name_key"_s } },
            { u"address"_s,
              { u"id"_s, u"environment_id"_s, u"component_id"_s, u"kind"_s, u"value"_s } },
            { u"zone_prefix"_s,
              { u"id"_s, u"environment_id"_s, u"zone_id"_s, u"cidr"_s, u"vlan"_s, u"gateway"_s,
                u"name"_s } },
            { u"property"_s, { u"key"_s, u"value"_s } },
        };
    }
    if (version >= 2) {
        tables.append({ u"drawing_item"_s,
                        { u"view_id"_s, u"key"_s, u"x"_s, u"y"_s, u"w"_s, u"h"_s, u"label_x"_s,
                          u"label_y"_s, u"label_w"_s, u"label_h"_s, u"path"_s } });
    }
    if (version >= 3) {
        tables.append({ u"view"_s,
                        { u"id"_s, u"name"_s, u"name_key"_s, u"position"_s, u"level"_s,
                          u"selection"_s, u"print"_s } });
    }
    if (version >= 4) {
        tables.append({ u"baseline"_s,
                        { u"id"_s, u"name"_s, u"name_key"_s, u"note"_s, u"created"_s, u"author"_s,
                          u"content"_s } });
    }
    return tables;
}

QStringList componentKindsV1()
{
    return { u"host"_s,    u"appliance"_s, u"cluster"_s, u"network"_s,
             u"service"_s, u"saas"_s,      u"client"_s,  u"any"_s };
}

QStringList protocolsV1()
{
    return { u"TCP"_s, u"UDP"_s, u"ICMP"_s, u"SCTP"_s, u"ESP"_s, u"GRE"_s, u"ANY"_s };
}

} // namespace Portolan::Schema

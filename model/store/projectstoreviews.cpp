// ProjectStore: views (domain/view.h). A view's selection is kept as JSON;
// one that cannot be read back (a file edited elsewhere) selects nothing,
// so that a damaged view shows less rather than everything.

#include "projectstore.h"

#include "domain/names.h"
#include "sqlhelpers.h"
#include "storeedits.h"
#include "storereads.h"

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

using namespace StoreEdits;
using namespace StoreReads;

const Table ViewTable { u"view"_s, u"view"_s, u"a"_s };
const QString ViewColumns = u"id, name, position, level, selection, print"_s;
const QStringList ViewWrites
    = { u"name"_s, u"name_key"_s, u"position"_s, u"level"_s, u"selection"_s, u"print"_s };

View viewFrom(const QSqlQuery &query)
{
    View view;
    view.id = query.value(0).toLongLong();
    view.name = query.value(1).toString();
    view.position = query.value(2).toInt();
    view.level = viewLevelFromName(query.value(3).toString()).value_or(ViewLevel::Components);
    if (const auto selection = viewSelectionFromJson(query.value(4).toString())) {
        view.selection = *selection;
    } else {
        // Nothing has this id: the view selects nothing.
        view.selection.components = { -1 };
    }
    view.print = query.value(5).toBool();
    return view;
}

// Cleans the name and checks it is free and not the whole project's.
bool checkViewName(const QSqlDatabase &db, const View &view, QString *name, QString *error)
{
    if (!checkName(db, ViewTable, view.name, view.id, name, error))
        return false;
    if (nameKey(*name) == nameKey(allViewName())) {
        *error = u"\"%1\" is the view of the whole project; give this view another name"_s.arg(
            allViewName());
        return false;
    }
    return true;
}

QVariantList viewValues(const QString &name, const View &view)
{
    return { name,
             nameKey(name),
             view.position,
             viewLevelName(view.level),
             viewSelectionToJson(view.selection),
             view.print };
}

} // namespace

QList<View> ProjectStore::views() const
{
    m_error.clear();
    return readAll(m_db, all(ViewColumns, u"view"_s), {}, &viewFrom, &m_error);
}

std::optional<View> ProjectStore::view(Id id) const
{
    m_error.clear();
    return readOne(m_db, byId(ViewColumns, u"view"_s), { id }, &viewFrom,
                   u"view %1 does not exist"_s.arg(id), &m_error);
}

std::optional<View> ProjectStore::findView(QStringView name) const
{
    m_error.clear();
    return readOne(m_db, byName(ViewColumns, u"view"_s), { nameKey(name) }, &viewFrom,
                   u"there is no view named \"%1\""_s.arg(cleanName(name)), &m_error);
}

Id ProjectStore::addView(const View &view)
{
    if (!beginEdit())
        return 0;
    QString name;
    Id id = 0;
    if (checkViewName(m_db, view, &name, &m_error))
        id = insert(m_db, ViewTable, view.id, ViewWrites, viewValues(name, view), &m_error);
    return finishEdit(id != 0) ? id : 0;
}

bool ProjectStore::updateView(const View &view)
{
    if (!beginEdit())
        return false;
    QString name;
    const bool ok = exists(m_db, ViewTable, view.id, &m_error)
        && checkViewName(m_db, view, &name, &m_error)
        && update(m_db, ViewTable, view.id, ViewWrites, viewValues(name, view), &m_error);
    return finishEdit(ok);
}

bool ProjectStore::removeView(Id id)
{
    if (!beginEdit())
        return false;
    const bool ok = removeRow(m_db, ViewTable, id, &m_error)
        && Sql::exec(m_db, u"DELETE FROM drawing_item WHERE view_id = ?"_s, &m_error, { id });
    return finishEdit(ok);
}

} // namespace Portolan

#include "domain/view.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Portolan {

bool ViewSelection::isEmpty() const
{
    return products.isEmpty() && zones.isEmpty() && components.isEmpty() && protocols.isEmpty()
        && text.trimmed().isEmpty();
}

QString allViewName()
{
    return u"All"_s;
}

QString viewLevelName(ViewLevel level)
{
    return level == ViewLevel::Zones ? u"zones"_s : u"components"_s;
}

std::optional<ViewLevel> viewLevelFromName(QStringView name)
{
    const QString word = name.trimmed().toString().toLower();
    if (word == u"components"_s)
        return ViewLevel::Components;
    if (word == u"zones"_s)
        return ViewLevel::Zones;
    return std::nullopt;
}

namespace {

QJsonArray idArray(const QSet<Id> &ids)
{
    QList<Id> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray array;
    for (const Id id : std::as_const(sorted))
        array.append(id);
    return array;
}

QSet<Id> idSet(const QJsonValue &value)
{
    QSet<Id> ids;
    for (const QJsonValue &entry : value.toArray()) {
        // Ids are whole numbers; anything else is passed over. (A negative
        // one, which no record has, marks a selection that selects nothing.)
        const double number = entry.toDouble(0);
        if (entry.isDouble() && number != 0 && std::abs(number) <= 9007199254740991.0
            && number == double(Id(number)))
            ids.insert(Id(number));
    }
    return ids;
}

} // namespace

QString viewSelectionToJson(const ViewSelection &selection)
{
    QJsonObject object;
    if (!selection.products.isEmpty())
        object.insert(u"products"_s, idArray(selection.products));
    if (!selection.zones.isEmpty())
        object.insert(u"zones"_s, idArray(selection.zones));
    if (!selection.components.isEmpty())
        object.insert(u"components"_s, idArray(selection.components));
    if (!selection.protocols.isEmpty()) {
        QList<Transport> sorted = selection.protocols;
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        QJsonArray names;
        for (const Transport t : std::as_const(sorted))
            names.append(transportName(t));
        object.insert(u"protocols"_s, names);
    }
    if (!selection.text.trimmed().isEmpty())
        object.insert(u"text"_s, selection.text.trimmed());
    if (!selection.collapsed.isEmpty())
        object.insert(u"collapsed"_s, idArray(selection.collapsed));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<ViewSelection> viewSelectionFromJson(QStringView json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    ViewSelection selection;
    selection.products = idSet(object.value(u"products"_s));
    selection.zones = idSet(object.value(u"zones"_s));
    selection.components = idSet(object.value(u"components"_s));
    for (const QJsonValue &entry : object.value(u"protocols"_s).toArray()) {
        const auto transport = transportFromName(entry.toString());
        if (transport && !selection.protocols.contains(*transport))
            selection.protocols.append(*transport);
    }
    std::sort(selection.protocols.begin(), selection.protocols.end());
    selection.text = object.value(u"text"_s).toString().trimmed();
    selection.collapsed = idSet(object.value(u"collapsed"_s));
    return selection;
}

QList<View> viewsInOrder(QList<View> views)
{
    std::stable_sort(views.begin(), views.end(), [](const View &a, const View &b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    });
    return views;
}

} // namespace Portolan

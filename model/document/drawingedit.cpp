#include "drawingedit.h"

#include "store/projectstore.h"

#include <QHash>
#include <QMap>

namespace Portolan {

void DrawingEdit::merge(const DrawingEdit &later)
{
    // An item is its key in its drawing (the whole project's or a view's).
    QHash<QPair<Id, QString>, qsizetype> index;
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert({ items[i].view, items[i].key }, i);
    for (const DrawnChange &change : later.items) {
        if (const auto it = index.constFind({ change.view, change.key }); it != index.cend())
            items[*it].after = change.after;
        else
            items.append(change);
    }
    // Items back where they were need no writing.
    items.removeIf([](const DrawnChange &c) { return c.before == c.after; });
    if (later.settingsAfter) {
        if (!settingsAfter)
            settingsBefore = later.settingsBefore;
        settingsAfter = later.settingsAfter;
    }
}

bool applyDrawingEdit(ProjectStore &store, const DrawingEdit &edit, bool forward, QString *error)
{
    // Each drawing's items, the whole project's (0) and the views'.
    QMap<Id, QPair<QList<DrawnItem>, QStringList>> byView;
    for (const DrawnChange &change : edit.items) {
        const std::optional<DrawnItem> &to = forward ? change.after : change.before;
        auto &[put, removed] = byView[change.view];
        if (to)
            put.append(*to);
        else
            removed.append(change.key);
    }
    const std::optional<DrawingSettings> &settings
        = forward ? edit.settingsAfter : edit.settingsBefore;
    ProjectStore::Transaction transaction(store);
    bool ok = true;
    for (auto it = byView.cbegin(); ok && it != byView.cend(); ++it)
        ok = store.writeDrawing(it->first, it->second, it.key());
    if (!ok || (settings && !store.setDrawingSettings(*settings)) || !transaction.commit()) {
        *error = store.errorString();
        return false;
    }
    return true;
}

} // namespace Portolan

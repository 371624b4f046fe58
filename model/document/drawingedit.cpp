#include "drawingedit.h"

#include "store/projectstore.h"

#include <QHash>

namespace Portolan {

void DrawingEdit::merge(const DrawingEdit &later)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert(items[i].key, i);
    for (const DrawnChange &change : later.items) {
        if (const auto it = index.constFind(change.key); it != index.cend())
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
    QList<DrawnItem> put;
    QStringList removed;
    for (const DrawnChange &change : edit.items) {
        const std::optional<DrawnItem> &to = forward ? change.after : change.before;
        if (to)
            put.append(*to);
        else
            removed.append(change.key);
    }
    const std::optional<DrawingSettings> &settings
        = forward ? edit.settingsAfter : edit.settingsBefore;
    ProjectStore::Transaction transaction(store);
    const bool ok = (put.isEmpty() && removed.isEmpty()) || store.writeDrawing(put, removed);
    if (!ok || (settings && !store.setDrawingSettings(*settings)) || !transaction.commit()) {
        *error = store.errorString();
        return false;
    }
    return true;
}

} // namespace Portolan

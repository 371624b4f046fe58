#pragma once
// The zone half of the Address Plan: the current environment's zone
// prefixes, edited in place, added through ZonePrefixDialog, deleted with
// Delete (one undo step for all selected).

#include "tables/tablepanel.h"

#include <functional>

namespace Portolan {

class ZonePrefixModel;

class ZonePrefixPanel : public TablePanel
{
    Q_OBJECT
public:
    explicit ZonePrefixPanel(QWidget *parent = nullptr);

    ZonePrefixModel *model() const;
    void setEnvironment(Id environment);
    QAction *addPrefixAction() const { return m_addPrefix; }
    // The zone the Add dialog starts with (the selected component's).
    void setZoneHint(std::function<Id()> hint) { m_zoneHint = std::move(hint); }

protected:
    void deleteSelected() override;
    void updateActions() override;

private:
    void addPrefix();

    QAction *m_addPrefix = nullptr;
    std::function<Id()> m_zoneHint;
};

} // namespace Portolan

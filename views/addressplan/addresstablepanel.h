#pragma once
// The component half of the Address Plan: one row per component with its
// addresses in the current environment and their status, addresses typed
// in place, next-free allocation for the selected rows (a free address for
// hosts, the zone's prefix or a free /N for networks), Delete clearing the
// selected rows' addresses. Follows the window's shared selection.

#include "tables/tablepanel.h"

namespace Portolan {

class AddressPlanModel;
struct Allocation;

class AddressTablePanel : public TablePanel
{
    Q_OBJECT
public:
    explicit AddressTablePanel(QWidget *parent = nullptr);

    AddressPlanModel *model() const;
    void setEnvironment(Id environment);

    QAction *allocateAction() const { return m_allocate; }
    QAction *allocatePrefixAction() const { return m_allocatePrefix; }
    // Only rows with a warning, an error or no address.
    QAction *problemsOnlyAction() const { return m_problemsOnly; }

    // Allocates for the selected components (all shown rows when none is
    // selected). With several, components that already have an IP address
    // are left alone. `prefixLength` is for networks (0: the zone's prefix).
    // Reports what happened by statusMessage / editRejected.
    bool allocate(int prefixLength = 0);

protected:
    void deleteSelected() override;
    void updateActions() override;

private:
    QList<Id> targets() const;
    void report(const Allocation &allocation, bool ok);

    QAction *m_allocate = nullptr;
    QAction *m_allocatePrefix = nullptr;
    QAction *m_problemsOnly = nullptr;
};

} // namespace Portolan

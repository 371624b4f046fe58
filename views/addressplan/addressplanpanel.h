#pragma once
// The Address Plan of the current environment, as a dock shows it: a
// summary line (how many components have addresses, errors, warnings),
// the actions (allocate, problems only, import and export a CSV plan, add
// a zone prefix), the components with their addresses and status, and the
// environment's zone prefixes below.

#include "domain/types.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QToolBar;

namespace Portolan {

class AddressTablePanel;
class CurrentEnvironment;
class ProjectDocument;
class ProjectSelection;
class ZonePrefixPanel;

class AddressPlanPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AddressPlanPanel(CurrentEnvironment *current, QWidget *parent = nullptr);

    void setSelection(ProjectSelection *selection);

    AddressTablePanel *addresses() const { return m_addresses; }
    ZonePrefixPanel *prefixes() const { return m_prefixes; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QLabel *summary() const { return m_summary; }

    // Binds the addresses of a CSV plan (component,address) in the current
    // environment as one undo step; false, with the reason shown, when the
    // file cannot be read or the plan is refused (nothing changes then).
    bool importPlan(const QString &path);
    // Writes the current environment's plan (component,address,kind,zone).
    bool exportPlan(const QString &path);

signals:
    void statusMessage(const QString &text);
    void editRejected(const QString &text);

private:
    void environmentChanged();
    void updateSummary();
    void updateActions();
    ProjectDocument *document() const;

    CurrentEnvironment *m_current;
    QLabel *m_summary;
    QToolBar *m_toolBar;
    AddressTablePanel *m_addresses;
    ZonePrefixPanel *m_prefixes;
    QAction *m_import;
    QAction *m_export;
};

} // namespace Portolan

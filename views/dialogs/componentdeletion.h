#pragma once
// Deleting components that have flows: the user says whether the flows go
// too or move to another component. Components without flows go at once
// (undo brings them back).

#include "domain/types.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace Portolan {

class ProjectDocument;
struct ProjectSnapshot;

// Asks when the components have flows, then deletes them (one undo step).
// False when the user cancelled or the deletion failed (the reason has then
// been shown).
bool deleteComponentsAsking(QWidget *parent, ProjectDocument *document, const QList<Id> &ids);

// The question itself. Children for tests: "deleteFlowsChoice" and
// "moveFlowsChoice" (radio buttons), "moveFlowsTarget" (line edit with
// completion), "buttons" (OK disabled until the flows have somewhere to go).
class ComponentDeletionDialog : public QDialog
{
    Q_OBJECT
public:
    ComponentDeletionDialog(const ProjectSnapshot &project, const QList<Id> &ids, int flowCount,
                            QWidget *parent = nullptr);

    // The component the flows move to; 0 when they are deleted too.
    Id reassignTo() const;

private:
    Id target() const;
    void updateOk();

    QHash<QString, Id> m_targets; // name key -> the components that stay
    QRadioButton *m_deleteFlows;
    QRadioButton *m_moveFlows;
    QLineEdit *m_target;
    QDialogButtonBox *m_buttons;
};

} // namespace Portolan

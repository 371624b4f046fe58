#pragma once
// The environments of a project as the window offers them: a combo box to
// switch the current one (for the tool bar) and the actions that create,
// rename, duplicate and delete environments, each one undo step. The
// actions ask for names in a dialog; the methods below do the work without
// asking, for the actions and for tests.

#include "domain/types.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QComboBox;
class QToolBar;
class QWidget;

namespace Portolan {

class CurrentEnvironment;
class ProjectDocument;
struct DocumentChange;

class EnvironmentSwitcher : public QObject
{
    Q_OBJECT
public:
    // `dialogParent` parents the name dialogs.
    EnvironmentSwitcher(CurrentEnvironment *current, QWidget *dialogParent,
                        QObject *parent = nullptr);

    QComboBox *comboBox() const { return m_combo; }
    QAction *newAction() const { return m_new; }
    QAction *renameAction() const { return m_rename; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    // In menu order.
    QList<QAction *> actions() const;
    // "Environment:", the combo box and the New and Duplicate actions.
    QToolBar *createToolBar(QWidget *parent);

    // Each makes the environment it creates current; false (and a
    // message) when the document refuses.
    bool addEnvironment(const QString &name);
    bool renameCurrent(const QString &name);
    bool duplicateCurrent(const QString &name);
    bool deleteCurrent();

signals:
    // A refusal, for the status bar.
    void message(const QString &text);

private:
    ProjectDocument *document() const;
    void documentChanged(const DocumentChange &change);
    void fillCombo();
    void updateActions();
    // Asks for a name until `apply` accepts one or the user cancels.
    void askName(const QString &title, const QString &label, const QString &start,
                 const std::function<bool(const QString &)> &apply);
    QString freeName(const QString &base) const;
    bool report(bool ok);

    CurrentEnvironment *m_current;
    QPointer<QWidget> m_dialogParent;
    QComboBox *m_combo;
    QAction *m_new;
    QAction *m_rename;
    QAction *m_duplicate;
    QAction *m_delete;
    bool m_filling = false;
};

} // namespace Portolan

#pragma once
// File → Export Firewall Rules…: the rules of the current environment as a
// spreadsheet (.xlsx workbook or .csv), one rule per flow or consolidated,
// written by the same code as `portolan rules`.

#include "domain/types.h"
#include "handover/rules.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace Portolan {

class CurrentEnvironment;

class RulesExportAction : public QObject
{
    Q_OBJECT
public:
    RulesExportAction(QWidget *window, CurrentEnvironment *environment, QObject *parent = nullptr);

    QAction *action() const { return m_action; }

    // Writes the rules of the current environment to `path`; the outcome
    // goes to message(). False when nothing was written.
    bool exportTo(const QString &path, Consolidation consolidation);

signals:
    void message(const QString &text);

private:
    void chooseAndExport();
    void updateEnabled();

    QPointer<QWidget> m_window;
    CurrentEnvironment *m_environment;
    QAction *m_action;
};

} // namespace Portolan

#include "rulesexportaction.h"

#include "common/plaintext.h"
#include "document/projectdocument.h"
#include "environment/currentenvironment.h"
#include "handover/rulesexport.h"
#include "notice.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace Portolan {

RulesExportAction::RulesExportAction(QWidget *window, CurrentEnvironment *environment,
                                     QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_environment(environment)
    , m_action(new QAction(tr("Export Firewall &Rules…"), this))
{
    m_action->setObjectName(u"exportRules"_s);
    m_action->setToolTip(tr("Write the current environment's firewall rules as a spreadsheet"));
    connect(m_action, &QAction::triggered, this, &RulesExportAction::chooseAndExport);
    connect(m_environment, &CurrentEnvironment::changed, this, &RulesExportAction::updateEnabled);
    updateEnabled();
}

void RulesExportAction::updateEnabled()
{
    m_action->setEnabled(m_environment->document() && m_environment->id());
}

bool RulesExportAction::exportTo(const QString &path, Consolidation consolidation)
{
    ProjectDocument *document = m_environment->document();
    if (!document || !m_environment->id())
        return false;
    RulesExportOptions options;
    options.consolidation = consolidation;
    RulesExportSummary summary;
    QString error;
    if (!writeRules(document->project(), m_environment->id(), path, options, &summary, &error)) {
        emit message(error);
        return false;
    }
    QString text = tr("Wrote %n rule(s) of %1 to %2.", nullptr, summary.rules)
                       .arg(m_environment->name(), QFileInfo(path).fileName());
    if (summary.unresolved > 0) {
        const QString unresolved
            = tr("%n have an endpoint without an address (marked in the Status column).", nullptr,
                 summary.unresolved);
        text += u' ' + unresolved;
        showNotice(m_window, tr("Export Firewall Rules"),
                   tr("%n of the %1 rules of %2 cannot be requested as they are: an endpoint "
                      "has no address in this environment. They are marked in the Status "
                      "column; give those components addresses in the Address Plan.",
                      nullptr, summary.unresolved)
                       .arg(summary.rules)
                       .arg(m_environment->name()));
    }
    emit message(text);
    return true;
}

void RulesExportAction::chooseAndExport()
{
    ProjectDocument *document = m_environment->document();
    if (!document || !m_environment->id())
        return;
    const QString workbook = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV (*.csv)");
    QString selected = workbook;
    const QString suggested = u"%1 %2 rules.xlsx"_s.arg(
        QFileInfo(document->filePath()).completeBaseName(), m_environment->name());
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Firewall Rules"), suggested,
                                                workbook + u";;"_s + csv, &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected == csv ? u".csv"_s : u".xlsx"_s;
    if (!isRulesFile(path)) {
        warnPlainly(m_window, tr("Export Firewall Rules"),
                    tr("Portolan writes rules as .xlsx or .csv, not “%1”.")
                        .arg(QFileInfo(path).fileName()));
        return;
    }
    const QStringList choices { tr("One rule per flow"),
                                tr("One rule per source, destination and protocol (ports "
                                   "united)") };
    bool ok = false;
    const QString choice = QInputDialog::getItem(m_window, tr("Export Firewall Rules"),
                                                 tr("Rules:"), choices, 0, false, &ok);
    if (!ok)
        return;
    const Consolidation consolidation
        = choice == choices.at(1) ? Consolidation::Ports : Consolidation::None;
    if (!exportTo(path, consolidation))
        warnPlainly(m_window, tr("Export Firewall Rules"),
                    tr("%1 could not be written.").arg(QFileInfo(path).fileName()));
}

} // namespace Portolan

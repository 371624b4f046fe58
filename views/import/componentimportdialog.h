#pragma once
// Imports a component list (a CMDB or NetBox export: name, kind, zone,
// parent zone) into the open project after showing what it would do: the
// components it adds, moves or gives another kind, the zones it creates and
// nests, and every warning. Nothing is written until Import is clicked; then
// it is one undo step (with the diagram laid out afresh when asked). The plan
// follows the project while the dialog is open.

#include "document/projectdocument.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Portolan {

class ImportMessageModel;

class ComponentImportDialog : public QDialog
{
    Q_OBJECT
public:
    // Reads `path` at once.
    ComponentImportDialog(ProjectDocument *document, const QString &path,
                          QWidget *parent = nullptr);

    const ComponentImportPlan &plan() const { return m_plan; }
    bool canImport() const;
    // After the dialog was accepted: what the import did.
    ComponentImportSummary summary() const { return m_summary; }

public slots:
    // Imports; on failure says why and stays open.
    void accept() override;

private:
    void replan();
    QString summaryText() const;

    QPointer<ProjectDocument> m_document;
    ComponentTable m_table;
    ComponentImportPlan m_plan;
    ComponentImportSummary m_summary;
    bool m_importing = false;

    QStandardItemModel *m_rows;
    ImportMessageModel *m_messages;
    QLabel *m_summaryLabel;
    QTableView *m_rowView;
    QLabel *m_problemLabel;
    // Checked for a list that moves components or nests zones, until the
    // user decides.
    QCheckBox *m_layOutAfresh;
    bool m_layOutChosen = false;
    QPushButton *m_importButton;
};

} // namespace Portolan

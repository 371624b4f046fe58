#pragma once
// Imports flow tables (markdown, CSV) into the open project after showing
// what would happen: the flows to add, the products and components it would
// create, the importer's warnings and errors. Nothing is written until
// Import is clicked; then it is one undo step.

#include "document/projectdocument.h"
#include "importpreview.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;
class QTimer;

namespace Portolan {

class ImportMessageModel;
class ImportPreviewModel;

class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    // Reads `paths` (.md, .markdown, .csv, .tsv, .txt) at once.
    ImportPreviewDialog(ProjectDocument *document, const QStringList &paths,
                        QWidget *parent = nullptr);
    ~ImportPreviewDialog() override;

    QStringList files() const { return m_paths; }
    // What the preview shows now.
    const ImportPreview &preview() const { return m_preview; }
    QString defaultProduct() const;
    // Re-reads the files with this default product.
    void setDefaultProduct(const QString &product);

    // After the dialog was accepted: what the import did.
    ImportSummary summary() const { return m_summary; }
    QList<Id> importedFlows() const { return m_importedFlows; }

public slots:
    // Imports; on failure says why and stays open.
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildWidgets();
    // Reads the files again when the default product changed.
    void rereadIfChanged();
    void reread();
    // Plans against the project as it is now (it may change while open).
    void replan();
    void showPreview();
    // Selects the flows made from the line the message at `index` is about.
    void showFlowsOf(const QModelIndex &index);
    QString summaryText() const;
    QString whyNothingToImport() const;
    QString undoText() const;

    QPointer<ProjectDocument> m_document;
    QStringList m_paths;
    ImportOptions m_options;
    QList<ImportResult> m_results;
    ImportPreview m_preview;
    QString m_failure; // why the last Import click failed
    ImportSummary m_summary;
    QList<Id> m_importedFlows;
    bool m_importing = false;

    ImportPreviewModel *m_flowModel;
    ImportMessageModel *m_messageModel;
    QLabel *m_filesLabel = nullptr;
    QLineEdit *m_defaultProduct = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_flowView = nullptr;
    QLabel *m_messagesLabel = nullptr;
    QListView *m_messageView = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
    QTimer *m_rereadTimer;
};

} // namespace Portolan

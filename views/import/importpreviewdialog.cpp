#include "importpreviewdialog.h"

#include "common/plaintext.h"
#include "importmessagemodel.h"
#include "importpreviewmodel.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QString quotedFileNames(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths)
        names.append(u"“"_s + QFileInfo(path).fileName() + u"”"_s);
    return names.join(u", "_s);
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(ProjectDocument *document, const QStringList &paths,
                                         QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_paths(paths)
    , m_flowModel(new ImportPreviewModel(this))
    , m_messageModel(new ImportMessageModel(this))
    , m_rereadTimer(new QTimer(this))
{
    setObjectName(u"importPreviewDialog"_s);
    setWindowTitle(tr("Import Flows"));
    buildWidgets();

    // Typing pauses re-read the files; so do Return and leaving the field.
    m_rereadTimer->setSingleShot(true);
    m_rereadTimer->setInterval(500);
    connect(m_rereadTimer, &QTimer::timeout, this, &ImportPreviewDialog::rereadIfChanged);
    connect(m_defaultProduct, &QLineEdit::textChanged, m_rereadTimer, qOverload<>(&QTimer::start));
    connect(m_defaultProduct, &QLineEdit::editingFinished, this,
            &ImportPreviewDialog::rereadIfChanged);
    connect(document, &ProjectDocument::changed, this, [this] {
        if (!m_importing)
            replan();
    });
    // A dialog about a project that was closed has nothing left to do.
    connect(document, &QObject::destroyed, this, &QDialog::reject);

    reread();
}

ImportPreviewDialog::~ImportPreviewDialog() = default;

void ImportPreviewDialog::buildWidgets()
{
    m_filesLabel = new QLabel(this);
    m_filesLabel->setObjectName(u"files"_s);
    m_filesLabel->setWordWrap(true);
    m_filesLabel->setText(tr("Flows from %1").arg(quotedFileNames(m_paths)));
    QStringList nativePaths;
    for (const QString &path : m_paths)
        nativePaths.append(QDir::toNativeSeparators(path));
    m_filesLabel->setToolTip(plainForAutoText(nativePaths.join(u'\n')));

    m_defaultProduct = new QLineEdit(this);
    m_defaultProduct->setObjectName(u"defaultProduct"_s);
    m_defaultProduct->setClearButtonEnabled(true);
    m_defaultProduct->installEventFilter(this);
    m_defaultProduct->setPlaceholderText(
        m_paths.size() == 1
            ? tr("The file's name: %1").arg(QFileInfo(m_paths.constFirst()).completeBaseName())
            : tr("Each file's name"));
    m_defaultProduct->setToolTip(
        tr("The product of rows whose table has no product column or an empty product cell."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Default product:"), m_defaultProduct);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summary"_s);
    m_summaryLabel->setWordWrap(true);

    m_flowView = new QTableView(this);
    m_flowView->setObjectName(u"flows"_s);
    m_flowView->setModel(m_flowModel);
    m_flowView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_flowView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flowView->setWordWrap(false);
    m_flowView->verticalHeader()->hide();
    // Fixed row heights keep thousands of rows cheap to lay out.
    m_flowView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_flowView->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::PurposeColumn,
                                                         QHeaderView::Stretch);
    m_flowView->setToolTip(tr("Products and components in bold are new: the import creates them. "
                              "A warning sign marks a line the importer warns about."));

    m_messagesLabel = new QLabel(tr("Warnings and errors:"), this);
    m_messageView = createMessageView(m_messageModel, this);
    m_messageView->setToolTip(tr("Click a warning to select the flows made from its line."));
    connect(m_messageView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ImportPreviewDialog::showFlowsOf);
    m_problemLabel = createProblemLabel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"import"_s);
    m_importButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportPreviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportPreviewDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filesLabel);
    layout->addLayout(form);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_flowView, 1);
    layout->addWidget(m_messagesLabel);
    layout->addWidget(m_messageView);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    resize(900, 600);
}

QString ImportPreviewDialog::defaultProduct() const
{
    return m_defaultProduct->text();
}

void ImportPreviewDialog::setDefaultProduct(const QString &product)
{
    m_defaultProduct->setText(product);
    rereadIfChanged();
}

bool ImportPreviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Return in the product field means "show me", not "import": it must not
    // reach the dialog, which would click the default button.
    if (watched == m_defaultProduct && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            rereadIfChanged();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ImportPreviewDialog::rereadIfChanged()
{
    m_rereadTimer->stop();
    if (m_defaultProduct->text().trimmed() != m_options.defaultProduct)
        reread();
}

void ImportPreviewDialog::reread()
{
    m_rereadTimer->stop();
    m_options.defaultProduct = m_defaultProduct->text().trimmed();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_results = readImportFiles(m_paths, m_options);
    QGuiApplication::restoreOverrideCursor();
    replan();
    m_messageModel->setMessages(m_preview.messages);
}

void ImportPreviewDialog::replan()
{
    if (!m_document)
        return;
    m_failure.clear();
    m_preview = previewImport(m_document->project(), m_results);
    showPreview();
}

void ImportPreviewDialog::showPreview()
{
    m_flowModel->setFlows(m_preview.flows);
    m_flowView->resizeColumnsToContents();
    m_summaryLabel->setText(summaryText());
    m_messagesLabel->setVisible(!m_preview.messages.isEmpty());
    m_messageView->setVisible(!m_preview.messages.isEmpty());

    const QString problem = m_failure.isEmpty() ? whyNothingToImport() : m_failure;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    m_importButton->setEnabled(m_document && m_preview.canImport() && !m_document->isReadOnly());
}

void ImportPreviewDialog::showFlowsOf(const QModelIndex &index)
{
    const ImportMessage message = m_messageModel->message(index.row());
    const QList<int> rows = m_flowModel->rowsFrom(message.source, message.line);
    QItemSelection selection;
    for (const int row : rows) {
        selection.select(m_flowModel->index(row, 0),
                         m_flowModel->index(row, ImportPreviewModel::ColumnCount - 1));
    }
    m_flowView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty())
        m_flowView->scrollTo(m_flowModel->index(rows.first(), 0), QAbstractItemView::PositionAtTop);
}

QString ImportPreviewDialog::summaryText() const
{
    if (!m_preview.summary)
        return tr("Nothing can be imported.");
    const ImportSummary &summary = *m_preview.summary;
    // Both forms are numerus strings, so that translators can use theirs.
    QStringList parts;
    parts.append(summary.flowsAdded == 1 ? tr("%n flow to add", nullptr, summary.flowsAdded)
                                         : tr("%n flows to add", nullptr, summary.flowsAdded));
    if (summary.flowsAlreadyPresent > 0) {
        parts.append(tr("%n already in the project", nullptr, summary.flowsAlreadyPresent));
    }
    if (summary.componentsAdded > 0) {
        parts.append(summary.componentsAdded == 1
                         ? tr("%n new component", nullptr, summary.componentsAdded)
                         : tr("%n new components", nullptr, summary.componentsAdded));
    }
    if (summary.productsAdded > 0) {
        parts.append(summary.productsAdded == 1
                         ? tr("%n new product", nullptr, summary.productsAdded)
                         : tr("%n new products", nullptr, summary.productsAdded));
    }
    const auto warnings = std::count_if(
        m_preview.messages.cbegin(), m_preview.messages.cend(), [](const ImportMessage &message) {
            return message.severity == ImportMessage::Severity::Warning;
        });
    if (warnings > 0)
        parts.append(warnings == 1 ? tr("%n warning to read below", nullptr, int(warnings))
                                   : tr("%n warnings to read below", nullptr, int(warnings)));
    return parts.join(u", "_s);
}

QString ImportPreviewDialog::whyNothingToImport() const
{
    if (!m_document)
        return tr("The project was closed.");
    if (!m_preview.unreadable.isEmpty()) {
        return tr("Nothing can be imported while %1 cannot be read: see the errors above.")
            .arg(quotedFileNames(m_preview.unreadable));
    }
    if (!m_preview.summary)
        return tr("The files cannot be imported: %1.").arg(m_preview.planError);
    if (m_preview.summary->flowsAdded == 0) {
        return m_preview.summary->flowsAlreadyPresent > 0
            ? tr("Nothing to import: every flow in the files is already in the project.")
            : tr("Nothing to import: the files hold no flows.");
    }
    if (m_document->isReadOnly())
        return m_document->readOnlyReason();
    return {};
}

QString ImportPreviewDialog::undoText() const
{
    const QString first = QFileInfo(m_paths.value(0)).fileName();
    if (m_paths.size() <= 1)
        return tr("Import %1").arg(first);
    return tr("Import %1 and %n other file(s)", nullptr, int(m_paths.size()) - 1).arg(first);
}

void ImportPreviewDialog::accept()
{
    if (!m_document)
        return;
    rereadIfChanged(); // import what the product field says
    if (!m_importButton->isEnabled())
        return;
    ImportSummary summary;
    m_importing = true;
    const bool imported = m_document->importFlows(m_results, undoText(), &summary);
    m_importing = false;
    if (!imported) {
        m_failure = m_document->errorString();
        showPreview();
        return;
    }
    m_summary = summary;
    m_importedFlows = m_document->lastImportedFlows();
    QDialog::accept();
}

} // namespace Portolan

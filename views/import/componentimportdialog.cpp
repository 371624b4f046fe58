#include "componentimportdialog.h"

#include "common/plaintext.h"
#include "importmessagemodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

ComponentImportDialog::ComponentImportDialog(ProjectDocument *document, const QString &path,
                                             QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_table(readComponentFile(path))
    , m_rows(new QStandardItemModel(this))
    , m_messages(new ImportMessageModel(this))
{
    setObjectName(u"componentImportDialog"_s);
    setWindowTitle(tr("Import Components"));
    auto *file = new QLabel(tr("Components from “%1”").arg(QFileInfo(path).fileName()), this);
    file->setToolTip(plainForAutoText(QDir::toNativeSeparators(path)));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summary"_s);
    m_summaryLabel->setWordWrap(true);

    m_rows->setHorizontalHeaderLabels(
        { tr("Line"), tr("Component"), tr("Kind"), tr("Zone"), tr("Change") });
    m_rowView = new QTableView(this);
    m_rowView->setObjectName(u"rows"_s);
    m_rowView->setModel(m_rows);
    m_rowView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rowView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rowView->setWordWrap(false);
    m_rowView->verticalHeader()->hide();
    m_rowView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_rowView->horizontalHeader()->setStretchLastSection(true);
    m_rowView->setToolTip(tr("Rows in bold change the project; the others are as the list says."));

    QListView *messageView = createMessageView(m_messages, this);
    m_problemLabel = createProblemLabel(this);

    m_layOutAfresh = new QCheckBox(tr("&Lay out the diagram afresh"), this);
    m_layOutAfresh->setObjectName(u"layOutAfresh"_s);
    m_layOutAfresh->setToolTip(
        tr("Forget every stored drawing and dragged place, as Reset Layout does, in the same "
           "undo step. Suggested when the list moves components or puts zones into others."));
    connect(m_layOutAfresh, &QCheckBox::clicked, this, [this] { m_layOutChosen = true; });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"import"_s);
    m_importButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComponentImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_rowView, 1);
    layout->addWidget(new QLabel(tr("Warnings and errors:"), this));
    layout->addWidget(messageView);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_layOutAfresh);
    layout->addWidget(buttons);
    resize(820, 560);

    connect(document, &ProjectDocument::changed, this, [this] {
        if (!m_importing)
            replan();
    });
    connect(document, &QObject::destroyed, this, &QDialog::reject);
    replan();
}

bool ComponentImportDialog::canImport() const
{
    return m_table.ok && m_document && !m_document->isReadOnly()
        && m_plan.summary.changesAnything();
}

void ComponentImportDialog::replan()
{
    m_plan = m_table.ok && m_document ? planComponentImport(m_document->project(), m_table)
                                      : ComponentImportPlan {};
    m_messages->setMessages(m_table.messages + m_plan.messages);
    m_rows->setRowCount(0);
    for (const ComponentImportRow &row : std::as_const(m_plan.rows)) {
        QString change;
        switch (row.action) {
        case ComponentImportRow::Action::Add:
            change = tr("new");
            break;
        case ComponentImportRow::Action::Update:
            change = row.change;
            break;
        case ComponentImportRow::Action::Keep:
            change = tr("unchanged");
            break;
        }
        QList<QStandardItem *> items {
            new QStandardItem(QString::number(row.line)), new QStandardItem(row.name),
            new QStandardItem(componentKindLabel(row.kind)),
            new QStandardItem(row.zone.isEmpty() ? tr("(no zone)") : row.zone),
            new QStandardItem(change)
        };
        for (QStandardItem *item : items)
            item->setToolTip(plainForAutoText(item->text()));
        if (row.action != ComponentImportRow::Action::Keep) {
            for (QStandardItem *item : items) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
        }
        m_rows->appendRow(items);
    }
    m_rowView->resizeColumnsToContents();
    m_summaryLabel->setText(summaryText());
    QString problem;
    if (!m_table.ok)
        problem = tr("The file cannot be imported: see the errors above.");
    else if (m_document && m_document->isReadOnly())
        problem = m_document->readOnlyReason();
    else if (!m_plan.summary.changesAnything())
        problem = tr("Every component is in the project as the list says: nothing to import.");
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    m_importButton->setEnabled(canImport());
    if (!m_layOutChosen)
        m_layOutAfresh->setChecked(m_plan.summary.componentsMoved || m_plan.summary.zonesNested);
}

QString ComponentImportDialog::summaryText() const
{
    const ComponentImportSummary &s = m_plan.summary;
    QStringList parts;
    const auto add = [&parts](int n, const QString &text) {
        if (n > 0)
            parts.append(text);
    };
    add(s.componentsAdded, tr("%n new component(s)", nullptr, s.componentsAdded));
    add(s.componentsMoved, tr("%n moved to another zone", nullptr, s.componentsMoved));
    add(s.componentsRetyped, tr("%n given another kind", nullptr, s.componentsRetyped));
    add(s.zonesAdded, tr("%n new zone(s)", nullptr, s.zonesAdded));
    add(s.zonesNested, tr("%n zone(s) put into others", nullptr, s.zonesNested));
    add(s.componentsUnchanged, tr("%n unchanged", nullptr, s.componentsUnchanged));
    return parts.isEmpty() ? tr("No components.") : parts.join(u", "_s) + u'.';
}

void ComponentImportDialog::accept()
{
    if (!canImport())
        return;
    m_importing = true;
    const bool imported
        = m_document->importComponents(m_table, &m_summary, m_layOutAfresh->isChecked());
    m_importing = false;
    if (!imported) {
        replan();
        m_problemLabel->setText(m_document->errorString());
        m_problemLabel->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace Portolan

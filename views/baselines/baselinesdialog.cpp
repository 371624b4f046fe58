#include "baselinesdialog.h"

#include "common/plaintext.h"
#include "document/projectdocument.h"
#include "domain/names.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

enum Column { NameColumn, CreatedColumn, AuthorColumn, NoteColumn };

// A note in one line of the list (the whole note is the row's tool tip).
QString oneLine(QString text)
{
    return text.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\t', u' ');
}

} // namespace

BaselineEditDialog::BaselineEditDialog(const QString &title, Fields fields, QWidget *parent)
    : QDialog(parent)
    , m_fields(fields)
    , m_name(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(u"baselineEditDialog"_s);
    setWindowTitle(title);
    m_name->setObjectName(u"baselineName"_s);
    m_name->setMaxLength(200);
    m_note->setObjectName(u"baselineNote"_s);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("what it is for, e.g. “handed over to the firewall team”"));
    // Room for a few lines: a note, not a document.
    m_note->setMinimumWidth(380);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 14);
    auto *form = new QFormLayout;
    if (fields != Fields::Note)
        form->addRow(tr("&Name:"), m_name);
    else
        m_name->hide();
    if (fields != Fields::Name)
        form->addRow(tr("N&ote:"), m_note);
    else
        m_note->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BaselineEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (fields == Fields::NameAndNote) {
        auto *intro = new QLabel(tr("A baseline freezes the design, every environment's "
                                    "addresses and the drawing as they are now, inside the "
                                    "project file. Later edits never change it."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void BaselineEditDialog::setValues(const QString &name, const QString &note)
{
    m_name->setText(name);
    m_name->selectAll();
    m_note->setPlainText(note);
}

QString BaselineEditDialog::name() const
{
    return cleanName(m_name->text());
}

QString BaselineEditDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void BaselineEditDialog::accept()
{
    if (m_fields != Fields::Note && m_check) {
        if (const QString problem = m_check(name()); !problem.isEmpty()) {
            warnPlainly(this, windowTitle(), problem);
            m_name->setFocus();
            return;
        }
    }
    QDialog::accept();
}

BaselinesDialog::BaselinesDialog(ProjectDocument *document, const QString &author, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_author(author)
    , m_intro(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_note(new QPushButton(tr("Edit N&ote…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(u"baselinesDialog"_s);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Baselines are named, read-only revisions kept inside the project file: "
                        "each freezes the design, every environment's addresses and the drawing "
                        "as they were when it was made. Open one to look at it in a window of "
                        "its own."));
    m_readOnly->setWordWrap(true);
    m_readOnly->setStyleSheet(u"background: #fde68a; color: #1f2937; padding: 4px"_s);
    m_readOnly->setTextFormat(Qt::PlainText);
    m_readOnly->hide();

    m_list->setObjectName(u"baselineList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({ tr("Name"), tr("Created"), tr("Author"), tr("Note") });
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(NameColumn, 160);
    m_list->setColumnWidth(CreatedColumn, 150);
    m_list->setColumnWidth(AuthorColumn, 130);
    m_list->setMinimumWidth(680);

    m_new->setObjectName(u"newBaseline"_s);
    m_new->setToolTip(tr("Freeze the project as it is now as a new baseline"));
    m_open->setObjectName(u"openBaseline"_s);
    m_open->setToolTip(tr("Show the selected baseline read-only in a new window"));
    m_rename->setObjectName(u"renameBaseline"_s);
    m_note->setObjectName(u"editBaselineNote"_s);
    m_delete->setObjectName(u"deleteBaseline"_s);
    m_delete->setToolTip(tr("Delete the selected baseline (Edit → Undo brings it back)"));

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : { m_new, m_open, m_rename, m_note, m_delete }) {
        button->setAutoDefault(false);
        // Making and opening apart from what changes the selected one.
        if (button == m_rename)
            buttons->addSpacing(12);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_readOnly);
    layout->addLayout(middle, 1);
    layout->addWidget(close);
    resize(900, 420);

    connect(m_new, &QPushButton::clicked, this, &BaselinesDialog::createBaseline);
    connect(m_open, &QPushButton::clicked, this, &BaselinesDialog::openCurrent);
    connect(m_rename, &QPushButton::clicked, this, &BaselinesDialog::renameCurrent);
    connect(m_note, &QPushButton::clicked, this, &BaselinesDialog::editCurrentNote);
    connect(m_delete, &QPushButton::clicked, this, &BaselinesDialog::deleteCurrent);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &BaselinesDialog::openCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &BaselinesDialog::updateButtons);
    if (m_document) {
        setWindowTitle(tr("Baselines · %1").arg(m_document->displayName()));
        connect(m_document, &ProjectDocument::changed, this, [this](const DocumentChange &change) {
            if (change.reset || !change.baselines.isEmpty())
                refresh();
        });
    }
    refresh();
}

bool BaselinesDialog::editable() const
{
    return m_document && !m_document->isReadOnly();
}

Id BaselinesDialog::currentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toLongLong() : 0;
}

void BaselinesDialog::selectBaseline(Id id)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(NameColumn, Qt::UserRole).toLongLong() == id)
            m_list->setCurrentItem(item);
    }
}

void BaselinesDialog::refresh()
{
    const Id current = currentId();
    m_list->clear();
    const QList<Baseline> baselines
        = m_document ? m_document->project().baselines : QList<Baseline>();
    for (const Baseline &baseline : baselines) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, baseline.name);
        item->setData(NameColumn, Qt::UserRole, baseline.id);
        item->setText(CreatedColumn,
                      QLocale().toString(baseline.created.toLocalTime(), QLocale::ShortFormat));
        item->setText(AuthorColumn, baseline.author);
        item->setText(NoteColumn, oneLine(baseline.note));
        if (!baseline.note.isEmpty())
            item->setToolTip(NoteColumn, plainForAutoText(baseline.note));
    }
    selectBaseline(current);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    const bool readOnly = m_document && m_document->isReadOnly();
    m_readOnly->setVisible(readOnly);
    if (readOnly)
        m_readOnly->setText(tr("Only Open is available: %1").arg(m_document->readOnlyReason()));
    updateButtons();
}

void BaselinesDialog::updateButtons()
{
    const bool selected = currentId() != 0;
    m_new->setEnabled(editable());
    m_open->setEnabled(m_document && selected);
    m_rename->setEnabled(editable() && selected);
    m_note->setEnabled(editable() && selected);
    m_delete->setEnabled(editable() && selected);
}

QString BaselinesDialog::freeName() const
{
    const QStringList taken = m_document ? namesOf(m_document->project().baselines) : QStringList();
    return uniqueName(taken, [](int n) { return tr("Baseline %1").arg(n); });
}

QString BaselinesDialog::nameProblem(const ProjectSnapshot &project, const QString &name, Id except)
{
    if (cleanName(name).isEmpty())
        return tr("Give the baseline a name.");
    if (sameName(name, workingDesignName()))
        return tr("“%1” stands for the design as it is now; give the baseline another name.")
            .arg(workingDesignName());
    for (const Baseline &baseline : project.baselines) {
        if (baseline.id != except && sameName(baseline.name, name))
            return tr("There is already a baseline named “%1”; choose another name.")
                .arg(baseline.name);
    }
    return {};
}

void BaselinesDialog::createBaseline()
{
    if (!editable())
        return;
    BaselineEditDialog ask(tr("New Baseline"), BaselineEditDialog::Fields::NameAndNote, this);
    ask.setValues(freeName(), {});
    ask.setNameCheck([this](const QString &name) {
        return m_document ? nameProblem(m_document->project(), name) : QString();
    });
    if (ask.exec() != QDialog::Accepted || !m_document)
        return;
    const Id id = m_document->createBaseline(ask.name(), ask.note(), m_author);
    if (!id) {
        warnPlainly(this, tr("New Baseline"), m_document->errorString());
        return;
    }
    selectBaseline(id);
}

void BaselinesDialog::renameCurrent()
{
    const Baseline *baseline = m_document ? m_document->project().baseline(currentId()) : nullptr;
    if (!editable() || !baseline)
        return;
    const Id id = baseline->id;
    BaselineEditDialog ask(tr("Rename Baseline"), BaselineEditDialog::Fields::Name, this);
    ask.setValues(baseline->name, {});
    ask.setNameCheck([this, id](const QString &name) {
        return m_document ? nameProblem(m_document->project(), name, id) : QString();
    });
    if (ask.exec() != QDialog::Accepted || !m_document)
        return;
    if (!m_document->renameBaseline(id, ask.name()))
        warnPlainly(this, tr("Rename Baseline"), m_document->errorString());
}

void BaselinesDialog::editCurrentNote()
{
    const Baseline *baseline = m_document ? m_document->project().baseline(currentId()) : nullptr;
    if (!editable() || !baseline)
        return;
    const Id id = baseline->id;
    BaselineEditDialog ask(tr("Note of Baseline “%1”").arg(baseline->name),
                           BaselineEditDialog::Fields::Note, this);
    ask.setValues(baseline->name, baseline->note);
    if (ask.exec() != QDialog::Accepted || !m_document)
        return;
    if (!m_document->setBaselineNote(id, ask.note()))
        warnPlainly(this, tr("Edit Note"), m_document->errorString());
}

void BaselinesDialog::deleteCurrent()
{
    const Baseline *baseline = m_document ? m_document->project().baseline(currentId()) : nullptr;
    if (!editable() || !baseline)
        return;
    const Id id = baseline->id;
    if (!askPlainly(this, tr("Delete Baseline"),
                    tr("Delete baseline “%1”? Edit → Undo brings it back.").arg(baseline->name),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        || !m_document)
        return;
    if (!m_document->deleteBaseline(id))
        warnPlainly(this, tr("Delete Baseline"), m_document->errorString());
}

void BaselinesDialog::openCurrent()
{
    if (const Id id = currentId())
        emit openRequested(id);
}

} // namespace Portolan

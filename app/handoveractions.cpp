#include "handoveractions.h"

#include "baselines/baselinesdialog.h"
#include "common/plaintext.h"
#include "document/projectdocument.h"
#include "environment/currentenvironment.h"
#include "export/exportoptions.h"
#include "layout/layoutservice.h"
#include "notice.h"
#include "preferences.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

const QString PaperKey = u"handover/paper"_s;
const QString OrientationKey = u"handover/diagramOrientation"_s;
const QString ConsolidationKey = u"handover/consolidation"_s;
const QString RecordBaselineKey = u"handover/recordBaseline"_s;

// A wait cursor while the diagram is laid out and the pack painted.
struct BusyCursor
{
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(BusyCursor)
};

} // namespace

HandoverActions::HandoverActions(QWidget *window, CurrentEnvironment *environment,
                                 const QString &layoutWorker, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_environment(environment)
    , m_layoutWorker(layoutWorker)
    , m_export(new QAction(tr("Export &Handover Pack…"), this))
    , m_print(new QAction(tr("&Print Handover Pack…"), this))
{
    m_export->setObjectName(u"exportHandover"_s);
    m_export->setToolTip(tr("Write the current environment's handover pack as a PDF"));
    m_print->setObjectName(u"printHandover"_s);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Preview and print the current environment's handover pack"));
    connect(m_export, &QAction::triggered, this, &HandoverActions::chooseAndExport);
    connect(m_print, &QAction::triggered, this, &HandoverActions::chooseAndPrint);
    connect(m_environment, &CurrentEnvironment::changed, this, &HandoverActions::updateEnabled);
    updateEnabled();
}

HandoverActions::~HandoverActions() = default;

void HandoverActions::updateEnabled()
{
    const bool available = m_environment->document() && m_environment->id();
    m_export->setEnabled(available);
    m_print->setEnabled(available);
}

QString HandoverActions::revisionKey() const
{
    const ProjectDocument *document = m_environment->document();
    return Preferences::projectKey(u"handover/revision"_s,
                                   document ? document->filePath() : QString())
        + u'/' + m_environment->name();
}

HandoverChoices HandoverActions::rememberedChoices() const
{
    QSettings settings;
    HandoverChoices choices;
    // The paper last printed on, else the default paper of Edit → Preferences….
    choices.pages.paper = QPageSize(
        paperFromName(settings.value(PaperKey).toString()).value_or(Preferences::paper()));
    if (const auto orientation
        = diagramOrientationFromName(settings.value(OrientationKey).toString()))
        choices.pages.diagramOrientation = *orientation;
    if (const auto consolidation
        = consolidationFromName(settings.value(ConsolidationKey).toString()))
        choices.pack.consolidation = *consolidation;
    choices.pack.revision = settings.value(revisionKey()).toString();
    choices.recordBaseline = settings.value(RecordBaselineKey, false).toBool();
    choices.pack.author = Preferences::author();
    return choices;
}

void HandoverActions::remember(const HandoverChoices &choices)
{
    QSettings settings;
    settings.setValue(PaperKey, paperName(choices.pages.paper.id()));
    settings.setValue(OrientationKey, diagramOrientationName(choices.pages.diagramOrientation));
    settings.setValue(ConsolidationKey,
                      choices.pack.consolidation == Consolidation::Ports ? u"ports"_s : u"none"_s);
    settings.setValue(RecordBaselineKey, choices.recordBaseline);
    if (choices.pack.revision.isEmpty())
        settings.remove(revisionKey());
    else
        settings.setValue(revisionKey(), choices.pack.revision);
    // The author typed for this pack is the one of the next, as Edit →
    // Preferences shows it.
    Preferences::setAuthor(choices.pack.author);
}

std::optional<HandoverContent> HandoverActions::prepare(const HandoverChoices &choices)
{
    ProjectDocument *document = m_environment->document();
    if (!document || !m_environment->id())
        return std::nullopt;
    if (!m_service) {
        m_service = m_layoutWorker.isEmpty() ? new LayoutService(this)
                                             : new LayoutService(m_layoutWorker, this);
    }
    BusyCursor busy;
    QString error;
    auto content = prepareHandover(document->project(), m_environment->id(), choices.pack,
                                   *m_service, &error);
    if (!content) {
        emit message(error);
        return std::nullopt;
    }
    if (!content->layoutWarning.isEmpty()) {
        const QString warning = tr("The layout engine failed (%1); the pack's diagram uses a "
                                   "plain arrangement.")
                                    .arg(content->layoutWarning);
        emit message(warning);
        showNotice(m_window, tr("Handover Pack"), warning);
    }
    return content;
}

bool HandoverActions::exportTo(const QString &path, const HandoverChoices &choices)
{
    ProjectDocument *document = m_environment->document();
    HandoverChoices chosen = choices;
    Id made = 0;
    int madeAt = -1; // the undo step that made it
    if (document && m_environment->id() && choices.recordBaseline) {
        made = document->createBaseline(
            choices.baselineName,
            tr("printed as the handover pack of %1").arg(m_environment->name()),
            choices.pack.author);
        if (!made) {
            emit message(tr("The baseline could not be recorded: %1").arg(document->errorString()));
            return false;
        }
        madeAt = document->undoStack()->index();
        if (const Baseline *baseline = document->project().baseline(made))
            chosen.pack.baseline = *baseline;
    }
    // A baseline made for the pack goes again when the pack is not written.
    const auto unmake = [&] {
        if (!made || !document)
            return;
        if (document->undoStack()->index() == madeAt)
            document->undoStack()->undo();
        else
            document->deleteBaseline(made);
    };
    const auto content = prepare(chosen);
    if (!content) {
        unmake();
        return false;
    }
    QString error;
    {
        BusyCursor busy;
        if (!writeHandoverPdf(*content, chosen.pages, path, &error)) {
            unmake();
            emit message(error);
            return false;
        }
    }
    QString text = tr("Wrote the handover pack of %1 to %2.")
                       .arg(m_environment->name(), QFileInfo(path).fileName());
    if (made)
        text += u' ' + tr("Recorded baseline “%1”.").arg(choices.baselineName);
    if (content->pack.unresolvedRules > 0) {
        text += u' '
            + tr("%n rule(s) have an endpoint without an address (shaded in the pack).", nullptr,
                 content->pack.unresolvedRules);
        showNotice(m_window, tr("Export Handover Pack"),
                   tr("%n rule(s) of the pack have an endpoint without an address in %1; they "
                      "are shaded in the pack. Give those components addresses in the Address "
                      "Plan before the pack is handed over.",
                      nullptr, content->pack.unresolvedRules)
                       .arg(m_environment->name()));
    }
    emit message(text);
    return true;
}

bool HandoverActions::printTo(QPrinter *printer, const HandoverContent &content,
                              const HandoverChoices &choices)
{
    PackPageOptions pages = choices.pages;
    // The paper chosen in the print dialog wins; a printer turns no page
    // in the middle of a job, so a landscape diagram is turned instead.
    pages.paper = printer->pageLayout().pageSize();
    pages.turnPages = false;
    QString error;
    BusyCursor busy;
    if (!printHandoverPack(printer, content.pack, content.diagrams, pages, &error)) {
        emit message(tr("Printing failed: %1").arg(error));
        return false;
    }
    return true;
}

bool HandoverActions::askChoices(const QString &acceptText, bool offerBaseline,
                                 HandoverChoices *choices)
{
    HandoverDialog dialog(m_environment->name(), acceptText, m_window);
    dialog.setChoices(rememberedChoices());
    QPointer<ProjectDocument> document = m_environment->document();
    dialog.setBaselineOffered(
        offerBaseline, document && document->isReadOnly() ? document->readOnlyReason() : QString());
    dialog.setBaselineNameCheck([document](const QString &name) {
        return document ? BaselinesDialog::nameProblem(document->project(), name) : QString();
    });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *choices = dialog.choices();
    remember(*choices);
    return true;
}

void HandoverActions::chooseAndExport()
{
    ProjectDocument *document = m_environment->document();
    HandoverChoices choices;
    if (!document || !m_environment->id() || !askChoices(tr("Save PDF…"), true, &choices))
        return;
    const QString suggested = u"%1 %2 handover.pdf"_s.arg(
        QFileInfo(document->filePath()).completeBaseName(), m_environment->name());
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Handover Pack"), suggested,
                                                tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    if (QFileInfo(path).suffix().toLower() != u"pdf"_s) {
        warnPlainly(m_window, tr("Export Handover Pack"),
                    tr("Portolan writes the handover pack as a PDF (.pdf), not “%1”.")
                        .arg(QFileInfo(path).fileName()));
        return;
    }
    if (!exportTo(path, choices))
        warnPlainly(m_window, tr("Export Handover Pack"),
                    tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)));
}

void HandoverActions::chooseAndPrint()
{
    HandoverChoices choices;
    if (!m_environment->document() || !m_environment->id()
        || !askChoices(tr("Print Preview…"), false, &choices))
        return;
    const auto content = prepare(choices);
    if (!content)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(choices.pages.paper);
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(
        tr("%1 · %2 · handover pack").arg(content->pack.project, content->pack.environment));
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Handover Pack · %1").arg(m_environment->name()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&](QPrinter *target) { printTo(target, *content, choices); });
    preview.resize(1000, 800);
    preview.exec();
}

} // namespace Portolan

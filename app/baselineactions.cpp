#include "baselineactions.h"

#include "baselines/baselinesdialog.h"
#include "common/plaintext.h"
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "preferences.h"
#include "project/revision.h"
#include "store/projectstore.h"

#include <QAction>
#include <QLocale>
#include <QScreen>

using namespace Qt::StringLiterals;

namespace Portolan {

BaselineActions::BaselineActions(MainWindow *window, const QString &layoutWorker, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_layoutWorker(layoutWorker)
    , m_action(new QAction(tr("&Baselines…"), this))
{
    m_action->setObjectName(u"baselines"_s);
    m_action->setToolTip(tr("Named read-only revisions kept in the project: make one, rename or "
                            "delete it, open it in a window of its own"));
    connect(m_action, &QAction::triggered, this, &BaselineActions::showDialog);
    setDocument(nullptr);
}

BaselineActions::~BaselineActions()
{
    delete m_dialog;
    // The baselines of the project go with its window.
    qDeleteAll(openWindows());
}

void BaselineActions::setDocument(ProjectDocument *document)
{
    if (m_dialog && m_dialog->document() != document)
        delete m_dialog;
    m_document = document;
    m_action->setEnabled(document);
}

BaselinesDialog *BaselineActions::showDialog()
{
    if (!m_document)
        return nullptr;
    if (!m_dialog) {
        m_dialog = new BaselinesDialog(m_document, Preferences::author(), m_window);
        connect(m_dialog, &BaselinesDialog::openRequested, this, &BaselineActions::openBaseline);
    }
    m_dialog->setAuthor(Preferences::author());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

BaselinesDialog *BaselineActions::dialog() const
{
    return m_dialog;
}

MainWindow *BaselineActions::openBaseline(Id id)
{
    const Baseline *listed = m_document ? m_document->project().baseline(id) : nullptr;
    if (!listed)
        return nullptr;
    const Baseline baseline = *listed;
    QWidget *parent = m_dialog ? static_cast<QWidget *>(m_dialog) : m_window;
    QString error;
    auto store = Portolan::openBaseline(m_document->store(), baseline, &error);
    if (!store) {
        warnPlainly(parent, tr("Open Baseline"), error);
        return nullptr;
    }
    auto document = std::make_unique<ProjectDocument>(
        std::move(store), nullptr,
        tr("Baseline “%1” is read-only: it shows the project as it was frozen on %2.")
            .arg(baseline.name,
                 QLocale().toString(baseline.created.toLocalTime(), QLocale::ShortFormat)));
    if (!document->readError().isEmpty()) {
        warnPlainly(parent, tr("Open Baseline"), document->readError());
        return nullptr;
    }
    auto *window = new MainWindow(nullptr, m_layoutWorker);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->showBaseline(std::move(document), baseline.name);
    // Just below and right of the project's window, on the same screen.
    const QRect area = m_window->screen()->availableGeometry();
    window->resize(window->size().boundedTo(area.size() - QSize(40, 40)));
    const QPoint at = m_window->pos() + QPoint(40, 40);
    window->move(qMax(area.left(), qMin(at.x(), area.right() - window->width())),
                 qMax(area.top(), qMin(at.y(), area.bottom() - window->height())));
    window->show();
    window->raise();
    window->activateWindow();
    m_opened.append(window);
    emit message(tr("Opened baseline “%1” read-only in a new window").arg(baseline.name));
    return window;
}

QList<MainWindow *> BaselineActions::openWindows() const
{
    QList<MainWindow *> windows;
    for (const QPointer<MainWindow> &window : m_opened) {
        if (window)
            windows.append(window);
    }
    return windows;
}

} // namespace Portolan

#include "projectdocument.h"

#include "changecommand.h"
#include "diagram/drawingkeeper.h"
#include "diagram/viewproject.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// Next to the project, hidden: ".NAME.portolan.lock".
QString lockPath(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absoluteDir().filePath(u"."_s + info.fileName() + u".lock"_s);
}

QString text(const char *source)
{
    return QCoreApplication::translate("Portolan::ProjectDocument", source);
}

} // namespace

ProjectDocument::ProjectDocument(std::unique_ptr<ProjectStore> store, QObject *parent,
                                 const QString &readOnlyReason)
    : QObject(parent)
    , m_store(std::move(store))
    , m_keepDrawing(&keptDrawing)
    , m_undoStack(new QUndoStack(this))
    , m_readOnlyReason(readOnlyReason)
{
    if (auto project = ProjectSnapshot::read(*m_store, &m_readError))
        m_project = std::move(*project);
    if (const QString path = m_store->filePath(); !path.isEmpty() && path != u":memory:"_s) {
        m_dataVersion = m_store->dataVersion().value_or(0);
        m_watch = new QTimer(this);
        m_watch->setInterval(1000);
        connect(m_watch, &QTimer::timeout, this, [this] {
            const auto version = m_store->dataVersion();
            if (!version || *version == m_dataVersion)
                return;
            m_dataVersion = *version;
            emit changedOnDisk();
        });
        m_watch->start();
    }
    if (m_store->isReadOnly() && m_readOnlyReason.isEmpty())
        m_readOnlyReason = text("The project is open read-only.");
}

ProjectDocument::~ProjectDocument()
{
    // The commands refer to the document: let them go first.
    delete m_undoStack;
}

std::unique_ptr<ProjectDocument> ProjectDocument::open(const QString &path, QString *error,
                                                       QObject *parent)
{
    if (!QFileInfo::exists(path)) {
        *error = text("%1 does not exist.").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    QString reason;
    auto lock = std::make_unique<QLockFile>(lockPath(path));
    lock->setStaleLockTime(0); // stale only when its process is gone
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        if (lock->error() == QLockFile::LockFailedError
            && lock->getLockInfo(&pid, &host, &application)) {
            reason = text("%1 is open in another Portolan window (process %2 on %3), so it is "
                          "open read-only here.")
                         .arg(QFileInfo(path).fileName())
                         .arg(pid)
                         .arg(host);
        } else if (lock->error() == QLockFile::LockFailedError) {
            reason = text("%1 is open in another Portolan window, so it is open read-only here.")
                         .arg(QFileInfo(path).fileName());
        } else {
            reason = text("The folder of %1 cannot be written, so it is open read-only.")
                         .arg(QFileInfo(path).fileName());
        }
        lock.reset();
    }
    std::unique_ptr<ProjectStore> store;
    if (reason.isEmpty()) {
        if (!QFileInfo(path).isWritable()) {
            reason = text("%1 cannot be written, so it is open read-only.")
                         .arg(QFileInfo(path).fileName());
        } else {
            store = ProjectStore::open(path, ProjectStore::Mode::ReadWrite, error);
            if (!store)
                return nullptr;
        }
    }
    if (!store) {
        store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly, error);
        if (!store)
            return nullptr;
    }
    auto document = std::make_unique<ProjectDocument>(std::move(store), parent, reason);
    if (!document->m_readError.isEmpty()) {
        *error = QDir::toNativeSeparators(path) + u": "_s + document->m_readError;
        return nullptr;
    }
    document->m_lock = std::move(lock);
    return document;
}

QString ProjectDocument::filePath() const
{
    return m_store->filePath();
}

QString ProjectDocument::displayName() const
{
    if (!m_project.name.trimmed().isEmpty())
        return m_project.name.trimmed();
    if (!filePath().isEmpty())
        return QFileInfo(filePath()).completeBaseName();
    return text("Untitled");
}

bool ProjectDocument::isReadOnly() const
{
    return m_store->isReadOnly();
}

bool ProjectDocument::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ProjectDocument::editable()
{
    m_error.clear();
    if (!isReadOnly())
        return true;
    return fail(m_readOnlyReason);
}

bool ProjectDocument::push(const QString &text, ChangeList changes, int mergeId, int mergeKey,
                           DrawingEdit drawing)
{
    if (!editable())
        return false;
    if (changes.isEmpty() && drawing.isEmpty())
        return true;
    // Done before it goes on the stack: a step that cannot be done never
    // reaches it, and so never discards the steps that could be redone.
    auto command = std::make_unique<ChangeCommand>(this, text, std::move(changes), MergeId(mergeId),
                                                   mergeKey, std::move(drawing));
    m_pushing = true;
    const bool done = command->doFirst();
    m_pushing = false;
    if (done)
        m_undoStack->push(command.release());
    return done;
}

bool ProjectDocument::apply(ChangeList &changes, DrawingEdit &drawing, bool forward, bool followUp)
{
    DocumentChange what;
    QString error;
    const auto failed = [&] {
        m_error = error;
        if (!m_pushing)
            emit editFailed(error);
        return false;
    };
    // The records and the drawing in one transaction: all or nothing.
    ProjectStore::Transaction transaction(*m_store);
    if (!changes.isEmpty()
        && !applyChanges(*m_store, changes, forward, &what, &m_lastNewIds, &error))
        return failed();
    // The records as the store now holds them (it may have tidied them).
    ProjectSnapshot::Edit edit;
    const auto read = [this](const RecordIds &ids, auto reader, auto &into) {
        for (const QList<Id> *list : { &ids.added, &ids.updated }) {
            for (Id id : *list) {
                if (const auto record = (m_store.get()->*reader)(id))
                    into.append(*record);
            }
        }
    };
    read(what.products, &ProjectStore::product, edit.products);
    read(what.zones, &ProjectStore::zone, edit.zones);
    read(what.components, &ProjectStore::component, edit.components);
    read(what.flows, &ProjectStore::flow, edit.flows);
    read(what.environments, &ProjectStore::environment, edit.environments);
    read(what.addresses, &ProjectStore::address, edit.addresses);
    read(what.zonePrefixes, &ProjectStore::zonePrefix, edit.zonePrefixes);
    read(what.views, &ProjectStore::view, edit.views);
    read(what.baselines, &ProjectStore::baseline, edit.baselines);
    edit.removedProducts = what.products.removed;
    edit.removedZones = what.zones.removed;
    edit.removedComponents = what.components.removed;
    edit.removedFlows = what.flows.removed;
    edit.removedEnvironments = what.environments.removed;
    edit.removedAddresses = what.addresses.removed;
    edit.removedZonePrefixes = what.zonePrefixes.removed;
    edit.removedViews = what.views.removed;
    edit.removedBaselines = what.baselines.removed;
    ProjectSnapshot after = m_project;
    after.apply(edit);
    if (forward && drawing.settingsAfter)
        after.drawingSettings = *drawing.settingsAfter;
    else if (!forward && drawing.settingsBefore)
        after.drawingSettings = *drawing.settingsBefore;
    if (followUp && m_keepDrawing) {
        // The whole drawing, and each view's, kept whole, as the step's own
        // drawing changes leave them (a view whose drawing the step drops
        // is not kept: it is laid out afresh).
        ProjectSnapshot drawn = after;
        if (!drawing.items.isEmpty()) {
            ProjectSnapshot::Edit own;
            own.drawn = drawing.items;
            drawn.apply(own);
        }
        QList<DrawnChange> kept;
        if (!drawn.drawing.isEmpty())
            kept = m_keepDrawing(viewProject(drawn, 0));
        kept += viewDrawingChanges(drawn, m_keepDrawing);
        drawing.merge(DrawingEdit { std::move(kept), {}, {} });
    }
    if (!applyDrawingEdit(*m_store, drawing, forward, &error))
        return failed();
    if (!transaction.commit()) {
        error = m_store->errorString();
        return failed();
    }
    ProjectSnapshot::Edit drawn;
    for (DrawnChange change : std::as_const(drawing.items)) {
        if (!forward)
            std::swap(change.before, change.after);
        drawn.drawn.append(std::move(change));
    }
    after.apply(drawn);
    m_project = std::move(after);
    what.drawing = !drawing.isEmpty();
    emit changed(what);
    return true;
}

} // namespace Portolan

#pragma once
// One open project as the workspace edits it: the store, a snapshot kept in
// step with it, and the undo stack. Views read project() and call the
// operations below, which are named by what the user means; each is one
// undo step written to the file in one transaction before it returns.
// Every change — done, undone or redone — is announced by changed().
// Nothing here shows a dialog: operations return false and leave a
// sentence in errorString().

#include "addressing/addressedits.h"
#include "documentchange.h"
#include "drawingedit.h"
#include "project/componentimport.h"
#include "project/importintoproject.h"
#include "project/snapshot.h"
#include "recordchange.h"

#include <QObject>
#include <QPointF>

#include <functional>
#include <memory>

class QLockFile;
class QTimer;
class QUndoStack;

namespace Portolan {

class ProjectStore;

class ProjectDocument : public QObject
{
    Q_OBJECT
public:
    // Takes over an open store. `readOnlyReason` says why a read-only
    // store is read-only ("open in another Portolan window …"). When the
    // project cannot be read whole, readError() says why and the document
    // must not be used (open() refuses it).
    explicit ProjectDocument(std::unique_ptr<ProjectStore> store, QObject *parent = nullptr,
                             const QString &readOnlyReason = {});
    ~ProjectDocument() override;

    // Opens a project file for editing. When another Portolan (this process
    // or another) has it open, or the file cannot be written, it is opened
    // read-only and readOnlyReason() says why. nullptr (and *error) when the
    // file cannot be opened at all.
    static std::unique_ptr<ProjectDocument> open(const QString &path, QString *error,
                                                 QObject *parent = nullptr);

    const ProjectSnapshot &project() const { return m_project; }
    ProjectStore &store() const { return *m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString filePath() const;
    // The project's name, or the file's base name when it has none.
    QString displayName() const;
    bool isReadOnly() const;
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Why the last operation failed.
    QString errorString() const { return m_error; }
    // Why the project could not be read when the document was made; empty
    // when it was read whole.
    QString readError() const { return m_readError; }

    // --- components ----------------------------------------------------------
    // Returns the new component's id, 0 on failure. A component given a
    // position is pinned there (placed where the user clicked).
    Id addComponent(const Component &component);
    bool renameComponent(Id id, const QString &name);
    bool setComponentKind(Id id, ComponentKind kind);
    bool setComponentNotes(Id id, const QString &notes);
    bool moveComponentsToZone(const QList<Id> &ids, Id zoneId);
    // Pins components where they were dropped (diagram points).
    bool placeComponents(const QHash<Id, QPointF> &centres);
    bool unpinComponents(const QList<Id> &ids);
    // Replaces the whole drawing with a fresh layout of it and forgets where
    // components were put by hand: one undo step. With a view, replaces the
    // view's drawing only.
    bool resetLayout(const QList<DrawnItem> &drawing, Id view = 0);
    // Draws a zone as one node (collapsed) or as its frame again, in a view
    // or (0) the whole drawing: one undo step; the drawing keeps everything
    // else where it is.
    bool setZoneCollapsed(Id view, Id zone, bool collapsed);
    // Moves components in a view's drawing (diagram points), re-routing
    // their edges there; the whole drawing and other views stay.
    bool placeComponentsInView(Id view, const QHash<Id, QPointF> &centres);
    // Deletes components. Their flows are deleted too, or — with a
    // `reassignTo` component — moved to it: flows that would then repeat
    // another flow, or that the move makes run from it to itself, are
    // deleted; a flow a deleted component had to itself becomes one of
    // `reassignTo` to itself. Undo restores the components, their addresses
    // and every flow as it was.
    bool deleteComponents(const QList<Id> &ids, Id reassignTo = 0);
    // The flows of `absorbed` are moved to `kept`, then `absorbed` goes.
    bool mergeComponents(Id kept, const QList<Id> &absorbed);
    // How many flows use these components (what a delete would touch).
    int flowCountOf(const QList<Id> &componentIds) const;

    // --- flows ---------------------------------------------------------------
    Id addFlow(const Flow &flow); // the new id, 0 on failure
    // Replaces the flow with `flow` (same id). Consecutive edits of the same
    // field of the same flow merge into one undo step.
    bool updateFlow(const Flow &flow);
    bool deleteFlows(const QList<Id> &ids);
    // Adds flows read from a file or pasted from a spreadsheet, creating the
    // products and components they name, as one undo step called `what`.
    // Flows the project already has are skipped (counted in *summary).
    bool importFlows(const QList<ImportResult> &results, const QString &what,
                     ImportSummary *summary = nullptr);
    // Creates, nests and assigns the zones a component list names and adds
    // or updates its components (project/componentimport.h), as one undo
    // step. False, with a message, when the list cannot be read or changes
    // nothing. `layOutAfresh` drops every drawing (and every dragged
    // place) in the same step, for a list that changes the zones so much
    // that keeping the drawing would not read: the window lays it out again.
    bool importComponents(const ComponentTable &table, ComponentImportSummary *summary = nullptr,
                          bool layOutAfresh = false);
    // Ids of the flows the last import added, in order.
    QList<Id> lastImportedFlows() const { return m_lastImported; }

    // --- zones and products --------------------------------------------------
    Id addZone(const Zone &zone);
    bool renameZone(Id id, const QString &name);
    bool setZoneParent(Id id, Id parentId);
    bool setZoneNotes(Id id, const QString &notes);
    // Its members and sub-zones move up to its parent; undo puts them back.
    bool deleteZone(Id id);
    Id addProduct(const Product &product);
    bool renameProduct(Id id, const QString &name);
    bool setProductColor(Id id, const QString &color);
    // Its flows keep going, without a product.
    bool deleteProduct(Id id);

    // --- environments ----------------------------------------------------------
    Id addEnvironment(const QString &name);
    bool renameEnvironment(Id id, const QString &name);
    // A new environment starting with a copy of every address and zone
    // prefix of environment `id`. Returns its id, 0 on failure.
    Id duplicateEnvironment(Id id, const QString &name);
    // Deletes it with its addresses and prefixes; undo brings all back.
    bool deleteEnvironment(Id id);

    // --- address plan (see addressing/addressedits.h for the rules) ------------
    // Adds a zone prefix (id 0) or changes one; returns its id, 0 on failure.
    Id setZonePrefix(const ZonePrefix &prefix);
    bool deleteZonePrefixes(const QList<Id> &ids);
    // Makes `texts` the component's addresses in the environment.
    bool setComponentAddresses(Id environment, Id component, const QStringList &texts);
    // Removes every address of these components in the environment.
    bool clearAddresses(Id environment, const QList<Id> &components);
    // Next-free allocation for several components as one step. Components
    // that get nothing are listed in result->problems; fails (with the first
    // problem) only when none got anything.
    bool allocateAddresses(Id environment, const QList<Id> &components,
                           const AllocationOptions &options, Allocation *result = nullptr);
    // Binds the addresses of a CSV plan (component,address) as one step.
    bool importAddressPlan(Id environment, const QString &csvText, QStringList *messages = nullptr);

    // --- views ------------------------------------------------------------------
    // Each is one undo step. A new view goes after the others; returns its
    // id, 0 on failure.
    Id addView(const View &view);
    bool renameView(Id id, const QString &name);
    bool setViewSelection(Id id, const ViewSelection &selection);
    // A new level drops the view's drawing (laid out afresh when next drawn).
    bool setViewLevel(Id id, ViewLevel level);
    // Whether the handover pack prints the view.
    bool setViewPrinted(Id id, bool printed);
    // A copy of the view (selection, level, print mark) right after it.
    Id duplicateView(Id id, const QString &name);
    // Its drawing goes with it; undo brings the view back, and its drawing
    // with it.
    bool deleteView(Id id);
    // Puts the view at `index` (0 first) in the user's order.
    bool moveView(Id id, int index);

    // --- baselines ------------------------------------------------------------
    // Freezes the project as it is now as a baseline: one undo step (undo
    // removes it). Returns its id, 0 on failure (a name taken, "working").
    Id createBaseline(const QString &name, const QString &note, const QString &author);
    bool renameBaseline(Id id, const QString &name);
    bool setBaselineNote(Id id, const QString &note);
    // Undo brings it back as it was.
    bool deleteBaseline(Id id);
    // --- the stored drawing ---------------------------------------------------
    // Writes drawing changes that are no step of the user's: the first
    // layout of a project, or what an edit outside this window left without
    // a place. Not undoable.
    bool storeDrawing(const QList<DrawnChange> &changes);
    // What keeps the stored drawing whole after each step (the drawing
    // changes for the project as the step leaves it); by default
    // keptDrawing() (diagram/drawingkeeper.h). Only projects that have a
    // drawing are kept.
    using DrawingKeeper = std::function<QList<DrawnChange>(const ProjectSnapshot &)>;
    // How the drawing is drawn, for every output (edge style, one edge for
    // what a zone has alike): one undo step that routes every edge again on
    // the boxes where they are. A new direction drops every drawing instead.
    bool setDrawingSettings(const DrawingSettings &settings);
    void setDrawingKeeper(DrawingKeeper keeper) { m_keepDrawing = std::move(keeper); }

signals:
    void changed(const Portolan::DocumentChange &change);
    // Another program (`portolan import`, another tool) committed a change
    // to the file; noticed within a second. The document does not follow
    // it: whoever shows it opens the file again.
    void changedOnDisk();
    // An operation, undo or redo failed; the message is for the status bar.
    void editFailed(const QString &message);

private:
    friend class ChangeCommand;
    // Applies a change list and a drawing edit to the store in one
    // transaction, then to the snapshot; announces it. With `followUp`, the
    // drawing is first brought up to date with the change (into `drawing`).
    bool apply(ChangeList &changes, DrawingEdit &drawing, bool forward, bool followUp);
    // Pushes one undo step; false (and m_error) when it could not be done.
    bool push(const QString &text, ChangeList changes, int mergeId = -1, int mergeKey = 0,
              DrawingEdit drawing = {});
    bool fail(const QString &message);
    bool editable();
    // Component/zone/product/flow field edits: one record before and after.
    template<typename T>
    bool editRecord(const T &before, const T &after, const QString &text, int mergeId)
    {
        if (before == after)
            return editable();
        return push(text, { RecordChange::updated(before, after) }, mergeId);
    }
    // One field of a record set to `value`, as one undo step (Tiled's
    // ChangeValue): the record's other fields stay as they are.
    template<typename T, typename F>
    bool setField(const T &record, F T::*field, F value, const QString &text, int mergeId = -1)
    {
        T after = record;
        after.*field = std::move(value);
        return editRecord(record, after, text, mergeId);
    }
    Id newId() { return --m_nextTemporaryId; }
    std::optional<ChangeList> deletionChanges(const QList<Id> &ids, Id reassignTo);
    // Every place a component was put by hand forgotten (Reset Layout): in
    // the components `changes` already adds or updates, and as updates of
    // the other placed ones.
    void forgetPlaces(ChangeList &changes) const;
    bool turnDrawing(const DrawingSettings &settings);

    std::unique_ptr<ProjectStore> m_store;
    DrawingKeeper m_keepDrawing;
    std::unique_ptr<QLockFile> m_lock;
    QTimer *m_watch = nullptr; // asks the store whether another process wrote
    qint64 m_dataVersion = 0;
    ProjectSnapshot m_project;
    QUndoStack *m_undoStack;
    QString m_readOnlyReason;
    QString m_error;
    QString m_readError;
    QHash<Id, Id> m_lastNewIds;
    QList<Id> m_lastImported;
    Id m_nextTemporaryId = 0;
    bool m_pushing = false;
};

} // namespace Portolan

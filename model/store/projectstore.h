#pragma once
// One open Portolan project file (.portolan, SQLite). Every edit method is
// committed in its own transaction before it returns, unless a Transaction
// (below) is open, in which case it joins that one. Errors are returned, never
// only logged: each method that can fail returns false / nullopt / 0 and
// leaves a one-line message in errorString().

#include "domain/baseline.h"
#include "domain/drawnitem.h"
#include "domain/types.h"
#include "domain/view.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Portolan {

class ProjectStore
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    // What a new project is filled with before it appears (an import into
    // a new project); false, with a message, to leave no project at all.
    using Filling = std::function<bool(ProjectStore &store, QString *error)>;
    // Creates a new project at `path`, empty or as `fill` leaves it, and
    // opens it. The project is made under a hidden temporary name beside
    // `path` and linked into place only when whole: nobody ever sees it
    // half made, and a file that appears at `path` in the meantime is never
    // replaced. Fails if `path` exists (then *exists is set) or `fill`
    // fails; nothing is left behind.
    static std::unique_ptr<ProjectStore> create(const QString &path, QString *error,
                                                const Filling &fill = {}, bool *exists = nullptr);
    // Opens an existing project. The file is treated as untrusted: it is
    // checked (SQLite header, application id, schema version, integrity,
    // expected tables) read-only before anything is written, and rejected
    // with a one-line message when it is not a Portolan project, is damaged,
    // or comes from a newer Portolan. A rejected file is left untouched.
    // ReadWrite migrates an older schema forward (each step in a
    // transaction). ReadOnly never writes the file; an older schema is then
    // migrated in a private temporary copy.
    static std::unique_ptr<ProjectStore> open(const QString &path, Mode mode, QString *error);
    // A project that lives only in memory (tests, previews).
    static std::unique_ptr<ProjectStore> createInMemory(QString *error);
    // A baseline's frozen project (baselineContent()), opened read-only in
    // memory and checked as a file from elsewhere is. `label` names it in
    // messages ("baseline \"1.0\" of tko.portolan") and is its filePath().
    static std::unique_ptr<ProjectStore> openBaseline(const QByteArray &content,
                                                      const QString &label, QString *error);

    QString filePath() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;
    // A number that changes when another connection (another process)
    // commits a change to the file; this store's own writes leave it. Never
    // waits: nullopt while another process is writing (ask again later).
    std::optional<qint64> dataVersion() const;

    // Writes a consistent copy of the whole project to `path` (replacing a
    // file there only once the copy is complete). This store stays open on
    // its own file.
    bool saveCopy(const QString &path) const;

    // --- reading -----------------------------------------------------------
    ProjectCounts counts() const;
    QList<Product> products() const; // in creation order
    QList<Zone> zones() const; // in creation order
    QList<Component> components() const; // in creation order
    QList<Flow> flows() const; // in creation order
    QList<Environment> environments() const;

    std::optional<Product> product(Id id) const;
    std::optional<Zone> zone(Id id) const;
    std::optional<Component> component(Id id) const;
    std::optional<Flow> flow(Id id) const;
    std::optional<Environment> environment(Id id) const;
    // Look-ups by name follow names.h: case-insensitive, trimmed, no trailing dots.
    std::optional<Product> findProduct(QStringView name) const;
    std::optional<Zone> findZone(QStringView name) const;
    std::optional<Component> findComponent(QStringView name) const;
    std::optional<Environment> findEnvironment(QStringView name) const;
    // A flow with the same product, endpoints, protocol, ports and purpose.
    std::optional<Flow> findFlow(const Flow &like) const;

    // Addresses of one component / prefixes of one zone, in every environment.
    QList<Address> addresses(Id componentId) const;
    QList<ZonePrefix> zonePrefixes(Id zoneId) const;
    // Every address / zone prefix of one environment, in id order.
    QList<Address> environmentAddresses(Id environmentId) const;
    QList<ZonePrefix> environmentPrefixes(Id environmentId) const;
    // Every address / zone prefix of the project, in id order.
    QList<Address> allAddresses() const;
    QList<ZonePrefix> allZonePrefixes() const;
    std::optional<Address> address(Id id) const;
    std::optional<ZonePrefix> zonePrefix(Id id) const;

    // The stored drawing of the diagram, by key.
    QList<DrawnItem> drawing(Id view = 0) const; // 0: the whole project's
    // Replaces or adds `put` and deletes the items with the `removed` keys.
    bool writeDrawing(const QList<DrawnItem> &put, const QStringList &removed, Id view = 0);
    // The views that have a drawing of their own.
    QList<Id> drawnViews() const;
    // How the drawing is drawn (kept as project settings).
    DrawingSettings drawingSettings() const;
    bool setDrawingSettings(const DrawingSettings &settings);

    // Views, in creation order (viewsInOrder() gives the user's order).
    QList<View> views() const;
    std::optional<View> view(Id id) const;
    std::optional<View> findView(QStringView name) const;
    // A view's name is unique and may not be "All" (allViewName()).
    Id addView(const View &view);
    bool updateView(const View &view);
    // Its drawing goes with it.
    bool removeView(Id id);

    // Baselines (domain/baseline.h), in creation order, without content.
    QList<Baseline> baselines() const;
    std::optional<Baseline> baseline(Id id) const; // without content
    std::optional<Baseline> findBaseline(QStringView name) const; // without content
    // What a baseline freezes, as addBaseline() takes it; nullopt (and
    // errorString()) when it cannot be read.
    std::optional<QByteArray> baselineContent(Id id) const;
    // The project as it is committed now, without its baselines, as a
    // baseline's content.
    std::optional<QByteArray> freezeProject() const;
    // The name must be free and may not be "working"; the content must be
    // one freezeProject() made. Updating changes the name and note only:
    // what a baseline froze never changes.
    Id addBaseline(const Baseline &baseline);
    bool updateBaseline(const Baseline &baseline);
    bool removeBaseline(Id id);

    // Project-wide settings ("name", …), kept in a key/value table.
    QString property(const QString &key) const;
    bool setProperty(const QString &key, const QString &value);

    // --- editing -----------------------------------------------------------
    // Each add returns the new id, or 0 on error (duplicate name, missing
    // reference, read-only project, …).
    Id addProduct(const Product &product);
    Id addZone(const Zone &zone);
    Id addComponent(const Component &component);
    Id addFlow(const Flow &flow);
    Id addEnvironment(const Environment &environment);
    Id addAddress(const Address &address);
    Id addZonePrefix(const ZonePrefix &prefix);

    bool updateProduct(const Product &product);
    bool updateZone(const Zone &zone);
    bool updateComponent(const Component &component);
    bool updateFlow(const Flow &flow);
    bool updateEnvironment(const Environment &environment);
    bool updateAddress(const Address &address);
    bool updateZonePrefix(const ZonePrefix &prefix);

    bool removeFlow(Id id);
    // Fails while flows still use the component.
    bool removeComponent(Id id);
    // Members move to the parent zone (or to no zone); child zones likewise.
    bool removeZone(Id id);
    // Fails while flows still use the product.
    bool removeProduct(Id id);
    // Its addresses and zone prefixes go with it.
    bool removeEnvironment(Id id);
    bool removeAddress(Id id);
    bool removeZonePrefix(Id id);

    // Groups several edits into one transaction (an import, an undo step).
    // Nested use joins the outermost. Rolls back unless commit() succeeded.
    class Transaction
    {
    public:
        explicit Transaction(ProjectStore &store);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool commit();

    private:
        ProjectStore &m_store;
        bool m_outermost = false;
        bool m_done = false;
    };

    // Holds one read transaction while several reads are made, so that they
    // all see the same committed project even while another process writes
    // it. Inside an open Transaction it adds nothing: that one already holds.
    class Reading
    {
    public:
        explicit Reading(const ProjectStore &store);
        ~Reading();
        Reading(const Reading &) = delete;
        Reading &operator=(const Reading &) = delete;

    private:
        QSqlDatabase m_db;
        bool m_began = false;
    };

private:
    ProjectStore(QSqlDatabase db, QString path, Mode mode);

    QSqlDatabase m_db;
    QString m_path;
    Mode m_mode;
    mutable QString m_error;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
    QString m_temporaryCopy; // ReadOnly on an older schema: the migrated copy
    QString m_transactionProblem; // why the open Transaction can no longer commit

    // Every edit runs between these: its own transaction, or a savepoint in
    // the open Transaction so that a failed edit is undone on its own.
    bool beginEdit();
    // Starts a write transaction, waiting (the busy timeout) for the write
    // lock up front, so that what it reads stays true until it commits.
    bool beginWriting(QString *error);
    bool finishEdit(bool ok);
};

} // namespace Portolan

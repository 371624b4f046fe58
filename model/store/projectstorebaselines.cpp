// ProjectStore: baselines (domain/baseline.h). A baseline's content is the
// project's SQLite image without the baseline table's rows, compressed with
// zlib (qCompress); opening one loads the image into a private in-memory
// database and checks it as an untrusted file is checked.

#include "projectstore.h"

#include "domain/names.h"
#include "migrations.h"
#include "projectfile.h"
#include "sqlhelpers.h"
#include "sqliteimage.h"
#include "sqlitesettings.h"
#include "storeedits.h"
#include "storereads.h"

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

using namespace StoreEdits;
using namespace StoreReads;

const Table BaselineTable { u"baseline"_s, u"baseline"_s, u"a"_s };
const QString BaselineColumns = u"id, name, note, created, author, length(content)"_s;
const QStringList BaselineWrites = { u"name"_s, u"name_key"_s, u"note"_s };

// The largest project a baseline may unpack to: far beyond any design, and
// a bound on what a damaged or hostile length field can make us allocate.
constexpr qint64 MaxImageSize = 512LL * 1024 * 1024;

Baseline baselineFrom(const QSqlQuery &query)
{
    Baseline baseline;
    baseline.id = query.value(0).toLongLong();
    baseline.name = query.value(1).toString();
    baseline.note = query.value(2).toString();
    baseline.created = QDateTime::fromString(query.value(3).toString(), Qt::ISODate).toUTC();
    baseline.author = query.value(4).toString();
    baseline.contentSize = query.value(5).toLongLong();
    return baseline;
}

bool checkBaselineName(const QSqlDatabase &db, const Baseline &baseline, QString *name,
                       QString *error)
{
    if (!checkName(db, BaselineTable, baseline.name, baseline.id, name, error))
        return false;
    if (nameKey(*name) == nameKey(workingDesignName())) {
        *error = u"\"%1\" is the name of the design as it is now; give the baseline another "
                 u"name"_s.arg(workingDesignName());
        return false;
    }
    return true;
}

std::optional<QByteArray> unpacked(const QByteArray &content, QString *error)
{
    // qCompress: the unpacked size (4 bytes, big-endian), then a zlib stream.
    if (content.size() < 5) {
        *error = u"it holds no project"_s;
        return std::nullopt;
    }
    const quint32 size = qFromBigEndian<quint32>(content.constData());
    if (size > MaxImageSize) {
        *error = u"it claims %1 MB, more than a baseline may hold"_s.arg(size / (1024 * 1024));
        return std::nullopt;
    }
    QByteArray image = qUncompress(content);
    if (image.isEmpty() || image.size() != qsizetype(size)) {
        *error = u"its content cannot be unpacked"_s;
        return std::nullopt;
    }
    return image;
}

} // namespace

std::unique_ptr<ProjectStore> ProjectStore::openBaseline(const QByteArray &content,
                                                         const QString &label, QString *error)
{
    QString message;
    const auto image = unpacked(content, &message);
    if (!image)
        return failWith(error, u"%1 is damaged: %2"_s.arg(label, message));
    CheckedFile checked;
    checked.db = Sqlite::openDatabase(uniqueConnectionName(), u":memory:"_s,
                                      Sqlite::Access::ReadWrite, &message);
    const auto fail = [&](const QString &text) {
        closeConnection(checked.db);
        return failWith(error, text);
    };
    if (!checked.db.isValid())
        return fail(u"%1 cannot be opened: %2"_s.arg(label, message));
    if (!Sqlite::loadImage(checked.db, *image, &message))
        return fail(u"%1 is damaged: %2"_s.arg(label, message));
    if (!checkProjectContents(label, &checked, &message))
        return fail(message);
    // An older baseline is brought up to this version's schema in memory.
    if (checked.version < currentSchemaVersion()
        && !migrate(checked.db, migrationSteps(), &message))
        return fail(u"%1 cannot be upgraded: %2"_s.arg(label, message));
    return std::unique_ptr<ProjectStore>(new ProjectStore(checked.db, label, Mode::ReadOnly));
}

QList<Baseline> ProjectStore::baselines() const
{
    m_error.clear();
    return readAll(m_db, all(BaselineColumns, u"baseline"_s), {}, &baselineFrom, &m_error);
}

std::optional<Baseline> ProjectStore::baseline(Id id) const
{
    m_error.clear();
    return readOne(m_db, byId(BaselineColumns, u"baseline"_s), { id }, &baselineFrom,
                   u"baseline %1 does not exist"_s.arg(id), &m_error);
}

std::optional<Baseline> ProjectStore::findBaseline(QStringView name) const
{
    m_error.clear();
    return readOne(m_db, byName(BaselineColumns, u"baseline"_s), { nameKey(name) }, &baselineFrom,
                   u"there is no baseline named \"%1\""_s.arg(cleanName(name)), &m_error);
}

std::optional<QByteArray> ProjectStore::baselineContent(Id id) const
{
    m_error.clear();
    const auto value
        = scalar(m_db, u"SELECT content FROM baseline WHERE id = ?"_s, { id }, &m_error);
    if (!value) {
        if (m_error.isEmpty())
            m_error = u"baseline %1 does not exist"_s.arg(id);
        return std::nullopt;
    }
    return value->toByteArray();
}

std::optional<QByteArray> ProjectStore::freezeProject() const
{
    m_error.clear();
    const auto image = Sqlite::imageOf(
        m_db,
        { u"DELETE FROM baseline"_s, u"DELETE FROM sqlite_sequence WHERE name = 'baseline'"_s },
        &m_error);
    if (!image) {
        m_error = u"the project cannot be frozen: %1"_s.arg(m_error);
        return std::nullopt;
    }
    QByteArray content = qCompress(*image, 9);
    if (content.size() > Sqlite::maxValueLength) {
        m_error = u"the project takes %1 MB packed, more than the %2 MB a baseline may hold"_s
                      .arg(content.size() / (1024 * 1024))
                      .arg(Sqlite::maxValueLength / (1024 * 1024));
        return std::nullopt;
    }
    return content;
}

Id ProjectStore::addBaseline(const Baseline &baseline)
{
    if (!beginEdit())
        return 0;
    QString name;
    Id id = 0;
    if (baseline.content.isEmpty())
        m_error = u"a baseline needs the project it freezes"_s;
    else if (checkBaselineName(m_db, baseline, &name, &m_error))
        id = insert(m_db, BaselineTable, baseline.id,
                    BaselineWrites + QStringList { u"created"_s, u"author"_s, u"content"_s },
                    { name, nameKey(name), Sql::text(baseline.note),
                      baseline.created.toUTC().toString(Qt::ISODate), Sql::text(baseline.author),
                      baseline.content },
                    &m_error);
    return finishEdit(id != 0) ? id : 0;
}

bool ProjectStore::updateBaseline(const Baseline &baseline)
{
    if (!beginEdit())
        return false;
    QString name;
    const bool ok = exists(m_db, BaselineTable, baseline.id, &m_error)
        && checkBaselineName(m_db, baseline, &name, &m_error)
        && update(m_db, BaselineTable, baseline.id, BaselineWrites,
                  { name, nameKey(name), Sql::text(baseline.note) }, &m_error);
    return finishEdit(ok);
}

bool ProjectStore::removeBaseline(Id id)
{
    if (!beginEdit())
        return false;
    return finishEdit(removeRow(m_db, BaselineTable, id, &m_error));
}

} // namespace Portolan

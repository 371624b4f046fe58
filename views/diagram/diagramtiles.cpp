#include "diagramtiles.h"

#include "displaylistpainter.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <mutex>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Portolan {

namespace {

constexpr qreal coarsestScale = 1.0 / 32;
constexpr int levels = 5; // 1/32, 1/16, 1/8, 1/4, 1/2

// Qt's thread priorities do nothing under Linux's normal scheduling:
// there the worker threads are made nicer (10: about a tenth of a core
// that the window wants too).
void yieldToTheWindow()
{
#ifdef Q_OS_LINUX
    static thread_local bool done = false;
    if (!done) {
        setpriority(PRIO_PROCESS, id_t(gettid()), 10);
        done = true;
    }
#endif
}

} // namespace

// QPainterPath and QFont fill caches in their shared data when drawn or
// measured, without a lock, so the window's items and the workers must not
// draw the same ones: the workers draw copies of their own, made once per
// content by the first of them. Copying reads only what is never cached.
struct DiagramTiles::Content
{
    QList<Element> elements; // sharing the items' primitives: not to be drawn here
    QRectF sceneRect;
    std::once_flag copied;
    QList<Element> own; // the workers' copies

    const QList<Element> &ownElements()
    {
        std::call_once(copied, [this] {
            QList<std::pair<QFont, QFont>> fonts; // the items' font, its copy
            const auto ownFont = [&fonts](const QFont &font) {
                for (const auto &[theirs, mine] : std::as_const(fonts)) {
                    if (theirs == font)
                        return mine;
                }
                QFont mine;
                mine.fromString(font.toString());
                fonts.append({ font, mine });
                return mine;
            };
            own.reserve(elements.size());
            for (const Element &element : std::as_const(elements)) {
                Element copy { {}, element.bounds, element.opacity };
                copy.primitives.reserve(element.primitives.size());
                for (const Primitive &primitive : element.primitives) {
                    Primitive mine = primitive;
                    mine.path = QPainterPath();
                    mine.path.setFillRule(primitive.path.fillRule());
                    mine.path.addPath(primitive.path);
                    if (primitive.kind == Primitive::Kind::Text)
                        mine.font = ownFont(primitive.font);
                    copy.primitives.append(std::move(mine));
                }
                own.append(std::move(copy));
            }
            elements = {}; // the items' primitives are not needed here again
        });
        return own;
    }
};

DiagramTiles::DiagramTiles(QObject *parent)
    : QObject(parent)
{
    // One core stays with the window, and the tiles yield to it: drawn at
    // normal priority they slowed an edit at XL from 609 to 986 ms on two
    // cores. Not idle priority: on a busy machine the tiles would never
    // come.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    m_pool.setThreadPriority(QThread::LowPriority);
}

DiagramTiles::~DiagramTiles()
{
    m_pool.clear();
    m_pool.waitForDone();
}

bool DiagramTiles::serves(qreal pixelsPerPoint, qsizetype elements)
{
    return pixelsPerPoint > 0 && pixelsPerPoint <= largestScale && elements >= minimumElements;
}

qreal DiagramTiles::scaleOf(int level)
{
    return coarsestScale * (1 << level);
}

int DiagramTiles::levelFor(qreal pixelsPerPoint)
{
    for (int level = 0; level < levels - 1; ++level) {
        if (scaleOf(level) >= pixelsPerPoint)
            return level;
    }
    return levels - 1;
}

void DiagramTiles::setContent(quint64 revision, QList<Element> elements, const QRectF &sceneRect,
                              std::optional<QList<QRectF>> changed)
{
    m_pool.clear(); // tiles asked for and not begun
    m_pending.clear();
    if (!changed || !m_content || m_content->sceneRect != sceneRect) {
        m_tiles.clear();
    } else if (!changed->isEmpty()) {
        for (auto it = m_tiles.begin(); it != m_tiles.end();) {
            // What is stroked across a tile's edge reaches two pixels in.
            const qreal margin = 2 / scaleOf(it.key().level);
            const QRectF near = sceneRectOf(it.key()).adjusted(-margin, -margin, margin, margin);
            const bool reached
                = std::any_of(changed->cbegin(), changed->cend(),
                              [&near](const QRectF &area) { return meets(area, near); });
            it = reached ? m_tiles.erase(it) : std::next(it);
        }
    }
    m_revision = revision;
    // The copies the workers made of the last content (17,797 elements at
    // XL: 15 ms to free) go on a worker thread, where they were made.
    if (m_content)
        m_pool.start([old = std::move(m_content)]() mutable { old.reset(); });
    m_content = std::make_shared<Content>();
    m_content->elements = std::move(elements);
    m_content->sceneRect = sceneRect;
}

QRectF DiagramTiles::sceneRectOf(const Key &key) const
{
    const qreal side = tileSize / scaleOf(key.level);
    return QRectF(m_content->sceneRect.topLeft() + QPointF(key.column * side, key.row * side),
                  QSizeF(side, side));
}

QList<DiagramTiles::Key> DiagramTiles::keysFor(const QRectF &area, int level) const
{
    QList<Key> keys;
    const QRectF within = area.intersected(m_content->sceneRect);
    if (within.isEmpty())
        return keys;
    const qreal side = tileSize / scaleOf(level);
    const QPointF from = (within.topLeft() - m_content->sceneRect.topLeft()) / side;
    const QPointF to = (within.bottomRight() - m_content->sceneRect.topLeft()) / side;
    for (int row = int(std::floor(from.y())); row <= int(std::floor(to.y())); ++row) {
        for (int column = int(std::floor(from.x())); column <= int(std::floor(to.x())); ++column)
            keys.append(Key { level, column, row });
    }
    return keys;
}

const DiagramTiles::Tile *DiagramTiles::tileOrCoarser(const Key &key, Key *found)
{
    Key at = key;
    for (;;) {
        auto it = m_tiles.find(at);
        if (it != m_tiles.end()) {
            it->used = ++m_clock;
            *found = at;
            return &*it;
        }
        if (at.level == 0)
            return nullptr;
        at = Key { at.level - 1, at.column / 2, at.row / 2 }; // the coarser tile holding it
    }
}

DiagramTiles::Coverage DiagramTiles::covers(const QRectF &area, qreal pixelsPerPoint,
                                            QList<QRectF> *uncovered)
{
    if (uncovered)
        uncovered->clear();
    if (!m_content)
        return Coverage::None;
    const int level = levelFor(pixelsPerPoint);
    m_wantedLevel->store(level);
    bool all = true;
    bool any = false;
    QList<Key> missing;
    for (const Key &key : keysFor(area, level)) {
        Key found;
        const Tile *tile = tileOrCoarser(key, &found);
        if (!tile || found.level != level)
            missing.append(key);
        all = all && tile;
        any = any || tile;
        if (!tile && uncovered) {
            const QRectF rect = sceneRectOf(key);
            // Keys come row by row, left to right: a run is one rectangle.
            if (!uncovered->isEmpty() && uncovered->last().top() == rect.top()
                && uncovered->last().right() == rect.left())
                uncovered->last().setRight(rect.right());
            else
                uncovered->append(rect);
        }
    }
    if (!all) {
        // The coarsest tiles are few and quick: the fallback, drawn first.
        for (const Key &key : keysFor(area, 0))
            request(key);
    }
    for (const Key &key : std::as_const(missing))
        request(key);
    if (!any)
        return Coverage::None;
    return !all ? Coverage::Partial : missing.isEmpty() ? Coverage::Full : Coverage::Coarser;
}

void DiagramTiles::paint(QPainter *painter, const QRectF &area, qreal pixelsPerPoint)
{
    if (!m_content)
        return;
    painter->save();
    // Tiles side by side: their edges must meet without an antialiased seam.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const Key &key : keysFor(area, levelFor(pixelsPerPoint))) {
        Key found;
        const Tile *tile = tileOrCoarser(key, &found);
        if (!tile)
            continue;
        const QRectF target = sceneRectOf(key);
        const QRectF source = sceneRectOf(found);
        const qreal scale = scaleOf(found.level);
        painter->drawImage(
            target, tile->image,
            QRectF((target.topLeft() - source.topLeft()) * scale, target.size() * scale));
    }
    painter->restore();
}

void DiagramTiles::request(const Key &key)
{
    if (m_pending.contains(key) || m_tiles.contains(key))
        return;
    m_pending.insert(key);
    const std::shared_ptr<Content> content = m_content;
    const quint64 revision = m_revision;
    const qreal scale = scaleOf(key.level);
    // Two pixels round the tile: what is stroked across its edge.
    const qreal margin = 2 / scale;
    const QRectF rect = sceneRectOf(key);
    const QRectF near = rect.adjusted(-margin, -margin, margin, margin);
    const std::shared_ptr<std::atomic<int>> wanted = m_wantedLevel;
    m_pool.start([this, content, revision, key, rect, near, scale, wanted] {
        yieldToTheWindow();
        // Zoomed on past this scale: not drawn (the coarsest always is).
        if (key.level != 0 && key.level != wanted->load()) {
            QMetaObject::invokeMethod(
                this, [this, revision, key] { accept(revision, key, {}); }, Qt::QueuedConnection);
            return;
        }
        QImage image(tileSize, tileSize, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            painter.scale(scale, scale);
            painter.translate(-rect.topLeft());
            for (const Element &element : content->ownElements()) {
                if (!element.bounds.intersects(near))
                    continue;
                painter.setOpacity(element.opacity);
                paintPrimitivesInPlace(&painter, element.primitives, scale, near);
            }
        }
        QMetaObject::invokeMethod(
            this, [this, revision, key, image] { accept(revision, key, image); },
            Qt::QueuedConnection);
    });
}

void DiagramTiles::accept(quint64 revision, Key key, QImage image)
{
    if (revision != m_revision)
        return;
    m_pending.remove(key);
    if (image.isNull())
        return; // skipped: asked for again when needed
    if (m_tiles.size() >= maximumTiles) {
        const auto oldest
            = std::min_element(m_tiles.begin(), m_tiles.end(),
                               [](const Tile &a, const Tile &b) { return a.used < b.used; });
        m_tiles.erase(oldest);
    }
    m_tiles.insert(key, Tile { std::move(image), ++m_clock });
    emit tileReady();
}

} // namespace Portolan

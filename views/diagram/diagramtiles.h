#pragma once
// Zoomed far out, a large diagram is painted from tiles: pictures of
// 512 × 512 pixels at a few fixed scales (1/32 to 1/4 of a pixel per
// point), drawn in worker threads from the display elements and kept
// while what they show stays the same, as map viewers do. Painting every
// item there cost the XL window (17,797 items, every edge in view) up to
// 156 ms a step while zooming; a view of tiles costs a few. A tile not yet
// drawn is shown from a coarser one meanwhile; where none covers the view
// yet, the view paints the elements themselves there. An edit drops only the tiles its
// elements' footprints reach.

#include "diagram/displaylist.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

class QPainter;

namespace Portolan {

class DiagramTiles : public QObject
{
    Q_OBJECT
public:
    // What one item shows: its primitives, at its opacity.
    struct Element
    {
        QList<Primitive> primitives;
        QRectF bounds;
        qreal opacity = 1;
    };

    static constexpr int tileSize = 512;
    // Tiles are used up to this many device pixels per point (9-pt labels
    // are left out on screen below 1/3) and for drawings of at least
    // `minimumElements` items; smaller ones paint quickly as they are.
    static constexpr qreal largestScale = 0.5;
    static constexpr qsizetype minimumElements = 2000;
    // Tiles kept, least recently used dropped first: 96 MB.
    static constexpr qsizetype maximumTiles = 96;

    explicit DiagramTiles(QObject *parent = nullptr);
    ~DiagramTiles() override;

    // Whether tiles serve `pixelsPerPoint` for a drawing of `elements` items.
    static bool serves(qreal pixelsPerPoint, qsizetype elements);

    // What the tiles show from now on, in stacking order; `revision`
    // identifies it. Tiles of the earlier content are dropped, or with
    // `changed` (the rectangles where the picture differs, on the same
    // scene rectangle) only those that reach into one of them.
    void setContent(quint64 revision, QList<Element> elements, const QRectF &sceneRect,
                    std::optional<QList<QRectF>> changed = std::nullopt);
    quint64 revision() const { return m_revision; }
    bool hasContent() const { return m_content != nullptr; }
    // Whether tiles asked for are still being drawn.
    bool isDrawing() const { return !m_pending.isEmpty(); }

    // Whether `area` (scene coordinates) can be painted from tiles at
    // `pixelsPerPoint`: all at its own scale, some from coarser tiles, in
    // part, or not at all. `uncovered`, when given, gets the scene
    // rectangles no tile shows yet (side by side in a row, as one). Asks
    // for the tiles it lacks at its own scale (and at the coarsest, the
    // fallback), which are drawn in the background.
    enum class Coverage { None, Partial, Coarser, Full };
    Coverage covers(const QRectF &area, qreal pixelsPerPoint, QList<QRectF> *uncovered = nullptr);
    // Paints `area` from the tiles (covers() said it can).
    void paint(QPainter *painter, const QRectF &area, qreal pixelsPerPoint);

signals:
    // A tile was drawn: a view showing coarser tiles may show it now.
    void tileReady();

private:
    struct Content;
    struct Key
    {
        int level = 0;
        int column = 0;
        int row = 0;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.level, key.column, key.row);
        }
    };
    struct Tile
    {
        QImage image;
        quint64 used = 0;
    };

    static qreal scaleOf(int level);
    static int levelFor(qreal pixelsPerPoint);
    QRectF sceneRectOf(const Key &key) const;
    QList<Key> keysFor(const QRectF &area, int level) const;
    // The tile at `key`, or a coarser one holding its area; null when none.
    const Tile *tileOrCoarser(const Key &key, Key *found);
    void request(const Key &key);
    void accept(quint64 revision, Key key, QImage image);

    QThreadPool m_pool;
    std::shared_ptr<Content> m_content;
    quint64 m_revision = 0;
    QHash<Key, Tile> m_tiles;
    QSet<Key> m_pending;
    // The scale last asked for, read by the workers.
    std::shared_ptr<std::atomic<int>> m_wantedLevel = std::make_shared<std::atomic<int>>(0);
    quint64 m_clock = 0;
};

} // namespace Portolan

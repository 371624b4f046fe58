#pragma once
// The window onto the diagram: zoom (Ctrl+wheel, +/-, pinch), fit, pan
// (drag empty space, middle button, scroll bars, wheel) and keyboard
// navigation between components (arrows, Tab/Shift+Tab, Enter/Space
// centres, Escape clears the selection, Ctrl+Tab leaves the diagram).
// Zoomed far out, a large drawing is painted from tiles (diagramtiles.h).

#include "diagramtiles.h"

#include <QGraphicsView>
#include <QTimer>

class QGestureEvent;
class QNativeGestureEvent;

namespace Portolan {

class DiagramScene;
enum class NavigationDirection;

class DiagramView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    DiagramScene *diagramScene() const;
    qreal zoom() const;

    // Whether tiles it asked for are still being drawn in the background.
    bool isDrawingTiles() const;

    static constexpr qreal minimumZoom = 0.05;
    static constexpr qreal maximumZoom = 8.0;
    static constexpr qreal zoomStep = 1.25;

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // The whole diagram in the window (never magnified beyond 100 %, so a
    // small diagram is not blown up).
    void fitToWindow();
    // Scrolls the selected component (the first) to the middle.
    void centreOnSelection();

signals:
    void zoomChanged(qreal zoom);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    // Multiplies the zoom, keeping the scene point under `anchor` (viewport
    // coordinates) where it is.
    void zoomBy(qreal factor, QPoint anchor);
    void zoomBy(qreal factor);
    bool gestureEvent(QGestureEvent *event);
    void navigate(NavigationDirection direction);
    void cycle(bool backwards);
    void select(qint64 componentId);
    // The resting elements in `rect`, as the tiles would show them.
    void paintElements(QPainter *painter, const QRectF &rect, qreal pixels) const;

    // Zoomed far out, large drawings are painted from tiles.
    DiagramTiles *m_tiles;
    bool m_paintingTiles = false;
    QList<QRectF> m_uncovered; // where no tile shows yet: m_resting painted there
    QList<DiagramTiles::Element> m_resting; // what the tiles show, in stacking order
    bool m_showsCoarserTiles = false; // the last paint, somewhere
    QTimer m_sharpen;
    bool m_middlePanning = false;
    QPoint m_lastPanPos;
};

} // namespace Portolan

#pragma once
// The diagram's commands — zoom in and out, fit, actual size, reset layout —
// as actions with their shortcuts, for the main window's menu and the
// diagram's tool bar. Reset layout touches the project, so it only asks:
// whoever owns the store answers resetLayoutRequested.

#include <QObject>

class QAction;
class QLabel;
class QToolBar;
class QWidget;

namespace Portolan {

class DiagramView;

class DiagramActions : public QObject
{
    Q_OBJECT
public:
    explicit DiagramActions(DiagramView *view, QObject *parent = nullptr);

    QAction *zoomIn() const { return m_zoomIn; }
    QAction *zoomOut() const { return m_zoomOut; }
    QAction *fit() const { return m_fit; }
    QAction *actualSize() const { return m_actualSize; }
    QAction *resetLayout() const { return m_resetLayout; }
    // In menu order, with nullptr where a separator goes.
    QList<QAction *> all() const;

    // A tool bar with these actions and the current zoom; owned by `parent`.
    QToolBar *createToolBar(QWidget *parent) const;

    // Actions that need a diagram are disabled while there is none.
    void setDiagramAvailable(bool available);

signals:
    void resetLayoutRequested();

private:
    DiagramView *m_view;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fit;
    QAction *m_actualSize;
    QAction *m_resetLayout;
};

} // namespace Portolan

#pragma once
// How the diagram is drawn, as actions of the View menu: View → Edge Style
// (Orthogonal, Curved), View → Layout Direction (Left to Right, Top to
// Bottom) and View → Group Flows by Zone. The choice belongs
// to the project (every output draws alike), so each change is an undo
// step of the document, and an undo or a reopened project sets the checks.

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;

namespace Portolan {

class ProjectDocument;
struct DocumentChange;

class DrawingStyleActions : public QObject
{
    Q_OBJECT
public:
    explicit DrawingStyleActions(QObject *parent = nullptr);

    void setDocument(ProjectDocument *document);
    // "Edge Style" and "Layout Direction" submenus and the grouping action,
    // appended to `menu`.
    void fillMenu(QMenu *menu) const;

    QAction *orthogonal() const { return m_orthogonal; }
    QAction *curved() const { return m_curved; }
    QAction *groupByZone() const { return m_group; }
    QAction *leftToRight() const { return m_leftToRight; }
    QAction *topToBottom() const { return m_topToBottom; }

signals:
    void message(const QString &text);

private:
    QList<QAction *> allActions() const;
    void sync();
    void apply();

    QPointer<ProjectDocument> m_document;
    QActionGroup *m_style;
    QAction *m_orthogonal;
    QAction *m_curved;
    QAction *m_group;
    QActionGroup *m_direction;
    QAction *m_leftToRight;
    QAction *m_topToBottom;
    bool m_syncing = false;
};

} // namespace Portolan

#include "drawingstyleactions.h"

#include "document/projectdocument.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace Portolan {

DrawingStyleActions::DrawingStyleActions(QObject *parent)
    : QObject(parent)
    , m_style(new QActionGroup(this))
    , m_orthogonal(new QAction(tr("&Orthogonal"), m_style))
    , m_curved(new QAction(tr("&Curved"), m_style))
    , m_group(new QAction(tr("&Group Flows by Zone"), this))
    , m_direction(new QActionGroup(this))
    , m_leftToRight(new QAction(tr("&Left to Right"), m_direction))
    , m_topToBottom(new QAction(tr("&Top to Bottom"), m_direction))
{
    m_orthogonal->setObjectName(u"orthogonalEdges"_s);
    m_orthogonal->setStatusTip(tr("Edges in horizontal and vertical runs, each label on a "
                                  "straight run of its own edge"));
    m_curved->setObjectName(u"curvedEdges"_s);
    m_curved->setStatusTip(tr("Edges as Graphviz draws them, labels placed along them"));
    m_group->setObjectName(u"groupFlowsByZone"_s);
    m_group->setStatusTip(tr("One edge from or to a zone's frame when every component of the "
                             "zone has the same service with the same end"));
    m_leftToRight->setObjectName(u"leftToRight"_s);
    m_leftToRight->setStatusTip(tr("Flows run across the page, sources on the left: the "
                                   "drawing is laid out afresh"));
    m_topToBottom->setObjectName(u"topToBottom"_s);
    m_topToBottom->setStatusTip(tr("Flows run down the page, sources at the top: the drawing "
                                   "is laid out afresh"));
    for (QAction *action : allActions())
        action->setCheckable(true);
    m_orthogonal->setChecked(true);
    m_group->setChecked(true);
    m_leftToRight->setChecked(true);
    connect(m_style, &QActionGroup::triggered, this, &DrawingStyleActions::apply);
    connect(m_direction, &QActionGroup::triggered, this, &DrawingStyleActions::apply);
    connect(m_group, &QAction::toggled, this, &DrawingStyleActions::apply);
    sync();
}

void DrawingStyleActions::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &DrawingStyleActions::sync);
    sync();
}

void DrawingStyleActions::fillMenu(QMenu *menu) const
{
    QMenu *style = menu->addMenu(tr("&Edge Style"));
    style->setObjectName(u"edgeStyleMenu"_s);
    style->addActions(m_style->actions());
    QMenu *direction = menu->addMenu(tr("Layout &Direction"));
    direction->setObjectName(u"layoutDirectionMenu"_s);
    direction->addActions(m_direction->actions());
    menu->addAction(m_group);
}

QList<QAction *> DrawingStyleActions::allActions() const
{
    return { m_orthogonal, m_curved, m_group, m_leftToRight, m_topToBottom };
}

void DrawingStyleActions::sync()
{
    m_syncing = true;
    const bool editable = m_document && !m_document->isReadOnly();
    for (QAction *action : allActions())
        action->setEnabled(editable);
    if (m_document) {
        const DrawingSettings &settings = m_document->project().drawingSettings;
        (settings.curved ? m_curved : m_orthogonal)->setChecked(true);
        (settings.topToBottom ? m_topToBottom : m_leftToRight)->setChecked(true);
        m_group->setChecked(settings.groupByZone);
    }
    m_syncing = false;
}

void DrawingStyleActions::apply()
{
    if (m_syncing || !m_document)
        return;
    // What the actions do not show (the collapsed zones) is kept.
    DrawingSettings settings = m_document->project().drawingSettings;
    settings.curved = m_curved->isChecked();
    settings.groupByZone = m_group->isChecked();
    settings.topToBottom = m_topToBottom->isChecked();
    if (!m_document->setDrawingSettings(settings)) {
        emit message(m_document->errorString());
        sync();
    }
}

} // namespace Portolan

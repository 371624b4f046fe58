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
{
    m_orthogonal->setObjectName(u"orthogonalEdges"_s);
    m_orthogonal->setStatusTip(tr("Edges in horizontal and vertical runs, each label on a "
                                  "straight run of its own edge"));
    m_curved->setObjectName(u"curvedEdges"_s);
    m_curved->setStatusTip(tr("Edges as Graphviz draws them, labels placed along them"));
    m_group->setObjectName(u"groupFlowsByZone"_s);
    m_group->setStatusTip(tr("One edge from or to a zone's frame when every component of the "
                             "zone has the same service with the same end"));
    for (QAction *action : { m_orthogonal, m_curved, m_group })
        action->setCheckable(true);
    m_orthogonal->setChecked(true);
    m_group->setChecked(true);
    connect(m_style, &QActionGroup::triggered, this, &DrawingStyleActions::apply);
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
    menu->addAction(m_group);
}

void DrawingStyleActions::sync()
{
    m_syncing = true;
    const bool editable = m_document && !m_document->isReadOnly();
    for (QAction *action : { m_orthogonal, m_curved, m_group })
        action->setEnabled(editable);
    if (m_document) {
        const DrawingSettings &settings = m_document->project().drawingSettings;
        (settings.curved ? m_curved : m_orthogonal)->setChecked(true);
        m_group->setChecked(settings.groupByZone);
    }
    m_syncing = false;
}

void DrawingStyleActions::apply()
{
    if (m_syncing || !m_document)
        return;
    DrawingSettings settings;
    settings.curved = m_curved->isChecked();
    settings.groupByZone = m_group->isChecked();
    if (!m_document->setDrawingSettings(settings)) {
        emit message(m_document->errorString());
        sync();
    }
}

} // namespace Portolan

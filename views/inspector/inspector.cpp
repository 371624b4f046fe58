#include "inspector.h"

#include "componentpage.h"
#include "document/projectdocument.h"
#include "flowpage.h"
#include "hintpage.h"
#include "multipage.h"
#include "productpage.h"
#include "zonepage.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

Inspector::Inspector(QWidget *parent)
    : QWidget(parent)
    , m_readOnly(new QLabel(this))
    , m_stack(new QStackedWidget)
    , m_hint(new HintPage)
    , m_component(new ComponentPage)
    , m_flow(new FlowPage)
    , m_multi(new MultiPage)
    , m_zone(new ZonePage)
    , m_product(new ProductPage)
{
    setObjectName(u"inspector"_s);
    m_readOnly->setObjectName(u"readOnlyReason"_s);
    m_readOnly->setWordWrap(true);
    m_readOnly->hide();
    m_stack->setObjectName(u"inspectorPages"_s);
    for (InspectorPage *page : std::initializer_list<InspectorPage *> {
             m_hint, m_component, m_flow, m_multi, m_zone, m_product })
        m_stack->addWidget(page);

    // Long pages (a component with many flows) scroll rather than squeeze.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_stack);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnly);
    layout->addWidget(scroll, 1);
    updateReadOnly();
}

void Inspector::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &Inspector::documentChanged);
    for (int i = 0; i < m_stack->count(); ++i)
        static_cast<InspectorPage *>(m_stack->widget(i))->setContext(document, m_selection);
    updateReadOnly();
    showSelection();
}

void Inspector::setSelection(ProjectSelection *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (m_selection)
        connect(m_selection, &ProjectSelection::changed, this, &Inspector::showSelection);
    for (int i = 0; i < m_stack->count(); ++i)
        static_cast<InspectorPage *>(m_stack->widget(i))->setContext(m_document, selection);
    showSelection();
}

void Inspector::setEnvironment(Id environment)
{
    m_component->setEnvironment(environment);
}

void Inspector::editName()
{
    if (currentPage() == m_component)
        m_component->editName();
}

InspectorPage *Inspector::currentPage() const
{
    return static_cast<InspectorPage *>(m_stack->currentWidget());
}

void Inspector::showSelection()
{
    ProjectSelection::Kind kind = ProjectSelection::Kind::None;
    QList<Id> ids;
    // A selection made in another window's document means nothing here.
    if (m_document && m_selection
        && (!m_selection->document() || m_selection->document() == m_document)) {
        kind = m_selection->kind();
        ids = m_selection->ids();
    }
    InspectorPage *page = pageFor(kind, ids.size());
    if (page == m_multi)
        m_multi->setKind(kind);
    page->showRecords(ids);
    m_stack->setCurrentWidget(page);
}

void Inspector::documentChanged(const DocumentChange &change)
{
    if (change.reset) {
        showSelection();
        return;
    }
    // Records removed meanwhile leave the selection, which then shows anew.
    currentPage()->documentChanged(change);
}

void Inspector::updateReadOnly()
{
    const bool readOnly = m_document && m_document->isReadOnly();
    m_readOnly->setText(readOnly ? m_document->readOnlyReason() : QString());
    m_readOnly->setVisible(readOnly);
    for (int i = 0; i < m_stack->count(); ++i)
        static_cast<InspectorPage *>(m_stack->widget(i))->setEditable(!readOnly);
}

InspectorPage *Inspector::pageFor(ProjectSelection::Kind kind, qsizetype count) const
{
    if (count == 0)
        return m_hint;
    if (count > 1)
        return m_multi;
    switch (kind) {
    case ProjectSelection::Kind::Components:
        return m_component;
    case ProjectSelection::Kind::Flows:
        return m_flow;
    case ProjectSelection::Kind::Zones:
        return m_zone;
    case ProjectSelection::Kind::Products:
        return m_product;
    case ProjectSelection::Kind::None:
        break;
    }
    return m_hint;
}

} // namespace Portolan

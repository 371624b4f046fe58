#pragma once
// The "Inspector" dock: shows and edits what the window's ProjectSelection
// holds — one component, one flow, one zone, one product, or several
// records at once — with one page per case. Every edit goes through the
// document; the page follows the document's changes (undo included).

#include "document/projectdocument.h"
#include "selection/projectselection.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace Portolan {

class ComponentPage;
class FlowPage;
class HintPage;
class InspectorPage;
class MultiPage;
class ProductPage;
class ZonePage;

class Inspector : public QWidget
{
    Q_OBJECT
public:
    explicit Inspector(QWidget *parent = nullptr);

    // nullptr shows the hint and nothing else.
    void setDocument(ProjectDocument *document);
    void setSelection(ProjectSelection *selection);

    // The page shown (for tests and the main window's status).
    InspectorPage *currentPage() const;
    // When one component is shown: the cursor goes to its name.
    void editName();
    // The environment whose addresses the component page shows.
    void setEnvironment(Id environment);

private:
    void showSelection();
    void documentChanged(const DocumentChange &change);
    void updateReadOnly();
    InspectorPage *pageFor(ProjectSelection::Kind kind, qsizetype count) const;

    QPointer<ProjectDocument> m_document;
    QPointer<ProjectSelection> m_selection;
    QLabel *m_readOnly;
    QStackedWidget *m_stack;
    HintPage *m_hint;
    ComponentPage *m_component;
    FlowPage *m_flow;
    MultiPage *m_multi;
    ZonePage *m_zone;
    ProductPage *m_product;
};

} // namespace Portolan

#pragma once
// The base of the inspector's pages, one per kind of selection. A page shows
// the records it is given and writes each edited field back through the
// document, one operation per field. On a document change it rewrites only
// the fields whose stored value changed, so typing in another field and the
// cursor survive.

#include "document/projectdocument.h"
#include "selection/projectselection.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace Portolan {

class InspectorPage : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPage(QWidget *parent = nullptr);

    void setContext(ProjectDocument *document, ProjectSelection *selection);
    // Shows these records (of the page's kind), reading every field afresh.
    virtual void showRecords(const QList<Id> &ids) = 0;
    // The document changed while the page is shown.
    virtual void documentChanged(const DocumentChange &change) = 0;
    // Read-only documents: every field is disabled.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

protected:
    ProjectDocument *document() const { return m_document; }
    ProjectSelection *selection() const { return m_selection; }
    // A widget disabled on read-only documents.
    void addField(QWidget *field);
    // Called after the editable state changed, for fields that also depend
    // on the record (the ports of a port-less flow).
    virtual void editableChanged() { }
    // The page's form: a bold title line, then label/field rows.
    QLabel *title() const { return m_title; }
    QFormLayout *form() const { return m_form; }
    // A red, word-wrapped line under a field; hidden while empty.
    QLabel *addErrorRow(const QString &objectName);

private:
    QPointer<ProjectDocument> m_document;
    QPointer<ProjectSelection> m_selection;
    QList<QWidget *> m_fields;
    QLabel *m_title;
    QFormLayout *m_form;
    bool m_editable = true;
};

// Shows `message` in an error line (hides it when empty).
void showError(QLabel *label, const QString &message);

} // namespace Portolan

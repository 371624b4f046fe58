#pragma once
// The inspector's page for one flow: product, source, destination,
// protocol, ports, purpose, optional, notes. Each field is written on its
// own with ProjectDocument::updateFlow (the flow with that one field
// changed), so that consecutive edits of one field are one undo step.

#include "inspectorpage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Portolan {

class ComponentCombo;
class NotesEdit;

class FlowPage : public InspectorPage
{
    Q_OBJECT
public:
    explicit FlowPage(QWidget *parent = nullptr);

    void showRecords(const QList<Id> &ids) override;
    void documentChanged(const DocumentChange &change) override;
    Id flowId() const { return m_id; }

protected:
    void editableChanged() override;

private:
    // Reads the flow; `all` rewrites every field, else only the fields whose
    // stored value changed since they were last shown.
    void load(bool all);
    void fillChoices();
    // Writes the shown flow with one field changed; a refusal is shown in
    // `errorLabel` and the fields show the stored flow again.
    bool commit(const Flow &after, QLabel *errorLabel);
    void commitProduct();
    void commitEndpoint(ComponentCombo *combo, QLabel *errorLabel, bool source);
    void commitProtocol();
    void commitPorts();
    void commitPurpose();
    void commitOptional(bool optional);
    void commitNotes(const QString &notes);

    Id m_id = 0;
    std::optional<Flow> m_shown;
    QString m_sourceName; // as last shown
    QString m_destinationName;
    QComboBox *m_product;
    ComponentCombo *m_source;
    QLabel *m_sourceError;
    ComponentCombo *m_destination;
    QLabel *m_destinationError;
    QComboBox *m_protocol;
    QLineEdit *m_ports;
    QLabel *m_portsError;
    QLineEdit *m_purpose;
    QCheckBox *m_optional;
    NotesEdit *m_notes;
    QLabel *m_error;
};

} // namespace Portolan

#pragma once
// The inspector's page for one component: name, kind, zone, notes, its
// addresses in the current environment, where it sits on the diagram, and
// its flows (double-click one to inspect it).

#include "inspectorpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Portolan {

class NotesEdit;

class ComponentPage : public InspectorPage
{
    Q_OBJECT
public:
    explicit ComponentPage(QWidget *parent = nullptr);

    void showRecords(const QList<Id> &ids) override;
    void documentChanged(const DocumentChange &change) override;
    Id componentId() const { return m_id; }
    // Puts the cursor in the name, selected, ready to be typed over.
    void editName();
    // The environment whose addresses the page shows and edits (0: none,
    // the row is hidden).
    void setEnvironment(Id environment);

protected:
    void editableChanged() override;

private:
    // Reads the component; `all` rewrites every field, else only the fields
    // whose stored value changed since they were last shown.
    void load(bool all);
    void commitName();
    void commitKind();
    void commitZone();
    void commitNotes(const QString &notes);
    void commitAddresses();
    void loadAddresses();
    void unpin();
    void openFlow(QListWidgetItem *item);
    void report(bool ok, QLabel *errorLabel);

    Id m_id = 0;
    std::optional<Component> m_shown;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QComboBox *m_kind;
    QComboBox *m_zone;
    NotesEdit *m_notes;
    Id m_environment = 0;
    QLabel *m_addressesLabel;
    QLineEdit *m_addresses;
    QLabel *m_addressError;
    QLabel *m_position;
    QPushButton *m_unpin;
    QLabel *m_error;
    QListWidget *m_flows;
};

} // namespace Portolan

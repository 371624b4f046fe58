#pragma once
// The inspector's page for one zone: name, parent zone, notes, and how many
// components and zones it holds.

#include "inspectorpage.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace Portolan {

class NotesEdit;

class ZonePage : public InspectorPage
{
    Q_OBJECT
public:
    explicit ZonePage(QWidget *parent = nullptr);

    void showRecords(const QList<Id> &ids) override;
    void documentChanged(const DocumentChange &change) override;

private:
    // `all` rewrites every field, else only those whose value changed.
    void load(bool all);
    void commitName();
    void commitParent();
    void commitNotes(const QString &notes);

    Id m_id = 0;
    std::optional<Zone> m_shown;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QComboBox *m_parent;
    NotesEdit *m_notes;
    QLabel *m_members;
    QLabel *m_error;
};

} // namespace Portolan

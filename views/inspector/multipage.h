#pragma once
// The inspector's page for several records: how many, which (double-click
// one to inspect it alone), and what can be done to all of them at once —
// for components, moving them into a zone.

#include "inspectorpage.h"

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Portolan {

class MultiPage : public InspectorPage
{
    Q_OBJECT
public:
    explicit MultiPage(QWidget *parent = nullptr);

    // The kind of the records shown next.
    void setKind(ProjectSelection::Kind kind) { m_kind = kind; }
    void showRecords(const QList<Id> &ids) override;
    void documentChanged(const DocumentChange &change) override;

private:
    void load();
    QString nameOf(Id id) const;
    void moveToZone();
    void openOne(QListWidgetItem *item);

    ProjectSelection::Kind m_kind = ProjectSelection::Kind::None;
    QList<Id> m_ids;
    QListWidget *m_list;
    QLabel *m_zoneLabel;
    QComboBox *m_zone;
    QPushButton *m_move;
    QLabel *m_error;
};

} // namespace Portolan

#pragma once
// Asks for a new zone prefix: zone, CIDR, VLAN, gateway and name, checked
// as the user types (the reason shows under the fields and OK waits until
// the prefix would be accepted), then added as one undo step.

#include "domain/types.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Portolan {

class ProjectDocument;

class ZonePrefixDialog : public QDialog
{
    Q_OBJECT
public:
    ZonePrefixDialog(ProjectDocument *document, Id environment, Id zone, QWidget *parent = nullptr);

    // The prefix as typed (not yet canonical).
    ZonePrefix prefix() const;
    // Why it would be refused; empty when it would be accepted.
    QString problem() const { return m_problem; }

    void accept() override;

private:
    void check();

    ProjectDocument *m_document;
    Id m_environment;
    QComboBox *m_zone;
    QLineEdit *m_cidr;
    QLineEdit *m_vlan;
    QLineEdit *m_gateway;
    QLineEdit *m_name;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QString m_problem;
};

} // namespace Portolan

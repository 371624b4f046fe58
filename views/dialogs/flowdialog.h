#pragma once
// The flow editor: product, source, destination, protocol, ports, purpose,
// optional and notes of one flow, checked as they are typed (unknown
// component, bad ports) so that OK only takes a flow the project accepts.
// Opened when the user draws a flow on the diagram or double-clicks one.

#include "domain/types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Portolan {

struct ProjectSnapshot;

class FlowDialog : public QDialog
{
    Q_OBJECT
public:
    // `flow` with id 0 is a new flow; its source and destination pre-filled.
    FlowDialog(const ProjectSnapshot &project, const Flow &flow, QWidget *parent = nullptr);

    // The flow as edited (valid once accepted).
    Flow flow() const;
    // Why OK is disabled, or empty.
    QString problem() const { return m_problem; }

    QLineEdit *portsEdit() const { return m_ports; }

private:
    void check();
    Id componentNamed(const QString &text) const;

    const ProjectSnapshot &m_project;
    Flow m_flow;
    QString m_problem;
    QComboBox *m_product;
    QComboBox *m_source;
    QComboBox *m_destination;
    QComboBox *m_protocol;
    QLineEdit *m_ports;
    QLineEdit *m_purpose;
    QCheckBox *m_optional;
    QPlainTextEdit *m_notes;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace Portolan

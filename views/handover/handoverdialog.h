#pragma once
// What the user chooses before the handover pack is saved or printed: the
// paper, the diagram page's orientation, how rules are consolidated, the
// revision and the author. One dialog for File → Export Handover Pack and
// File → Print Handover Pack; only its accept button's text differs.

#include "handover/handoverpack.h"
#include "handoverprint.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace Portolan {

struct HandoverChoices
{
    PackPageOptions pages;
    HandoverOptions pack; // date left invalid: the day it is written
};

class HandoverDialog : public QDialog
{
    Q_OBJECT
public:
    // `environment` names the environment the pack is of, for the title;
    // `acceptText` is "Save PDF…" or "Print Preview…".
    HandoverDialog(const QString &environment, const QString &acceptText,
                   QWidget *parent = nullptr);

    void setChoices(const HandoverChoices &choices);
    HandoverChoices choices() const;

    QComboBox *paperBox() const { return m_paper; }
    QComboBox *orientationBox() const { return m_orientation; }
    QComboBox *consolidationBox() const { return m_consolidation; }
    QLineEdit *revisionEdit() const { return m_revision; }
    QLineEdit *authorEdit() const { return m_author; }

private:
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QComboBox *m_consolidation;
    QLineEdit *m_revision;
    QLineEdit *m_author;
};

} // namespace Portolan

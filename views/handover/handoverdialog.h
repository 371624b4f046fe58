#pragma once
// What the user chooses before the handover pack is saved or printed: the
// paper, the diagram page's orientation, how rules are consolidated, the
// revision, the author and whether the pack is recorded as a baseline. One dialog for File → Export
// Handover Pack and File → Print Handover Pack; only its accept button's text differs.

#include "handover/handoverpack.h"
#include "handoverprint.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;

namespace Portolan {

struct HandoverChoices
{
    PackPageOptions pages;
    HandoverOptions pack; // date left invalid: the day it is written
    // Record the project as baseline `baselineName` before the pack is
    // written, and print the pack as of it.
    bool recordBaseline = false;
    QString baselineName;
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

    // "Record as baseline": hidden when not `offered` (printing), disabled
    // with `whyNot` as its tool tip when it cannot be (a read-only project).
    void setBaselineOffered(bool offered, const QString &whyNot = {});
    // Why a baseline cannot take a name ("" when it can); checked on accept.
    void setBaselineNameCheck(std::function<QString(const QString &)> check)
    {
        m_baselineCheck = std::move(check);
    }

    void accept() override;

    QComboBox *paperBox() const { return m_paper; }
    QComboBox *orientationBox() const { return m_orientation; }
    QComboBox *consolidationBox() const { return m_consolidation; }
    QLineEdit *revisionEdit() const { return m_revision; }
    QLineEdit *authorEdit() const { return m_author; }
    QCheckBox *recordBaselineBox() const { return m_recordBaseline; }
    QLineEdit *baselineNameEdit() const { return m_baselineName; }

private:
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QComboBox *m_consolidation;
    QLineEdit *m_revision;
    QLineEdit *m_author;
    QCheckBox *m_recordBaseline;
    QLineEdit *m_baselineName;
    QFormLayout *m_form;
    bool m_baselineOffered = true;
    std::function<QString(const QString &)> m_baselineCheck;
    bool m_baselineNameEdited = false; // else it follows the revision
};

} // namespace Portolan

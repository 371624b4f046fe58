#pragma once
// Compare…: which two revisions of the design to compare — a baseline and
// a later baseline or the working design — in the current environment on
// both sides, or two environments of one revision against each other.

#include "domain/types.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QRadioButton;

namespace Portolan {

struct ProjectSnapshot;

struct CompareChoice
{
    QString from; // a baseline's name (the design of `to` when comparing environments)
    QString to; // a baseline's name, or workingDesignName()
    // Environment against environment of `to`; else the current
    // environment on both sides.
    bool environments = false;
    Id fromEnvironment = 0;
    Id toEnvironment = 0;

    bool operator==(const CompareChoice &) const = default;
};

class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    // `project`: the working design, whose baselines and environments are
    // offered; `current`: the current environment's name (empty: none).
    CompareDialog(const ProjectSnapshot &project, const QString &current,
                  const CompareChoice &start, QWidget *parent = nullptr);

    CompareChoice choice() const;

    QComboBox *fromBox() const { return m_from; }
    QComboBox *toBox() const { return m_to; }
    QRadioButton *sameEnvironment() const { return m_same; }
    QRadioButton *acrossEnvironments() const { return m_across; }
    QComboBox *fromEnvironmentBox() const { return m_fromEnvironment; }
    QComboBox *toEnvironmentBox() const { return m_toEnvironment; }

private:
    void updateState();

    QComboBox *m_from;
    QComboBox *m_to;
    QRadioButton *m_same;
    QRadioButton *m_across;
    QComboBox *m_fromEnvironment;
    QComboBox *m_toEnvironment;
    QDialogButtonBox *m_buttons;
};

} // namespace Portolan

#include "validatinglineedit.h"

#include "common/plaintext.h"

#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Portolan {

ValidatingLineEdit::ValidatingLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    connect(this, &QLineEdit::textChanged, this, &ValidatingLineEdit::recheck);
}

void ValidatingLineEdit::setCheck(Check check)
{
    m_check = std::move(check);
    recheck();
}

void ValidatingLineEdit::recheck()
{
    const QString problem = m_check ? m_check(text()) : QString();
    const bool changed = problem != m_problem;
    m_problem = problem;
    setProperty("invalid", !m_problem.isEmpty());
    setToolTip(plainForAutoText(m_problem));
    if (!changed)
        return;
    setStyleSheet(m_problem.isEmpty() ? QString() : u"QLineEdit { border: 2px solid #d32f2f; }"_s);
    // Said at once while typing; the tool tip keeps it for a later look.
    if (hasFocus()) {
        if (m_problem.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(mapToGlobal(rect().bottomLeft()), m_problem, this);
    }
}

} // namespace Portolan

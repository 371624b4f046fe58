#pragma once
// A line edit that checks its text as the user types and, while the text
// cannot be used, says why: a red frame and the reason as its tool tip.
// The cell editors of the tables use it, so that a bad value is explained
// before it is committed (and then refused by the model).

#include <QLineEdit>

#include <functional>

namespace Portolan {

class ValidatingLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    // Returns why the text cannot be used, or an empty string.
    using Check = std::function<QString(const QString &text)>;

    explicit ValidatingLineEdit(QWidget *parent = nullptr);

    void setCheck(Check check);
    // Why the current text cannot be used; empty when it can.
    QString problem() const { return m_problem; }

private:
    void recheck();

    Check m_check;
    QString m_problem;
};

} // namespace Portolan

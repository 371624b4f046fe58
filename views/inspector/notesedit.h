#pragma once
// A notes field that commits once, when the focus leaves it after an edit,
// rather than on every keystroke (which would make one undo step per key).

#include <QPlainTextEdit>

namespace Portolan {

class NotesEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit NotesEdit(QWidget *parent = nullptr);

    // Shows `text` unless it is shown already (keeps the cursor).
    void setNotes(const QString &text);
    QString notes() const { return toPlainText(); }

signals:
    // The focus left after the text was edited.
    void committed(const QString &text);

protected:
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace Portolan

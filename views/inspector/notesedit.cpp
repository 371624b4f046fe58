#include "notesedit.h"

namespace Portolan {

NotesEdit::NotesEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    const int lines = 5;
    setMaximumHeight(fontMetrics().lineSpacing() * lines + 2 * frameWidth()
                     + int(document()->documentMargin() * 2));
}

void NotesEdit::setNotes(const QString &text)
{
    if (toPlainText() != text)
        setPlainText(text);
    document()->setModified(false);
}

void NotesEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (!document()->isModified())
        return;
    document()->setModified(false);
    emit committed(toPlainText());
}

} // namespace Portolan

#pragma once
// Text from the project (names, purposes, file names, messages that quote
// them) where Qt would take text that looks like HTML for rich text: tool
// tips, and labels and message boxes left to Qt::AutoText. A component named
// "<b>x</b>" must show as those characters, not as a bold x, and "<img …>"
// must load nothing.

#include <QMessageBox>
#include <QString>

namespace Portolan {

// `text` for a place that shows Qt::AutoText and has no setting for it (tool
// tips, the label of a QInputDialog): unchanged when Qt shows it as plain
// text anyway, else escaped into rich text that shows it as it is (line
// breaks kept).
QString plainForAutoText(const QString &text);

// QMessageBox::warning with `text` shown as it is.
void warnPlainly(QWidget *parent, const QString &title, const QString &text);
// QMessageBox::question with `text` shown as it is; true on Yes.
bool askPlainly(QWidget *parent, const QString &title, const QString &text,
                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

} // namespace Portolan

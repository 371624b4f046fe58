#include "componentcombo.h"

#include <QCompleter>
#include <QLineEdit>

namespace Portolan {

ComponentCombo::ComponentCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(lineEdit(), &QLineEdit::editingFinished, this,
            [this] { emit committed(currentText()); });
    connect(this, &QComboBox::activated, this,
            [this](int index) { emit committed(itemText(index)); });
}

void ComponentCombo::setNames(const QStringList &names)
{
    QStringList shown;
    for (int i = 0; i < count(); ++i)
        shown.append(itemText(i));
    if (shown == names)
        return;
    const QString text = currentText();
    const int cursor = lineEdit()->cursorPosition();
    const QSignalBlocker blocker(this);
    clear();
    addItems(names);
    setEditText(text);
    lineEdit()->setCursorPosition(cursor);
}

void ComponentCombo::setName(const QString &name)
{
    if (currentText() == name)
        return;
    const QSignalBlocker blocker(this);
    const int index = findText(name);
    setCurrentIndex(index);
    setEditText(name);
}

} // namespace Portolan

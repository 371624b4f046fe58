#pragma once
// An editable combo box for naming a component: every component's name in
// the list, completion on any part of a name, and one committed() when the
// user presses Enter, leaves the field or picks a name.

#include <QComboBox>

namespace Portolan {

class ComponentCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit ComponentCombo(QWidget *parent = nullptr);

    // The names offered; the text being typed is kept.
    void setNames(const QStringList &names);
    // Shows `name` unless it is shown already (keeps the cursor).
    void setName(const QString &name);

signals:
    void committed(const QString &text);
};

} // namespace Portolan

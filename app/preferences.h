#pragma once
// What the user sets once for every project (Edit → Preferences…), kept in
// QSettings: the window and the command line read the same values.

#include <QString>

class QWidget;

namespace Portolan::Preferences {

// The name printed as the handover pack's author and in its sign-off block.
QString author();
void setAuthor(const QString &author);

// The settings key under `group` for one project file ("lastEnvironment/"
// and a digest of its absolute path): what the window remembers per project.
QString projectKey(const QString &group, const QString &projectPath);

// Shows Edit → Preferences… and keeps what was accepted.
void edit(QWidget *parent);

} // namespace Portolan::Preferences

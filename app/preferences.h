#pragma once
// What the user sets once for every project (Edit → Preferences…), kept in
// QSettings: the window and the command line read the same values.

#include <QPageSize>
#include <QString>
#include <QStringList>

class QWidget;

namespace Portolan::Preferences {

// The name printed as the handover pack's author and in its sign-off block.
QString author();
void setAuthor(const QString &author);

// The language of the window: empty to follow the system, else a language
// code of languageCodes(). Read once at start.
QString language();
void setLanguage(const QString &code);
// "en", "de", "fr", "ja": the languages Portolan speaks.
QStringList languageCodes();

// "system", "light" or "dark" (themeNames()); applied at once.
QString theme();
void setTheme(const QString &theme);
QStringList themeNames();

// How many projects File → Open Recent and the start page keep (1–30).
int recentCount();
void setRecentCount(int count);

// The paper a diagram's PDF is fitted on unless the export says otherwise.
QPageSize::PageSizeId paper();
void setPaper(QPageSize::PageSizeId paper);

// Diagram defaults: whether the component boxes show addresses when a
// project opens, whether new projects draw flows at right angles (else
// curved), and whether they are laid out top to bottom (else left to right).
bool showAddresses();
void setShowAddresses(bool show);
bool orthogonalForNewProjects();
void setOrthogonalForNewProjects(bool orthogonal);
bool topToBottomForNewProjects();
void setTopToBottomForNewProjects(bool topToBottom);

// The settings key under `group` for one project file ("lastEnvironment/"
// and a digest of its absolute path): what the window remembers per project.
QString projectKey(const QString &group, const QString &projectPath);

// Shows Edit → Preferences… and keeps what was accepted; a changed
// theme is applied at once, a changed language at the next start.
void edit(QWidget *parent);

} // namespace Portolan::Preferences

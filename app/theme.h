#pragma once
// Light, Dark or the system's look (Edit → Preferences… → Theme). Light and
// Dark use Qt's Fusion style with a palette of their own, so that they look
// the same on every desktop; System keeps the style and palette the
// application started with. Exports do not follow the theme: a diagram is
// printed and shared on white.

#include <QString>

namespace Portolan {

// Applies "system", "light" or "dark" to the whole application at once.
void applyTheme(const QString &theme);
// Lets QIcon::fromTheme() find Portolan's own icons (resources/icons/
// actions, under the freedesktop names) where the system's icon theme has
// none: on Windows, macOS and bare desktops. Call before making actions.
void installFallbackIcons();

} // namespace Portolan

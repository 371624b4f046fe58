#pragma once
// The languages of the window: Portolan's own texts (compiled .ts files,
// embedded under :/i18n) and Qt's (its standard buttons and dialogs).

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Portolan {

// The locale the window speaks: `language` ("de", …) when one is chosen,
// else the system's.
QLocale uiLocale(const QString &language);

// Installs the translators for `locale` on `app` and makes it the default
// locale, so that numbers and dates follow it too. English is the source
// language; its translation only gives the plural forms ("1 component",
// "3 components"), and it is also used for a locale Portolan does not speak.
void installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace Portolan

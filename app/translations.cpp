#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Portolan {

QLocale uiLocale(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Those of an earlier call go first: a new language replaces the old.
    for (QTranslator *old :
         app.findChildren<QTranslator *>(u"portolanTranslator"_s, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    qt->setObjectName(u"portolanTranslator"_s);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(&app);
    own->setObjectName(u"portolanTranslator"_s);
    if (own->load(locale, u"portolan"_s, u"_"_s, u":/i18n"_s)
        || own->load(u"portolan_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace Portolan

#include "preferences.h"

#include "dialogs/preferencesdialog.h"
#include "export/exportoptions.h"
#include "theme.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Portolan::Preferences {

namespace {

const QString AuthorKey = u"handover/author"_s;
const QString LanguageKey = u"ui/language"_s;
const QString ThemeKey = u"ui/theme"_s;
const QString RecentCountKey = u"ui/recentCount"_s;
const QString PaperKey = u"export/paper"_s;
const QString ShowAddressesKey = u"diagram/showAddresses"_s;
const QString CurvedKey = u"diagram/curvedForNewProjects"_s;
const QString TopToBottomKey = u"diagram/topToBottomForNewProjects"_s;
constexpr int maximumRecentCount = PreferenceValues::maximumRecentCount;

constexpr int defaultRecentCount = 10;

// Writes `value`, or removes the key when it is the default, so that a
// later change of the default reaches those who never chose.
void store(const QString &key, const QVariant &value, const QVariant &fallback)
{
    QSettings settings;
    if (value == fallback)
        settings.remove(key);
    else
        settings.setValue(key, value);
}

} // namespace

QString author()
{
    return QSettings().value(AuthorKey).toString().trimmed();
}

void setAuthor(const QString &author)
{
    store(AuthorKey, author.trimmed(), QString());
}

QStringList languageCodes()
{
    return { u"en"_s, u"de"_s, u"fr"_s, u"ja"_s };
}

QString language()
{
    const QString code = QSettings().value(LanguageKey).toString();
    return languageCodes().contains(code) ? code : QString();
}

void setLanguage(const QString &code)
{
    store(LanguageKey, languageCodes().contains(code) ? code : QString(), QString());
}

QStringList themeNames()
{
    return { u"system"_s, u"light"_s, u"dark"_s };
}

QString theme()
{
    const QString name = QSettings().value(ThemeKey).toString();
    return themeNames().contains(name) ? name : u"system"_s;
}

void setTheme(const QString &theme)
{
    store(ThemeKey, themeNames().contains(theme) ? theme : u"system"_s, u"system"_s);
}

int recentCount()
{
    bool ok = false;
    const int count = QSettings().value(RecentCountKey).toInt(&ok);
    return ok ? std::clamp(count, 1, maximumRecentCount) : defaultRecentCount;
}

void setRecentCount(int count)
{
    store(RecentCountKey, std::clamp(count, 1, maximumRecentCount), defaultRecentCount);
}

QPageSize::PageSizeId paper()
{
    return paperFromName(QSettings().value(PaperKey).toString()).value_or(QPageSize::A4);
}

void setPaper(QPageSize::PageSizeId paper)
{
    store(PaperKey, paperName(paper), paperName(QPageSize::A4));
}

bool showAddresses()
{
    return QSettings().value(ShowAddressesKey, false).toBool();
}

void setShowAddresses(bool show)
{
    QSettings().setValue(ShowAddressesKey, show);
}

bool orthogonalForNewProjects()
{
    return !QSettings().value(CurvedKey, false).toBool();
}

void setOrthogonalForNewProjects(bool orthogonal)
{
    store(CurvedKey, !orthogonal, false);
}

bool topToBottomForNewProjects()
{
    return QSettings().value(TopToBottomKey, false).toBool();
}

void setTopToBottomForNewProjects(bool topToBottom)
{
    store(TopToBottomKey, topToBottom, false);
}

QString projectKey(const QString &group, const QString &projectPath)
{
    const QByteArray path = QFileInfo(projectPath).absoluteFilePath().toUtf8();
    return group + u'/'
        + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

void edit(QWidget *parent)
{
    PreferencesDialog dialog(parent);
    PreferenceValues values { author(),
                              language(),
                              theme(),
                              recentCount(),
                              paper(),
                              showAddresses(),
                              orthogonalForNewProjects(),
                              topToBottomForNewProjects() };
    dialog.setValues(values);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PreferenceValues chosen = dialog.values();
    setAuthor(chosen.author);
    setRecentCount(chosen.recentCount);
    setPaper(chosen.paper);
    setShowAddresses(chosen.showAddresses);
    setOrthogonalForNewProjects(chosen.orthogonal);
    setTopToBottomForNewProjects(chosen.topToBottom);
    if (chosen.theme != values.theme) {
        setTheme(chosen.theme);
        applyTheme(chosen.theme);
    }
    if (chosen.language != values.language) {
        setLanguage(chosen.language);
        QMessageBox::information(parent, PreferencesDialog::tr("Language"),
                                 PreferencesDialog::tr("Portolan will speak the chosen language "
                                                       "the next time it starts."));
    }
}

} // namespace Portolan::Preferences

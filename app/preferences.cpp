#include "preferences.h"

#include "dialogs/preferencesdialog.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Portolan::Preferences {

namespace {
const QString AuthorKey = u"handover/author"_s;
}

QString author()
{
    return QSettings().value(AuthorKey).toString().trimmed();
}

void setAuthor(const QString &author)
{
    QSettings settings;
    if (author.trimmed().isEmpty())
        settings.remove(AuthorKey);
    else
        settings.setValue(AuthorKey, author.trimmed());
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
    dialog.setAuthor(author());
    if (dialog.exec() == QDialog::Accepted)
        setAuthor(dialog.author());
}

} // namespace Portolan::Preferences

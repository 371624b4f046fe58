#include "preferences.h"

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

} // namespace Portolan::Preferences

#include "savebytes.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Portolan {

bool saveBytes(const QByteArray &data, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Portolan

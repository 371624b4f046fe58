#pragma once
// Writing a whole file at once through QSaveFile: an existing file is
// replaced only when the new one is complete.

#include <QByteArray>
#include <QString>

namespace Portolan {

// False, with "cannot write PATH: reason" in *error, on failure.
bool saveBytes(const QByteArray &data, const QString &path, QString *error);

} // namespace Portolan

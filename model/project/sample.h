#pragma once
// Reference designs bundled with Portolan (resources/samples/NAME/): a flow
// table as the vendor publishes it, plus the zones and component kinds an
// architect would give it.

#include <QString>
#include <QStringList>

namespace Portolan {

class ProjectStore;

// Names accepted by loadSample(), e.g. "tko".
QStringList sampleNames();
// A one-line description of the sample for --help and menus.
QString sampleTitle(const QString &name);
// Fills an empty project with the sample, in one transaction.
bool loadSample(ProjectStore &store, const QString &name, QString *error);

} // namespace Portolan

#include "importintoproject.h"

#include "importplan.h"
#include "snapshot.h"
#include "store/projectstore.h"

using namespace Qt::StringLiterals;

namespace Portolan {

QString productColor(int index)
{
    // Okabe–Ito, without its black and yellow (too dark / too light on white).
    static const QString palette[]
        = { u"#0072b2"_s, u"#d55e00"_s, u"#009e73"_s, u"#cc79a7"_s, u"#e69f00"_s, u"#56b4e9"_s };
    constexpr int size = int(std::size(palette));
    return palette[((index % size) + size) % size];
}

bool importIntoProject(ProjectStore &store, const QList<ImportResult> &results,
                       ImportSummary *summary, QString *error)
{
    // One write transaction from the reading to the last row: what another
    // process commits meanwhile waits, and is never planned against.
    ProjectStore::Transaction transaction(store);
    const auto project = ProjectSnapshot::read(store, error);
    if (!project)
        return false;
    const std::optional<ImportPlan> plan = planImport(*project, results, error);
    if (!plan)
        return false;
    ChangeList changes = plan->changes;
    if (!changes.isEmpty() && !applyChanges(store, changes, true, nullptr, nullptr, error))
        return false;
    if (!transaction.commit()) {
        *error = store.errorString();
        return false;
    }
    if (summary)
        *summary = plan->summary;
    return true;
}

} // namespace Portolan

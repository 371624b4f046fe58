#include "rulesexport.h"

#include "io/savebytes.h"
#include "io/xlsxwriter.h"
#include "lint/designlint.h"
#include "lint/servicecatalogue.h"
#include "project/snapshot.h"
#include "rulesheet.h"
#include "rulesworkbook.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Portolan {

bool isRulesFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv"_s || suffix == u"xlsx"_s;
}

bool writeRules(const ProjectSnapshot &project, Id environment, const QString &path,
                const RulesExportOptions &options, RulesExportSummary *summary, QString *error)
{
    const Environment *env = project.environment(environment);
    if (!env) {
        *error = u"there is no environment %1"_s.arg(environment);
        return false;
    }
    const QList<Rule> rules = generateRules(project, environment, options.consolidation);
    if (summary) {
        summary->rules = int(rules.size());
        summary->unresolved = int(std::count_if(rules.cbegin(), rules.cend(),
                                                [](const Rule &rule) { return !rule.resolved(); }));
    }
    if (QFileInfo(path).suffix().toLower() == u"xlsx"_s) {
        const auto catalogue = ServiceCatalogue::bundled(error);
        if (!catalogue)
            return false;
        return writeXlsx(rulesWorkbook(project, environment, rules,
                                       lintProject(project, *catalogue, { environment })),
                         path, error);
    }
    return saveBytes(sheetCsv(rulesSheet(rules, env->name), options.byteOrderMark), path, error);
}

} // namespace Portolan

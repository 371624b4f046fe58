#include "rulesworkbook.h"

#include "addressing/addressplan.h"
#include "domain/translationcontexts.h"
#include "project/snapshot.h"
#include "rulesheet.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

Sheet addressPlanSheet(const ProjectSnapshot &project, Id environment)
{
    Sheet sheet;
    sheet.name = HandoverText::tr("Address plan");
    sheet.header = { HandoverText::tr("Component"), HandoverText::tr("Address"),
                     HandoverText::tr("Kind"), HandoverText::tr("Zone") };
    sheet.widths = { 32, 28, 14, 28 };
    for (const PlanRow &row : addressPlan(project, environment))
        sheet.rows.append({ row.component, row.address, row.kind, row.zone });
    return sheet;
}

Sheet findingsSheet(const QList<LintFinding> &findings)
{
    Sheet sheet;
    sheet.name = HandoverText::tr("Findings");
    sheet.header = { HandoverText::tr("Severity"), HandoverText::tr("Finding") };
    sheet.widths = { 10, 120 };
    for (const LintFinding &finding : findings)
        sheet.rows.append({ lintSeverityName(finding.severity), finding.message });
    return sheet;
}

} // namespace

QList<Sheet> rulesWorkbook(const ProjectSnapshot &project, Id environment, const QList<Rule> &rules,
                           const QList<LintFinding> &findings)
{
    const Environment *env = project.environment(environment);
    const QString environmentName = env ? env->name : QString();
    QList<Sheet> sheets { rulesSheet(rules, environmentName, QString(), SheetTexts::Translated) };

    QStringList products;
    for (const Product &product : project.products)
        products.append(product.name);
    products.append(QString()); // the rules without a product, last
    for (const QString &product : std::as_const(products)) {
        QList<Rule> ofProduct;
        for (const Rule &rule : rules) {
            if (product.isEmpty() ? rule.products.isEmpty() : rule.products.contains(product))
                ofProduct.append(rule);
        }
        if (!ofProduct.isEmpty())
            sheets.append(rulesSheet(ofProduct, environmentName,
                                     product.isEmpty() ? HandoverText::tr("No product") : product,
                                     SheetTexts::Translated));
    }
    sheets.append(addressPlanSheet(project, environment));
    sheets.append(findingsSheet(findings));
    return sheets;
}

} // namespace Portolan

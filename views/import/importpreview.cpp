#include "importpreview.h"

#include "project/importplan.h"
#include "project/snapshot.h"

#include <QHash>

#include <variant>

namespace Portolan {

namespace {

// The source an unreadable result is about: its first error says.
QString sourceOf(const ImportResult &result)
{
    for (const ImportMessage &message : result.messages) {
        if (message.severity == ImportMessage::Severity::Error)
            return message.source;
    }
    return result.messages.isEmpty() ? QString() : result.messages.constFirst().source;
}

} // namespace

QList<ImportResult> readImportFiles(const QStringList &paths, const ImportOptions &options)
{
    QList<ImportResult> results;
    results.reserve(paths.size());
    for (const QString &path : paths)
        results.append(importFile(path, options));
    return results;
}

ImportPreview previewImport(const ProjectSnapshot &project, const QList<ImportResult> &results)
{
    ImportPreview preview;
    for (const ImportResult &result : results) {
        preview.messages.append(result.messages);
        if (!result.ok)
            preview.unreadable.append(sourceOf(result));
    }
    QString error;
    const std::optional<ImportPlan> plan = planImport(project, results, &error);
    if (!plan) {
        preview.planError = error;
        return preview;
    }
    preview.summary = plan->summary;

    // New records carry negative ids; flows refer to them or to the project's.
    QHash<Id, QString> newProducts;
    QHash<Id, QString> newComponents;
    QHash<Id, ImportOrigin> origins;
    for (qsizetype k = 0; k < plan->flowIds.size(); ++k)
        origins.insert(plan->flowIds[k], plan->origins.value(k));
    QHash<std::pair<QString, int>, QStringList> warnings;
    for (const ImportMessage &message : std::as_const(preview.messages)) {
        if (message.severity == ImportMessage::Severity::Warning && message.line > 0)
            warnings[{ message.source, message.line }].append(message.text);
    }
    preview.flows.reserve(plan->flowIds.size());
    for (const RecordChange &change : plan->changes) {
        if (!change.after)
            continue;
        const Record &record = *change.after;
        if (const auto *product = std::get_if<Product>(&record)) {
            newProducts.insert(product->id, product->name);
        } else if (const auto *component = std::get_if<Component>(&record)) {
            newComponents.insert(component->id, component->name);
        } else if (const auto *flow = std::get_if<Flow>(&record)) {
            PreviewFlow row;
            row.newProduct = newProducts.contains(flow->productId);
            row.product = row.newProduct ? newProducts.value(flow->productId)
                                         : project.productName(flow->productId);
            row.newSource = newComponents.contains(flow->sourceId);
            row.source = row.newSource ? newComponents.value(flow->sourceId)
                                       : project.componentName(flow->sourceId);
            row.newDestination = newComponents.contains(flow->destinationId);
            row.destination = row.newDestination ? newComponents.value(flow->destinationId)
                                                 : project.componentName(flow->destinationId);
            row.protocol = flow->protocol;
            row.ports = flow->ports;
            row.purpose = flow->purpose;
            row.optional = flow->optional;
            const ImportOrigin origin = origins.value(flow->id);
            row.origin = origin.source;
            row.line = origin.line;
            row.warnings = warnings.value({ origin.source, origin.line });
            preview.flows.append(row);
        }
    }
    return preview;
}

} // namespace Portolan

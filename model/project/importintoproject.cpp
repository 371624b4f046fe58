#include "importintoproject.h"

#include "domain/names.h"
#include "store/projectstore.h"

#include <QHash>

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

namespace {

// Finds or creates products and components by name, remembering ids so a
// large import does one look-up per distinct name.
class NameResolver
{
public:
    NameResolver(ProjectStore &store, ImportSummary &summary)
        : m_store(store)
        , m_summary(summary)
        , m_productCount(int(store.products().size()))
    { }

    Id product(const QString &name)
    {
        if (cleanName(name).isEmpty())
            return 0;
        const QString key = nameKey(name);
        if (const auto it = m_products.constFind(key); it != m_products.cend())
            return *it;
        Id id = 0;
        if (const auto existing = m_store.findProduct(name)) {
            id = existing->id;
        } else {
            id = m_store.addProduct({ 0, cleanName(name), productColor(m_productCount++) });
            if (id)
                ++m_summary.productsAdded;
        }
        if (id)
            m_products.insert(key, id);
        return id;
    }

    Id component(const QString &name)
    {
        const QString key = nameKey(name);
        if (const auto it = m_components.constFind(key); it != m_components.cend())
            return *it;
        Id id = 0;
        if (const auto existing = m_store.findComponent(name)) {
            id = existing->id;
        } else {
            Component component;
            component.name = cleanName(name);
            component.kind = guessComponentKind(component.name);
            id = m_store.addComponent(component);
            if (id)
                ++m_summary.componentsAdded;
        }
        if (id)
            m_components.insert(key, id);
        return id;
    }

private:
    ProjectStore &m_store;
    ImportSummary &m_summary;
    int m_productCount;
    QHash<QString, Id> m_products;
    QHash<QString, Id> m_components;
};

} // namespace

bool importIntoProject(ProjectStore &store, const QList<ImportResult> &results,
                       ImportSummary *summary, QString *error)
{
    for (const ImportResult &result : results) {
        if (!result.ok) {
            *error = u"a source could not be read"_s;
            return false;
        }
    }
    ImportSummary counted;
    ProjectStore::Transaction transaction(store);
    NameResolver names(store, counted);
    for (const ImportResult &result : results) {
        for (const ImportedFlow &imported : result.flows) {
            Flow flow;
            flow.productId = names.product(imported.product);
            flow.sourceId = names.component(imported.source);
            flow.destinationId = names.component(imported.destination);
            if ((!flow.productId && !cleanName(imported.product).isEmpty()) || !flow.sourceId
                || !flow.destinationId) {
                *error = store.errorString();
                return false;
            }
            flow.protocol = imported.protocol;
            flow.ports = imported.ports;
            flow.purpose = imported.purpose;
            flow.optional = imported.optional;
            flow.notes = imported.notes;
            if (store.findFlow(flow)) {
                ++counted.flowsAlreadyPresent;
                continue;
            }
            if (!store.addFlow(flow)) {
                *error = store.errorString();
                return false;
            }
            ++counted.flowsAdded;
        }
    }
    if (!transaction.commit()) {
        *error = store.errorString();
        return false;
    }
    if (summary)
        *summary = counted;
    return true;
}

} // namespace Portolan

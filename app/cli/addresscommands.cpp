// portolan prefix | assign | addresses: the address plan of an environment.
#include "command.h"

#include "addressing/addressplan.h"
#include "import/importer.h"
#include "project/snapshot.h"
#include "store/projectstore.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

namespace {

int runPrefix(Context &context, const QCommandLineParser &parser)
{
    QString path;
    if (!takeProjectArguments(context, parser, u"prefix"_s, { u"env"_s, u"zone"_s, u"cidr"_s },
                              &path))
        return UsageError;
    std::optional<int> vlan;
    if (parser.isSet(u"vlan"_s)) {
        bool ok = false;
        vlan = parser.value(u"vlan"_s).trimmed().toInt(&ok);
        if (!ok)
            return context.fail(
                u"prefix: --vlan needs a number, not \"%1\""_s.arg(parser.value(u"vlan"_s)),
                UsageError);
    }
    const auto store = openProject(context, path, true);
    if (!store)
        return Failure;
    const auto zone = store->findZone(parser.value(u"zone"_s));
    if (!zone)
        return context.fail(store->errorString());
    QString error;
    // One transaction: a refused prefix leaves no new environment behind.
    ProjectStore::Transaction transaction(*store);
    const Id environment = ensureEnvironment(*store, parser.value(u"env"_s), &error);
    if (!environment
        || !setZonePrefix(*store, environment, zone->id, parser.value(u"cidr"_s), vlan,
                          parser.value(u"gateway"_s), &error,
                          parser.isSet(u"name"_s) ? std::optional(parser.value(u"name"_s))
                                                  : std::nullopt))
        return context.fail(error);
    if (!transaction.commit())
        return context.fail(store->errorString());
    return Success;
}

int runAssign(Context &context, const QCommandLineParser &parser)
{
    QString path;
    if (!takeProjectArguments(context, parser, u"assign"_s, { u"env"_s }, &path))
        return UsageError;
    const bool byAddress = parser.isSet(u"address"_s);
    const bool nextFree = parser.isSet(u"next-free"_s);
    const bool fromPlan = parser.isSet(u"from"_s);
    if (int(byAddress) + int(nextFree) + int(fromPlan) != 1)
        return context.fail(u"assign: give exactly one of --address, --next-free and --from"_s,
                            UsageError);
    const QString componentName = parser.value(u"component"_s);
    if (fromPlan && parser.isSet(u"component"_s))
        return context.fail(
            u"assign: --from takes the components from the plan; drop --component"_s, UsageError);
    if (!fromPlan && componentName.trimmed().isEmpty())
        return context.fail(u"assign: --component is required"_s, UsageError);
    int prefixLength = 0;
    if (parser.isSet(u"prefix-length"_s)) {
        if (!nextFree)
            return context.fail(u"assign: --prefix-length goes with --next-free"_s, UsageError);
        bool ok = false;
        prefixLength = parser.value(u"prefix-length"_s).trimmed().remove(u'/').toInt(&ok);
        if (!ok || prefixLength < 1 || prefixLength > 128)
            return context.fail(u"assign: --prefix-length needs a length 1-128, not \"%1\""_s.arg(
                                    parser.value(u"prefix-length"_s)),
                                UsageError);
    }

    // Read the plan before the project is touched.
    QString plan;
    const QString planPath = parser.value(u"from"_s);
    if (fromPlan) {
        QFile file(planPath);
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(u"cannot read %1: %2"_s.arg(planPath, file.errorString()));
        // Bounded as an imported table is (/dev/zero ends here too).
        const QByteArray bytes = file.read(maxSourceBytes + 1);
        if (bytes.size() > maxSourceBytes)
            return context.fail(
                u"%1: the file is larger than the limit of %2 MB for a plan"_s.arg(planPath).arg(
                    maxSourceBytes / (1024 * 1024)));
        plan = QString::fromUtf8(bytes);
    }

    const auto store = openProject(context, path, true);
    if (!store)
        return Failure;
    std::optional<Component> component;
    if (!fromPlan) {
        component = store->findComponent(componentName);
        if (!component)
            return context.fail(store->errorString());
    }
    QString error;
    ProjectStore::Transaction transaction(*store);
    const Id environment = ensureEnvironment(*store, parser.value(u"env"_s), &error);
    if (!environment)
        return context.fail(error);
    std::optional<QString> allocated;
    QStringList messages;
    bool ok = false;
    if (byAddress) {
        ok = assignAddress(*store, environment, component->id, parser.value(u"address"_s), &error);
    } else if (nextFree) {
        allocated = assignNextFree(*store, environment, component->id, &error, prefixLength);
        ok = allocated.has_value();
    } else {
        ok = loadPlan(*store, environment, plan, &messages, &error);
        if (!ok)
            error = u"%1: %2"_s.arg(planPath, error);
    }
    if (!ok)
        return context.fail(error);
    if (!transaction.commit())
        return context.fail(store->errorString());
    for (const QString &message : std::as_const(messages))
        context.err << planPath << ": " << message << Qt::endl;
    if (allocated)
        context.out << *allocated << Qt::endl;
    return Success;
}

int runAddresses(Context &context, const QCommandLineParser &parser)
{
    QString path;
    if (!takeProjectArguments(context, parser, u"addresses"_s, { u"env"_s }, &path))
        return UsageError;
    if (!checkFormat(context, parser, { u"csv"_s }))
        return UsageError;
    const auto opened = openProjectEnvironment(context, path, parser);
    if (!opened)
        return Failure;
    const auto project = readProject(context, *opened->store);
    if (!project)
        return Failure;
    context.out << addressPlanCsv(*project, opened->environment.id);
    return Success;
}

void addFileAndEnvironment(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"FILE"_s, u"The project."_s);
    parser.addOption({ u"env"_s, u"The environment (Lab, Production…)."_s, u"E"_s });
}

} // namespace

QList<Command> addressCommands()
{
    QList<Command> commands;
    commands.append(
        { u"prefix"_s,
          u"prefix FILE --env E --zone Z --cidr P [--vlan N] [--gateway G] [--name NAME]"_s,
          u"Give a zone a prefix in an environment (created if missing); setting it again "
          u"replaces its VLAN and gateway. A sub-zone's prefix may lie inside its parent's."_s,
          [](QCommandLineParser &parser) {
              addFileAndEnvironment(parser);
              parser.addOption({ u"zone"_s, u"The zone."_s, u"Z"_s });
              parser.addOption({ u"cidr"_s, u"The prefix, such as 10.0.1.0/24."_s, u"P"_s });
              parser.addOption({ u"vlan"_s, u"Its VLAN, 1-4094."_s, u"N"_s });
              parser.addOption({ u"gateway"_s, u"Its gateway, an address inside it."_s, u"G"_s });
              parser.addOption({ u"name"_s, u"Its name, such as tkg-nodes."_s, u"NAME"_s });
          },
          runPrefix });
    commands.append(
        { u"assign"_s,
          u"assign FILE --env E (--component C (--address A | --next-free [--prefix-length N]) | "
          u"--from PLAN.csv)"_s,
          u"Bind an address to a component, allocate the next free one from its zone's prefix "
          u"(printed; a network gets the whole prefix, or a free /N with --prefix-length), or "
          u"load a plan (CSV: component,address); the environment is created if missing."_s,
          [](QCommandLineParser &parser) {
              addFileAndEnvironment(parser);
              parser.addOption({ u"component"_s, u"The component."_s, u"C"_s });
              parser.addOption(
                  { u"address"_s, u"An address, CIDR, range a-b, host name or *.name."_s, u"A"_s });
              parser.addOption({ u"next-free"_s,
                                 u"Allocate the next free address of the component's zone "
                                 u"and print it."_s });
              parser.addOption({ u"prefix-length"_s,
                                 u"With --next-free, for a network: carve a free /N from its "
                                 u"zone's prefix."_s,
                                 u"N"_s });
              parser.addOption(
                  { u"from"_s, u"A CSV plan with the header component,address."_s, u"PLAN.csv"_s });
          },
          runAssign });
    commands.append({ u"addresses"_s, u"addresses FILE --env E [--format csv]"_s,
                      u"List the addresses of an environment: component,address,kind,zone (CSV)."_s,
                      [](QCommandLineParser &parser) {
                          addFileAndEnvironment(parser);
                          parser.addOption(
                              { u"format"_s, u"Output format: csv (the default)."_s, u"FORMAT"_s });
                      },
                      runAddresses });
    return commands;
}

} // namespace Portolan::Cli

#include "changesheets.h"

#include "io/savebytes.h"
#include "io/xlsxwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

const QString Arrow = u" → "_s;

// A field key (designdiff.h, ruledelta.h) as people read it.
QString fieldWord(const QString &field, const SheetWords &words)
{
    static const QHash<QString, const char *> names = {
        { u"name"_s, QT_TRANSLATE_NOOP("Portolan::HandoverText", "name") },
        { u"kind"_s, QT_TRANSLATE_NOOP("Portolan::HandoverText", "kind") },
        { u"zone"_s, QT_TRANSLATE_NOOP("Portolan::HandoverText", "zone") },
        { u"notes"_s, QT_TRANSLATE_NOOP("Portolan::HandoverText", "notes") },
        { u"parent"_s, QT_TRANSLATE_NOOP("Portolan::HandoverText", "parent zone") },
        { u"product"_s, QT_TRANSLATE_NOOP("Portolan::HandoverText", "product") },
        { u"source"_s, QT_TRANSLATE_NOOP("Portolan::HandoverText", "source") },
        { u"destination"_s, QT_TRANSLATE_NOOP("Portolan::HandoverText", "destination") },
        { u"protocol"_s, QT_TRANSLATE_NOOP("Portolan::HandoverText", "protocol") },
        { u"ports"_s, QT_TRANSLATE_NOOP("Portolan::HandoverText", "ports") },
        { u"purpose"_s, QT_TRANSLATE_NOOP("Portolan::HandoverText", "purpose") },
        { u"optional"_s, QT_TRANSLATE_NOOP("Portolan::HandoverText", "optional") },
        { u"addresses"_s, QT_TRANSLATE_NOOP("Portolan::HandoverText", "addresses") },
        { u"prefixes"_s, QT_TRANSLATE_NOOP("Portolan::HandoverText", "prefixes") },
        { u"source addresses"_s, QT_TRANSLATE_NOOP("Portolan::HandoverText", "source addresses") },
        { u"destination addresses"_s,
          QT_TRANSLATE_NOOP("Portolan::HandoverText", "destination addresses") },
    };
    const char *name = names.value(field);
    return name ? words(name) : field;
}

QString subjectWord(ChangeSubject subject, const SheetWords &words)
{
    static const char *const names[] = { QT_TRANSLATE_NOOP("Portolan::HandoverText", "product"),
                                         QT_TRANSLATE_NOOP("Portolan::HandoverText", "zone"),
                                         QT_TRANSLATE_NOOP("Portolan::HandoverText", "component"),
                                         QT_TRANSLATE_NOOP("Portolan::HandoverText", "flow"),
                                         QT_TRANSLATE_NOOP("Portolan::HandoverText", "environment"),
                                         QT_TRANSLATE_NOOP("Portolan::HandoverText", "prefix"),
                                         QT_TRANSLATE_NOOP("Portolan::HandoverText", "address") };
    return words(names[int(subject)]);
}

// The word for a kind of change, in the sheet's language.
QString kindWord(ChangeKind kind, const SheetWords &words, const char *added, const char *removed,
                 const char *changed)
{
    switch (kind) {
    case ChangeKind::Added:
        return words(added);
    case ChangeKind::Removed:
        return words(removed);
    case ChangeKind::Changed:
        break;
    }
    return words(changed);
}

QString designKindWord(ChangeKind kind, const SheetWords &words)
{
    return kindWord(kind, words, QT_TRANSLATE_NOOP("Portolan::HandoverText", "added"),
                    QT_TRANSLATE_NOOP("Portolan::HandoverText", "removed"),
                    QT_TRANSLATE_NOOP("Portolan::HandoverText", "changed"));
}

QString addressKindWord(ChangeKind kind, const SheetWords &words)
{
    return kindWord(kind, words, QT_TRANSLATE_NOOP("Portolan::HandoverText", "bound"),
                    QT_TRANSLATE_NOOP("Portolan::HandoverText", "released"),
                    QT_TRANSLATE_NOOP("Portolan::HandoverText", "changed"));
}

QString portsText(const Rule &rule, const SheetWords &words)
{
    if (!transportHasPorts(rule.protocol))
        return {};
    return rule.ports.isEmpty() ? words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "any"))
                                : rule.ports.toString();
}

QString addressesText(const RuleEndpoint &end, const SheetWords &words)
{
    return end.resolved() ? end.addresses.join(u", "_s)
                          : words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "(no address)"));
}

// The cell of a rule change: the later value, or "before → after" when a
// modify changed it.
QString cell(const RuleChange &change, const std::function<QString(const Rule &)> &text)
{
    const QString after = change.after ? text(*change.after) : QString();
    const QString before = change.before ? text(*change.before) : QString();
    if (!change.after)
        return before;
    if (!change.before || before == after)
        return after;
    return before + Arrow + after;
}

// An endpoint's name: the later one. A renamed component is a change of
// the design; only while the name stands in for missing addresses does the
// rule show it changing.
QString nameCell(const RuleChange &change, const QString &field,
                 const std::function<QString(const Rule &)> &text)
{
    if (change.fields.contains(field))
        return cell(change, text);
    return text(change.rule());
}

QString fieldText(const FieldChange &field, const SheetWords &words)
{
    QString text = fieldWord(field.field, words) + u": "_s
        + (field.before.isEmpty() ? u"—"_s : field.before) + Arrow
        + (field.after.isEmpty() ? u"—"_s : field.after);
    if (field.field == u"ports"_s) {
        const PortsChange ports = portsChange(field.before, field.after);
        if (!ports.gained.isEmpty() && ports.lost.isEmpty())
            text += u" ("_s
                + words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "widened by %1"))
                      .arg(ports.gained)
                + u')';
        else if (ports.gained.isEmpty() && !ports.lost.isEmpty())
            text += u" ("_s
                + words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "narrowed by %1"))
                      .arg(ports.lost)
                + u')';
    }
    return text;
}

QJsonArray fieldsJson(const QList<FieldChange> &fields)
{
    QJsonArray array;
    for (const FieldChange &field : fields) {
        QJsonObject object { { u"field"_s, field.field },
                             { u"before"_s, field.before },
                             { u"after"_s, field.after } };
        if (field.field == u"ports"_s) {
            const PortsChange ports = portsChange(field.before, field.after);
            object.insert(u"gained"_s, ports.gained);
            object.insert(u"lost"_s, ports.lost);
        }
        array.append(object);
    }
    return array;
}

QJsonObject ruleJson(const Rule &rule)
{
    const auto endpoint = [](const RuleEndpoint &end) {
        return QJsonObject { { u"name"_s, end.name },
                             { u"zone"_s, end.zone },
                             { u"addresses"_s, QJsonArray::fromStringList(end.addresses) } };
    };
    return { { u"id"_s, rule.id },
             { u"source"_s, endpoint(rule.source) },
             { u"destination"_s, endpoint(rule.destination) },
             { u"protocol"_s, transportName(rule.protocol) },
             { u"ports"_s, rule.ports.toString() },
             { u"purposes"_s, QJsonArray::fromStringList(rule.purposes) },
             { u"products"_s, QJsonArray::fromStringList(rule.products) } };
}

} // namespace

QString ruleChangeWord(ChangeKind kind, SheetTexts texts)
{
    return kindWord(kind, SheetWords(texts), QT_TRANSLATE_NOOP("Portolan::HandoverText", "add"),
                    QT_TRANSLATE_NOOP("Portolan::HandoverText", "remove"),
                    QT_TRANSLATE_NOOP("Portolan::HandoverText", "modify"));
}

bool isAddressPlan(const DesignChange &change)
{
    return change.subject == ChangeSubject::Address || change.subject == ChangeSubject::Prefix;
}

QList<QStringList> changeCountRows(const ChangeRequest &request, SheetTexts texts)
{
    const SheetWords words(texts);
    const RuleDeltaCounts counts = countRuleChanges(request.rules);
    qsizetype addressChanges = 0;
    for (const DesignChange &change : request.design.changes)
        addressChanges += isAddressPlan(change) ? 1 : 0;
    return {
        { words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Rules to add")),
          QString::number(counts.added) },
        { words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Rules to remove")),
          QString::number(counts.removed) },
        { words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Rules to modify")),
          QString::number(counts.modified) },
        { words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Address changes")),
          QString::number(addressChanges) },
        { words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Design changes")),
          QString::number(request.design.changes.size() - addressChanges) },
    };
}

Sheet changeSummarySheet(const ChangeRequest &request, SheetTexts texts)
{
    const SheetWords words(texts);
    Sheet sheet;
    sheet.name = words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Summary"));
    sheet.header = { words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Item")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Value")) };
    sheet.widths = { 28, 60 };
    sheet.rows = {
        { words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Project")), request.project },
        { words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "From")), request.from },
        { words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "To")), request.to },
        { words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Environment")),
          request.environments() },
        { words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Consolidation")),
          request.consolidation == Consolidation::Ports
              ? words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "ports"))
              : words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "none")) },
        { words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Date")),
          request.created.toUTC().toString(Qt::ISODate) },
        { words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Author")), request.author },
    };
    sheet.rows += changeCountRows(request, texts);
    return sheet;
}

Sheet ruleChangesSheet(const ChangeRequest &request, SheetTexts texts)
{
    const SheetWords words(texts);
    Sheet sheet;
    sheet.name = words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Rule changes"));
    sheet.header = { words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Change")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Rule")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Source")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Source addresses")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Destination")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Destination addresses")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Protocol")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Ports")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Purpose")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Product")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Change number")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Requester")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Approver")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Expiry")) };
    sheet.widths = { 9, 8, 26, 26, 26, 26, 9, 18, 40, 20, 14, 16, 16, 12 };
    for (const RuleChange &change : request.rules) {
        sheet.rows.append(
            { ruleChangeWord(change.kind, texts), change.id(),
              nameCell(change, u"source"_s, [](const Rule &r) { return r.source.name; }),
              cell(change, [&](const Rule &r) { return addressesText(r.source, words); }),
              nameCell(change, u"destination"_s, [](const Rule &r) { return r.destination.name; }),
              cell(change, [&](const Rule &r) { return addressesText(r.destination, words); }),
              cell(change, [](const Rule &r) { return transportName(r.protocol); }),
              cell(change, [&](const Rule &r) { return portsText(r, words); }),
              change.rule().purposes.join(u'\n'), change.rule().products.join(u'\n'), QString(),
              QString(), QString(), QString() });
    }
    return sheet;
}

Sheet addressChangesSheet(const ChangeRequest &request, SheetTexts texts)
{
    const SheetWords words(texts);
    Sheet sheet;
    sheet.name = words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Address changes"));
    sheet.header = { words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Environment")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "What")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Name")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Change")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Before")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "After")) };
    sheet.widths = { 16, 12, 30, 10, 34, 34 };
    for (const DesignChange &change : request.design.changes) {
        if (!isAddressPlan(change))
            continue;
        const FieldChange &field = change.fields.constFirst();
        sheet.rows.append({ change.environment, subjectWord(change.subject, words), change.name,
                            addressKindWord(change.kind, words), field.before, field.after });
    }
    return sheet;
}

Sheet designChangesSheet(const ChangeRequest &request, SheetTexts texts)
{
    const SheetWords words(texts);
    Sheet sheet;
    sheet.name = words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Design changes"));
    sheet.header = { words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Change")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "What")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Name")),
                     words(QT_TRANSLATE_NOOP("Portolan::HandoverText", "Details")) };
    sheet.widths = { 10, 12, 44, 70 };
    for (const DesignChange &change : request.design.changes) {
        if (isAddressPlan(change))
            continue;
        QStringList details;
        for (const FieldChange &field : change.fields)
            details.append(fieldText(field, words));
        sheet.rows.append({ designKindWord(change.kind, words), subjectWord(change.subject, words),
                            change.name, details.join(u'\n') });
    }
    return sheet;
}

QJsonObject changeRequestJson(const ChangeRequest &request)
{
    QJsonArray rules;
    for (const RuleChange &change : request.rules) {
        QJsonObject object { { u"change"_s, ruleChangeWord(change.kind, SheetTexts::English) },
                             { u"id"_s, change.id() } };
        if (change.before)
            object.insert(u"before"_s, ruleJson(*change.before));
        if (change.after)
            object.insert(u"after"_s, ruleJson(*change.after));
        if (!change.fields.isEmpty())
            object.insert(u"fields"_s, QJsonArray::fromStringList(change.fields));
        rules.append(object);
    }
    QJsonArray design;
    for (const DesignChange &change : request.design.changes) {
        QJsonObject object { { u"change"_s, changeKindKey(change.kind) },
                             { u"subject"_s, changeSubjectKey(change.subject) },
                             { u"id"_s, change.id },
                             { u"name"_s, change.name } };
        if (!change.environment.isEmpty())
            object.insert(u"environment"_s, change.environment);
        if (!change.fields.isEmpty())
            object.insert(u"fields"_s, fieldsJson(change.fields));
        design.append(object);
    }
    const RuleDeltaCounts counts = countRuleChanges(request.rules);
    return { { u"project"_s, request.project },
             { u"from"_s,
               QJsonObject { { u"revision"_s, request.from },
                             { u"environment"_s, request.fromEnvironment } } },
             { u"to"_s,
               QJsonObject { { u"revision"_s, request.to },
                             { u"environment"_s, request.toEnvironment } } },
             { u"consolidation"_s,
               request.consolidation == Consolidation::Ports ? u"ports"_s : u"none"_s },
             { u"created"_s, request.created.toUTC().toString(Qt::ISODate) },
             { u"author"_s, request.author },
             { u"equal"_s, request.isEmpty() },
             { u"counts"_s,
               QJsonObject { { u"add"_s, counts.added },
                             { u"remove"_s, counts.removed },
                             { u"modify"_s, counts.modified },
                             { u"design"_s, request.design.changes.size() } } },
             { u"rules"_s, rules },
             { u"changes"_s, design } };
}

bool isChangeRequestTable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"xlsx"_s || suffix == u"csv"_s || suffix == u"json"_s;
}

bool writeChangeRequest(const ChangeRequest &request, const QString &path, bool bom, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx"_s)
        return writeXlsx({ changeSummarySheet(request, SheetTexts::Translated),
                           ruleChangesSheet(request, SheetTexts::Translated),
                           addressChangesSheet(request, SheetTexts::Translated),
                           designChangesSheet(request, SheetTexts::Translated) },
                         path, error);
    if (suffix == u"json"_s)
        return saveBytes(QJsonDocument(changeRequestJson(request)).toJson(), path, error);
    if (suffix == u"csv"_s)
        return saveBytes(sheetCsv(ruleChangesSheet(request, SheetTexts::English), bom), path,
                         error);
    *error = u"cannot write %1: a change request is written as .xlsx, .csv, .json or .pdf"_s.arg(
        QDir::toNativeSeparators(path));
    return false;
}

} // namespace Portolan

#include "changesheets.h"

#include "io/xlsxwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

#define WORD(text) QT_TRANSLATE_NOOP("Portolan::HandoverText", text)

const QString Arrow = u" → "_s;

// A field key (designdiff.h, ruledelta.h) as people read it.
QString fieldWord(const QString &field, const SheetWords &words)
{
    static const QHash<QString, const char *> names = {
        { u"name"_s, WORD("name") },
        { u"kind"_s, WORD("kind") },
        { u"zone"_s, WORD("zone") },
        { u"notes"_s, WORD("notes") },
        { u"parent"_s, WORD("parent zone") },
        { u"product"_s, WORD("product") },
        { u"source"_s, WORD("source") },
        { u"destination"_s, WORD("destination") },
        { u"protocol"_s, WORD("protocol") },
        { u"ports"_s, WORD("ports") },
        { u"purpose"_s, WORD("purpose") },
        { u"optional"_s, WORD("optional") },
        { u"addresses"_s, WORD("addresses") },
        { u"prefixes"_s, WORD("prefixes") },
        { u"source addresses"_s, WORD("source addresses") },
        { u"destination addresses"_s, WORD("destination addresses") },
    };
    const char *name = names.value(field);
    return name ? words(name) : field;
}

QString subjectWord(ChangeSubject subject, const SheetWords &words)
{
    static const char *const names[]
        = { WORD("product"),     WORD("zone"),   WORD("component"), WORD("flow"),
            WORD("environment"), WORD("prefix"), WORD("address") };
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
    return kindWord(kind, words, WORD("added"), WORD("removed"), WORD("changed"));
}

QString addressKindWord(ChangeKind kind, const SheetWords &words)
{
    return kindWord(kind, words, WORD("bound"), WORD("released"), WORD("changed"));
}

QString portsText(const Rule &rule, const SheetWords &words)
{
    if (!transportHasPorts(rule.protocol))
        return {};
    return rule.ports.isEmpty() ? words(WORD("any")) : rule.ports.toString();
}

QString addressesText(const RuleEndpoint &end, const SheetWords &words)
{
    return end.resolved() ? end.addresses.join(u", "_s) : words(WORD("(no address)"));
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
            text += u" ("_s + words(WORD("widened by %1")).arg(ports.gained) + u')';
        else if (ports.gained.isEmpty() && !ports.lost.isEmpty())
            text += u" ("_s + words(WORD("narrowed by %1")).arg(ports.lost) + u')';
    }
    return text;
}

bool isAddressPlan(const DesignChange &change)
{
    return change.subject == ChangeSubject::Address || change.subject == ChangeSubject::Prefix;
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

bool writeBytes(const QByteArray &data, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString ruleChangeWord(ChangeKind kind, SheetTexts texts)
{
    return kindWord(kind, SheetWords(texts), WORD("add"), WORD("remove"), WORD("modify"));
}

Sheet changeSummarySheet(const ChangeRequest &request, SheetTexts texts)
{
    const SheetWords words(texts);
    const RuleDeltaCounts counts = countRuleChanges(request.rules);
    qsizetype addressChanges = 0;
    for (const DesignChange &change : request.design.changes)
        addressChanges += isAddressPlan(change) ? 1 : 0;
    Sheet sheet;
    sheet.name = words(WORD("Summary"));
    sheet.header = { words(WORD("Item")), words(WORD("Value")) };
    sheet.widths = { 28, 60 };
    sheet.rows = {
        { words(WORD("Project")), request.project },
        { words(WORD("From")), request.from },
        { words(WORD("To")), request.to },
        { words(WORD("Environment")), request.environments() },
        { words(WORD("Consolidation")),
          request.consolidation == Consolidation::Ports ? words(WORD("ports"))
                                                        : words(WORD("none")) },
        { words(WORD("Date")), request.created.toUTC().toString(Qt::ISODate) },
        { words(WORD("Author")), request.author },
        { words(WORD("Rules to add")), QString::number(counts.added) },
        { words(WORD("Rules to remove")), QString::number(counts.removed) },
        { words(WORD("Rules to modify")), QString::number(counts.modified) },
        { words(WORD("Address changes")), QString::number(addressChanges) },
        { words(WORD("Design changes")),
          QString::number(request.design.changes.size() - addressChanges) },
    };
    return sheet;
}

Sheet ruleChangesSheet(const ChangeRequest &request, SheetTexts texts)
{
    const SheetWords words(texts);
    Sheet sheet;
    sheet.name = words(WORD("Rule changes"));
    sheet.header = { words(WORD("Change")),        words(WORD("Rule")),
                     words(WORD("Source")),        words(WORD("Source addresses")),
                     words(WORD("Destination")),   words(WORD("Destination addresses")),
                     words(WORD("Protocol")),      words(WORD("Ports")),
                     words(WORD("Purpose")),       words(WORD("Product")),
                     words(WORD("Change number")), words(WORD("Requester")),
                     words(WORD("Approver")),      words(WORD("Expiry")) };
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
    sheet.name = words(WORD("Address changes"));
    sheet.header = { words(WORD("Environment")), words(WORD("What")),   words(WORD("Name")),
                     words(WORD("Change")),      words(WORD("Before")), words(WORD("After")) };
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
    sheet.name = words(WORD("Design changes"));
    sheet.header = { words(WORD("Change")), words(WORD("What")), words(WORD("Name")),
                     words(WORD("Details")) };
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
        return writeBytes(QJsonDocument(changeRequestJson(request)).toJson(), path, error);
    if (suffix == u"csv"_s)
        return writeBytes(sheetCsv(ruleChangesSheet(request, SheetTexts::English), bom), path,
                          error);
    *error = u"cannot write %1: a change request is written as .xlsx, .csv, .json or .pdf"_s.arg(
        QDir::toNativeSeparators(path));
    return false;
}

} // namespace Portolan

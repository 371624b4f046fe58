#pragma once
// A change request as spreadsheet sheets, JSON and files:
// - Summary: what is compared, when, by whom, and the counts;
// - Rule changes: Change (add, remove, modify), the rule's id, source and
//   destination with their addresses, protocol, ports, purpose, product, and
//   empty columns for the change number, requester, approver and expiry. A
//   cell that a modify changes reads "before → after";
// - Address changes: per environment and component (or zone, for prefixes),
//   bound, changed or released, before and after;
// - Design changes: every change of the design, by record.
// A CSV holds the rule changes (English, for scripts); a workbook (.xlsx)
// holds all four sheets, translated; JSON is for pipelines.

#include "changerequest.h"
#include "handover/sheetwords.h"
#include "io/sheet.h"

#include <QJsonObject>

namespace Portolan {

// Whether a design change belongs to the address plan (an address or a zone
// prefix): the Address changes sheet lists those, Design changes the rest.
bool isAddressPlan(const DesignChange &change);

// The columns of ruleChangesSheet(), by what they hold.
struct RuleChangeColumn
{
    enum : int {
        Kind,
        Rule,
        Source,
        SourceAddresses,
        Destination,
        DestinationAddresses,
        Protocol,
        Ports,
        Purpose,
        Product,
    };
};

// The counts of the summary: rules to add, remove and modify, address
// changes and design changes, as label and value.
QList<QStringList> changeCountRows(const ChangeRequest &request, SheetTexts texts);
Sheet changeSummarySheet(const ChangeRequest &request, SheetTexts texts);
Sheet ruleChangesSheet(const ChangeRequest &request, SheetTexts texts);
Sheet addressChangesSheet(const ChangeRequest &request, SheetTexts texts);
Sheet designChangesSheet(const ChangeRequest &request, SheetTexts texts);

// "add", "remove", "modify" (translated for people when asked).
QString ruleChangeWord(ChangeKind kind, SheetTexts texts);

QJsonObject changeRequestJson(const ChangeRequest &request);

// Whether the change request can be written as `path` (.xlsx, .csv, .json;
// .pdf is written by the views, which draw).
bool isChangeRequestTable(const QString &path);
// Writes .xlsx, .csv (with a byte-order mark when `bom`) or .json; an
// existing file is replaced only once the new one is whole.
bool writeChangeRequest(const ChangeRequest &request, const QString &path, bool bom,
                        QString *error);

} // namespace Portolan

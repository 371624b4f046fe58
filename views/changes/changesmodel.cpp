#include "changesmodel.h"

#include "diff/changesheets.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

constexpr int TargetRole = Qt::UserRole + 2; // a row's index in m_targets

using Column = RuleChangeColumn;

} // namespace

ChangesModel::ChangesModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({ tr("Change"), tr("Before → after") });
}

QStandardItem *ChangesModel::addGroup(const QString &key, const QString &title, int count)
{
    auto *heading = new QStandardItem(tr("%1 (%L2)").arg(title).arg(count));
    heading->setData(key, GroupRole);
    heading->setEditable(false);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    auto *rest = new QStandardItem;
    rest->setEditable(false);
    appendRow({ heading, rest });
    return heading;
}

void ChangesModel::addRow(QStandardItem *group, const QString &what, const QString &how,
                          const ChangeTarget &target)
{
    auto *first = new QStandardItem(what);
    auto *second = new QStandardItem(how);
    for (QStandardItem *item : { first, second }) {
        item->setEditable(false);
        item->setData(int(m_targets.size()), TargetRole);
        item->setToolTip(how.isEmpty() ? what : what + u'\n' + how);
    }
    group->appendRow({ first, second });
    m_targets.append(target);
}

void ChangesModel::addRules(const ChangeRequest &request)
{
    const Sheet sheet = ruleChangesSheet(request, SheetTexts::Translated);
    const std::pair<ChangeKind, QString> kinds[] = {
        { ChangeKind::Added, u"rules-add"_s },
        { ChangeKind::Removed, u"rules-remove"_s },
        { ChangeKind::Changed, u"rules-modify"_s },
    };
    const QHash<QString, std::pair<int, QString>> fields = {
        { u"source"_s, { Column::Source, tr("source") } },
        { u"source addresses"_s, { Column::SourceAddresses, tr("source addresses") } },
        { u"destination"_s, { Column::Destination, tr("destination") } },
        { u"destination addresses"_s,
          { Column::DestinationAddresses, tr("destination addresses") } },
        { u"protocol"_s, { Column::Protocol, tr("protocol") } },
        { u"ports"_s, { Column::Ports, tr("ports") } },
    };
    for (const auto &[kind, key] : kinds) {
        int count = 0;
        for (const RuleChange &change : request.rules)
            count += change.kind == kind ? 1 : 0;
        if (count == 0)
            continue;
        QStandardItem *group = addGroup(key,
                                        kind == ChangeKind::Added         ? tr("Rules to add")
                                            : kind == ChangeKind::Removed ? tr("Rules to remove")
                                                                          : tr("Rules to modify"),
                                        count);
        for (qsizetype i = 0; i < request.rules.size(); ++i) {
            const RuleChange &change = request.rules.at(i);
            if (change.kind != kind)
                continue;
            const QStringList &row = sheet.rows.at(i);
            const QString what
                = tr("%1: %2 to %3")
                      .arg(change.id(), change.rule().source.name, change.rule().destination.name);
            QStringList how;
            if (kind == ChangeKind::Changed) {
                for (const QString &field : change.fields) {
                    const auto column = fields.value(field, { -1, field });
                    if (column.first >= 0 && column.first < row.size())
                        how.append(tr("%1: %2").arg(column.second, row.at(column.first)));
                }
            } else {
                how.append(
                    (row.value(Column::Protocol) + u' ' + row.value(Column::Ports)).trimmed());
                // Addresses only where an environment resolves them.
                if (change.rule().source.resolved() || change.rule().destination.resolved())
                    how.append(tr("%1 to %2", "source addresses to destination addresses")
                                   .arg(row.value(Column::SourceAddresses),
                                        row.value(Column::DestinationAddresses)));
            }
            ChangeTarget target;
            target.kind = kind;
            target.rule = true;
            target.flowIds = change.rule().flowIds;
            target.name = what;
            addRow(group, what, how.join(u"; "_s).trimmed(), target);
        }
    }
}

void ChangesModel::setRequest(const ChangeRequest &request)
{
    removeRows(0, rowCount());
    m_targets.clear();
    addRules(request);

    // The design changes, in the words of the change request's sheets:
    // their rows follow the request's changes in order.
    const Sheet design = designChangesSheet(request, SheetTexts::Translated);
    const Sheet addresses = addressChangesSheet(request, SheetTexts::Translated);
    struct Group
    {
        ChangeSubject subject;
        QString title;
    };
    const Group groups[] = {
        { ChangeSubject::Component, tr("Components") },
        { ChangeSubject::Flow, tr("Flows") },
        { ChangeSubject::Zone, tr("Zones") },
        { ChangeSubject::Product, tr("Products") },
        { ChangeSubject::Address, tr("Addresses") },
        { ChangeSubject::Prefix, tr("Zone prefixes") },
        { ChangeSubject::Environment, tr("Environments") },
    };
    for (const Group &each : groups) {
        const qsizetype count = request.design.count(each.subject);
        if (count == 0)
            continue;
        QStandardItem *group = addGroup(changeSubjectKey(each.subject), each.title, int(count));
        qsizetype designRow = 0, addressRow = 0;
        for (const DesignChange &change : request.design.changes) {
            const bool address = isAddressPlan(change);
            const QStringList &row
                = address ? addresses.rows.at(addressRow++) : design.rows.at(designRow++);
            if (change.subject != each.subject)
                continue;
            QString what = change.name;
            QString how;
            if (address) {
                // Environment, what, name, change, before, after.
                what = tr("%1 (%2)").arg(change.name, change.environment);
                how = tr("%1: %2 → %3")
                          .arg(row.value(3), row.value(4).isEmpty() ? u"—"_s : row.value(4),
                               row.value(5).isEmpty() ? u"—"_s : row.value(5));
            } else {
                // Change, what, name, details.
                how = row.value(3).isEmpty() ? row.value(0)
                                             : QString(row.value(3)).replace(u'\n', u"; "_s);
            }
            ChangeTarget target;
            target.subject = change.subject;
            target.kind = change.kind;
            target.id = change.id;
            target.name = change.name;
            addRow(group, what, how, target);
        }
    }
}

std::optional<ChangeTarget> ChangesModel::target(const QModelIndex &index) const
{
    const QVariant row = index.data(TargetRole);
    if (!row.isValid() || row.toInt() < 0 || row.toInt() >= m_targets.size())
        return std::nullopt;
    return m_targets.at(row.toInt());
}

QStandardItem *ChangesModel::group(const QString &key) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row)->data(GroupRole).toString() == key)
            return item(row);
    }
    return nullptr;
}

} // namespace Portolan

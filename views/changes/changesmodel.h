#pragma once
// A change request as a tree for the Changes dock: a heading per group —
// the rules to add, to remove and to modify, then the components, flows,
// zones, products, addresses, zone prefixes and environments that changed —
// each saying how many rows it holds, and under it one row per difference:
// what changed, and how (before → after).

#include "diff/changerequest.h"

#include <QStandardItemModel>

#include <optional>

namespace Portolan {

// What a row stands for: the record to select when it is clicked.
struct ChangeTarget
{
    ChangeSubject subject = ChangeSubject::Flow;
    ChangeKind kind = ChangeKind::Changed;
    // The record (a component's for an address, a zone's for a prefix);
    // 0 for a rule.
    Id id = 0;
    QList<Id> flowIds; // a rule's flows (the later side's, else the earlier's)
    bool rule = false;
    QString name; // as the row names it
};

class ChangesModel : public QStandardItemModel
{
    Q_OBJECT
public:
    // The group a heading stands for (GroupRole): "rules-add", "rules-remove",
    // "rules-modify", or a subject's key ("component", "flow", …).
    static constexpr int GroupRole = Qt::UserRole + 1;

    explicit ChangesModel(QObject *parent = nullptr);

    void setRequest(const ChangeRequest &request);
    // The row's record; nullopt for a heading.
    std::optional<ChangeTarget> target(const QModelIndex &index) const;
    // The heading of a group (GroupRole), null when it has no row.
    QStandardItem *group(const QString &key) const;
    // Every difference listed (the rows under the headings).
    int differences() const { return int(m_targets.size()); }

private:
    QStandardItem *addGroup(const QString &key, const QString &title, int count);
    void addRow(QStandardItem *group, const QString &what, const QString &how,
                const ChangeTarget &target);
    void addRules(const ChangeRequest &request);

    QList<ChangeTarget> m_targets;
};

} // namespace Portolan

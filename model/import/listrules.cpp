// The rules for lists inside cells: items, continuations, pairing and
// multiplying, and the warnings for guesses.

#include "import/listrules.h"

#include "import/cells.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Portolan::ImportDetail {

namespace {

// "(primary)", "(if NSX is used)": an opening parenthesis whose match is the
// last character.
bool isRemark(QStringView line)
{
    if (line.size() < 2 || line.front() != u'(' || line.back() != u')')
        return false;
    int depth = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'(')
            ++depth;
        else if (line[i] == u')' && --depth == 0)
            return i == line.size() - 1;
    }
    return false;
}

QString items(qsizetype count, const QString &what)
{
    return u"%1 %2 item%3"_s.arg(count).arg(what, count == 1 ? QString() : u"s"_s);
}

// "a, b and c"
QString listed(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return QStringList(parts.mid(0, parts.size() - 1)).join(u", "_s) + u" and "_s + parts.last();
}

} // namespace

QList<CellItem> cellItems(QStringView raw)
{
    static const QRegularExpression optionalMark(uR"(\s*\(\s*optional\s*\)$)"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    QList<CellItem> result;
    for (const QString &line : splitLineList(raw)) {
        if (isRemark(line) && !result.isEmpty())
            result.last().text += u' ' + line;
        else
            result.append(CellItem { line });
    }
    for (CellItem &item : result) {
        const QRegularExpressionMatch m = optionalMark.match(item.text);
        if (m.hasMatch()) {
            item.optional = true;
            item.text.truncate(m.capturedStart());
        }
    }
    return result;
}

ListPlan planLists(const ListCounts &counts)
{
    ListPlan plan;
    const qsizetype s = qMax<qsizetype>(counts.sources, 1);
    const qsizetype d = qMax<qsizetype>(counts.destinations, 1);
    const qsizetype v = qMax<qsizetype>(counts.services, 1);
    const qsizetype p = qMax<qsizetype>(counts.purposes, 1);
    // Without a list of services or purposes there is nothing to pair: every
    // source goes to every destination.
    if (v == 1 && p == 1)
        return plan;

    qsizetype n = 0;
    bool confirmed = false;
    if (p > 1 && (s == p || d == p || v == p)) {
        n = p;
        confirmed = true;
    } else if (v > 1 && (s == v || d == v)) {
        n = v;
    }

    if (n == 0) {
        // Nothing pairs. Services alone (several ports to one destination)
        // or purposes alone are no guess; lists of names against them are.
        QStringList lists;
        if (s > 1)
            lists.append(items(s, u"source"_s));
        if (d > 1)
            lists.append(items(d, u"destination"_s));
        if (v > 1)
            lists.append(items(v, u"service"_s));
        if (p > 1)
            lists.append(items(p, u"purpose"_s));
        if (lists.size() > 1) {
            QString how = u"every source goes to every destination"_s;
            if (v > 1)
                how += u" with the ports of every service"_s;
            if (p > 1)
                how += u", the purposes joined"_s;
            plan.warnings.append(listed(lists) + u" do not pair; "_s + how);
        }
        return plan;
    }

    plan.groups = n;
    plan.pairSources = s == n;
    plan.pairDestinations = d == n;
    plan.pairServices = v == n;
    plan.pairPurposes = p == n;
    if (!confirmed) {
        QStringList paired;
        if (plan.pairSources)
            paired.append(items(s, u"source"_s));
        if (plan.pairDestinations)
            paired.append(items(d, u"destination"_s));
        paired.append(items(v, u"service"_s));
        plan.warnings.append(
            u"paired by position: %1, with no purpose for each to confirm it"_s.arg(
                listed(paired)));
    }
    const QString against = u"the %1 paired items"_s.arg(n);
    if (s > 1 && !plan.pairSources)
        plan.warnings.append(u"%1 do not match %2; each source goes with every pair"_s.arg(
            items(s, u"source"_s), against));
    if (d > 1 && !plan.pairDestinations)
        plan.warnings.append(u"%1 do not match %2; each destination goes with every pair"_s.arg(
            items(d, u"destination"_s), against));
    if (v > 1 && !plan.pairServices)
        plan.warnings.append(u"%1 do not match %2; their ports are merged for every pair"_s.arg(
            items(v, u"service"_s), against));
    if (p > 1 && !plan.pairPurposes)
        plan.warnings.append(
            u"%1 do not match %2; joined for every pair"_s.arg(items(p, u"purpose"_s), against));
    return plan;
}

} // namespace Portolan::ImportDetail

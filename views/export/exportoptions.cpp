#include "exportoptions.h"

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

struct Paper
{
    QString name;
    QPageSize::PageSizeId id;
};

const QList<Paper> &papers()
{
    static const QList<Paper> list { { u"A4"_s, QPageSize::A4 },
                                     { u"A3"_s, QPageSize::A3 },
                                     { u"Letter"_s, QPageSize::Letter } };
    return list;
}

} // namespace

std::optional<QPageSize::PageSizeId> paperFromName(QStringView name)
{
    for (const Paper &paper : papers()) {
        if (name.trimmed().compare(paper.name, Qt::CaseInsensitive) == 0)
            return paper.id;
    }
    return std::nullopt;
}

QString paperName(QPageSize::PageSizeId paper)
{
    for (const Paper &known : papers()) {
        if (known.id == paper)
            return known.name;
    }
    return QPageSize::name(paper);
}

QStringList paperNames()
{
    QStringList names;
    for (const Paper &paper : papers())
        names.append(paper.name);
    return names;
}

} // namespace Portolan

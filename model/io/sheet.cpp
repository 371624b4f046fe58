#include "sheet.h"

#include "csv.h"

using namespace Qt::StringLiterals;

namespace Portolan {

QString neutralisedCell(const QString &text)
{
    if (text.isEmpty() || text == u"-"_s)
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + text;
    default:
        return text;
    }
}

QString safeCsvLine(const QStringList &fields)
{
    QStringList safe;
    safe.reserve(fields.size());
    for (const QString &field : fields)
        safe.append(neutralisedCell(field));
    return csvLine(safe);
}

QByteArray sheetCsv(const Sheet &sheet, bool bom)
{
    QString text;
    const auto append = [&text](const QStringList &cells) { text += safeCsvLine(cells); };
    append(sheet.header);
    for (const QStringList &row : sheet.rows)
        append(row);
    QByteArray out = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return out + text.toUtf8();
}

} // namespace Portolan

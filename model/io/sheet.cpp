#include "sheet.h"

#include "csv.h"

using namespace Qt::StringLiterals;

namespace Portolan {

QString neutralisedCell(const QString &text)
{
    if (text.size() < 2)
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

QByteArray sheetCsv(const Sheet &sheet, bool bom)
{
    QString text;
    const auto append = [&text](const QStringList &cells) {
        QStringList safe;
        safe.reserve(cells.size());
        for (const QString &cell : cells)
            safe.append(neutralisedCell(cell));
        text += csvLine(safe);
    };
    append(sheet.header);
    for (const QStringList &row : sheet.rows)
        append(row);
    QByteArray out = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return out + text.toUtf8();
}

} // namespace Portolan

#include "xlsxwriter.h"

#include "stagingfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

const QString StagingSuffix = u"xlsx-part"_s;

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
};

// The default row of Excel and LibreOffice (Calibri 11) is 15 points high.
constexpr double LineHeight = 15;

// How many lines `text` takes in a wrapped cell `width` characters wide: its
// own lines, each wrapped at about a character per unit of width.
int wrappedLines(const QString &text, double width)
{
    const int perLine = qMax(1, int(width) - 1);
    int lines = 0;
    for (const QStringView line : QStringView(text).split(u'\n'))
        lines += qMax<qsizetype>(1, (line.size() + perLine - 1) / perLine);
    return lines;
}

// Spreadsheets do not grow a row for wrapped text when they open a file
// (LibreOffice never does, Excel not always): rows of several lines get
// their height written.
bool fitRow(lxw_worksheet *worksheet, lxw_row_t row, const QStringList &cells,
            const QList<double> &widths)
{
    int lines = 1;
    for (qsizetype column = 0; column < cells.size() && column < widths.size(); ++column)
        lines = qMax(lines, wrappedLines(cells.at(column), widths.at(column)));
    return lines == 1
        || worksheet_set_row(worksheet, row, LineHeight * lines, nullptr) == LXW_NO_ERROR;
}

bool writeSheet(lxw_workbook *workbook, const Sheet &sheet, const QString &name,
                const Formats &formats)
{
    lxw_worksheet *worksheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
    if (!worksheet)
        return false;
    const auto columns = lxw_col_t(sheet.header.size());
    QList<double> widths;
    for (lxw_col_t column = 0; column < columns; ++column) {
        widths.append(column < sheet.widths.size() ? sheet.widths.at(column) : 16);
        worksheet_set_column(worksheet, column, column, widths.last(), formats.text);
    }
    if (!fitRow(worksheet, 0, sheet.header, widths))
        return false;
    for (lxw_col_t column = 0; column < columns; ++column)
        worksheet_write_string(worksheet, 0, column,
                               neutralisedCell(sheet.header.at(column)).toUtf8().constData(),
                               formats.header);
    lxw_row_t row = 1;
    for (const QStringList &cells : sheet.rows) {
        if (!fitRow(worksheet, row, cells, widths))
            return false;
        for (lxw_col_t column = 0; column < lxw_col_t(cells.size()); ++column) {
            if (cells.at(column).isEmpty())
                continue;
            if (worksheet_write_string(worksheet, row, column,
                                       neutralisedCell(cells.at(column)).toUtf8().constData(),
                                       formats.text)
                != LXW_NO_ERROR)
                return false;
        }
        ++row;
    }
    worksheet_freeze_panes(worksheet, 1, 0);
    if (columns > 0)
        worksheet_autofilter(worksheet, 0, 0, lxw_row_t(sheet.rows.size()), columns - 1);
    return true;
}

} // namespace

QString xlsxWriterVersion()
{
    return QString::fromUtf8(lxw_version());
}

QString xlsxSheetName(const QString &wanted, const QStringList &taken)
{
    QString base = wanted.trimmed();
    for (QChar &c : base) {
        if (QStringView(u"[]:*?/\\").contains(c))
            c = u'-';
    }
    // Excel refuses a name that starts or ends with an apostrophe.
    while (base.startsWith(u'\''))
        base.remove(0, 1);
    while (base.endsWith(u'\''))
        base.chop(1);
    if (base.isEmpty())
        base = u"Sheet"_s;
    const auto used = [&taken](const QString &name) {
        return std::any_of(taken.cbegin(), taken.cend(), [&name](const QString &other) {
            return other.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    QString name = base.left(31);
    for (int n = 2; used(name); ++n) {
        const QString suffix = u" (%1)"_s.arg(n);
        name = base.left(31 - int(suffix.size())) + suffix;
    }
    return name;
}

bool writeXlsx(const QList<Sheet> &sheets, const QString &path, QString *error)
{
    // What a killed earlier write to the same file left is removed first.
    removeAbandonedStaging(path, StagingSuffix);
    const QString temporary = stagingPath(path, StagingSuffix);
    const QByteArray temporaryName = QFile::encodeName(temporary);
    lxw_workbook *workbook = workbook_new(temporaryName.constData());
    if (!workbook) {
        *error = u"cannot create %1"_s.arg(QDir::toNativeSeparators(path));
        return false;
    }
    Formats formats;
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    format_set_bg_color(formats.header, 0xE5E7EB);
    format_set_text_wrap(formats.header);
    format_set_align(formats.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(formats.header, LXW_BORDER_THIN);
    formats.text = workbook_add_format(workbook);
    format_set_text_wrap(formats.text);
    format_set_align(formats.text, LXW_ALIGN_VERTICAL_TOP);

    QStringList names;
    bool written = true;
    for (const Sheet &sheet : sheets) {
        names.append(xlsxSheetName(sheet.name, names));
        written = written && writeSheet(workbook, sheet, names.last(), formats);
    }
    const lxw_error closed = workbook_close(workbook);
    if (!written || closed != LXW_NO_ERROR) {
        QFile::remove(temporary);
        *error = u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path),
                                              QString::fromUtf8(lxw_strerror(closed)));
        return false;
    }
    if (std::rename(temporaryName.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        *error = u"cannot write %1"_s.arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace Portolan

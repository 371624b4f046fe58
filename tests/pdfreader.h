#pragma once
// Reads a PDF back with poppler's command-line tools (poppler-utils, in the
// set-up): the page count, a page's size in points, and the text — what a
// reader of the handover pack would search and copy.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace PdfReader {

// The tool's standard output, or "(tool failed: …)" so that a comparison
// shows what went wrong.
inline QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("(%1 failed: %2)")
            .arg(program, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline int pageCount(const QString &pdf)
{
    const auto match = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                          QRegularExpression::MultilineOption)
                           .match(run(QStringLiteral("pdfinfo"), { pdf }));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// "595 x 842" for an A4 portrait page.
inline QString pageSize(const QString &pdf, int page)
{
    const QString number = QString::number(page);
    const QString info = run(QStringLiteral("pdfinfo"),
                             { QStringLiteral("-f"), number, QStringLiteral("-l"), number, pdf });
    const auto match = QRegularExpression(
                           QStringLiteral("Page\\s+%1 size:\\s+([\\d.]+ x [\\d.]+) pts").arg(page))
                           .match(info);
    return match.hasMatch() ? match.captured(1) : info;
}

// The text of one page (0: every page).
inline QString text(const QString &pdf, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    return run(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-"));
}

// The height of the smallest word matching `word` on a page (pdftotext's
// boxes, about 1.1 × the font's size), -1 when there is none.
inline qreal smallestWord(const QString &pdf, int page, const QRegularExpression &word)
{
    const QString number = QString::number(page);
    const QString boxes = run(QStringLiteral("pdftotext"),
                              { QStringLiteral("-bbox"), QStringLiteral("-f"), number,
                                QStringLiteral("-l"), number, pdf, QStringLiteral("-") });
    static const QRegularExpression wordBox(
        QStringLiteral("<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    qreal smallest = -1;
    for (const auto &m : wordBox.globalMatch(boxes)) {
        if (!word.match(m.captured(3)).hasMatch())
            continue;
        const qreal height = m.captured(2).toDouble() - m.captured(1).toDouble();
        smallest = smallest < 0 ? height : qMin(smallest, height);
    }
    return smallest;
}

} // namespace PdfReader

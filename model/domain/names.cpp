#include "names.h"

#include <QSet>

namespace Portolan {

namespace {

// Invisible characters that HTML-sourced vendor tables carry inside names
// (zero-width space as a line-break hint in long FQDNs, a stray byte-order
// mark); they would make two names that look equal compare different.
// Control characters (ESC and the like) would reach a terminal that prints
// the name; tabs and line breaks are white space and stay for simplified().
bool isInvisible(QChar c)
{
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return false;
    return c == QChar(0x200B) || c == QChar(0xFEFF) || c.category() == QChar::Other_Control;
}

} // namespace

QString cleanName(QStringView name)
{
    QString visible;
    visible.reserve(name.size());
    for (QChar c : name) {
        if (!isInvisible(c))
            visible.append(c);
    }
    // simplified() treats tabs, line breaks and non-breaking spaces as white space.
    QString cleaned = visible.simplified();
    // "Server." and "Server. ." are the same server; a trailing dot is also the
    // DNS root ("vcenter.example.com."), which does not change the name.
    qsizetype end = cleaned.size();
    while (end > 0 && (cleaned.at(end - 1) == u'.' || cleaned.at(end - 1) == u' '))
        --end;
    cleaned.truncate(end);
    return cleaned;
}

QString nameKey(QStringView name)
{
    // NFKC folds look-alike encodings ("e" + combining acute vs "é", full-width
    // letters) so that names a user cannot tell apart get one key.
    const QString composed = name.toString().normalized(QString::NormalizationForm_KC);
    return cleanName(composed).toCaseFolded().normalized(QString::NormalizationForm_KC);
}

bool sameName(QStringView a, QStringView b)
{
    return nameKey(a) == nameKey(b);
}

QString uniqueName(const QStringList &taken, const std::function<QString(int)> &candidate)
{
    QSet<QString> keys;
    for (const QString &name : taken)
        keys.insert(nameKey(name));
    for (int n = 1;; ++n) {
        const QString name = candidate(n);
        if (!keys.contains(nameKey(name)))
            return name;
    }
}

QString messageText(QStringView text, qsizetype limit)
{
    QString line;
    line.reserve(qMin(text.size(), limit));
    for (const QChar c : text.left(limit + 1)) {
        const bool control = c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator;
        line.append(control ? u' ' : c);
    }
    if (line.size() > limit) {
        line.truncate(limit - 1);
        line.append(u'…');
    }
    return line;
}

} // namespace Portolan

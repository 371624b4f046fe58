// Cleaning the cells of vendor tables: line lists, inline markup, HTML
// entities, footnote marks.

#include "import/cells.h"

#include "domain/names.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Portolan::ImportDetail {

namespace {

constexpr auto caseless = QRegularExpression::CaseInsensitiveOption;

// Empty for NUL, surrogates and what is beyond Unicode.
QString fromCodePoint(uint code)
{
    if (code == 0 || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
        return QString();
    const char32_t c = code;
    return QString::fromUcs4(&c, 1);
}

QString replaceEntities(const QString &text)
{
    static const QRegularExpression entity(
        uR"(&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});)"_s);
    static const QHash<QString, QString> named {
        { u"amp"_s, u"&"_s },         { u"lt"_s, u"<"_s },          { u"gt"_s, u">"_s },
        { u"quot"_s, u"\""_s },       { u"apos"_s, u"'"_s },        { u"nbsp"_s, u" "_s },
        { u"ndash"_s, u"\u2013"_s },  { u"mdash"_s, u"\u2014"_s },  { u"hellip"_s, u"\u2026"_s },
        { u"dagger"_s, u"\u2020"_s }, { u"Dagger"_s, u"\u2021"_s }, { u"sect"_s, u"\u00a7"_s },
        { u"rarr"_s, u"\u2192"_s },   { u"larr"_s, u"\u2190"_s },   { u"harr"_s, u"\u2194"_s },
        { u"ast"_s, u"*"_s },         { u"lowbar"_s, u"_"_s },      { u"vert"_s, u"|"_s },
        { u"sup1"_s, u"\u00b9"_s },   { u"sup2"_s, u"\u00b2"_s },   { u"sup3"_s, u"\u00b3"_s },
    };
    if (!text.contains(u'&'))
        return text;
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        QString replacement;
        if (name.startsWith(u"#x"_s, Qt::CaseInsensitive)) {
            bool ok = false;
            const uint code = name.mid(2).toUInt(&ok, 16);
            if (ok)
                replacement = fromCodePoint(code);
        } else if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.mid(1).toUInt(&ok, 10);
            if (ok)
                replacement = fromCodePoint(code);
        } else {
            replacement = named.value(name);
        }
        if (replacement.isEmpty())
            continue; // unknown: left as written
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        out += replacement;
        last = m.capturedEnd();
    }
    out += QStringView(text).sliced(last);
    return out;
}

QString collapseWhiteSpace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0x200B || u == 0x200C || u == 0x200D || u == 0xFEFF || u == 0x00AD)
            continue; // zero-width characters and soft hyphens
        if (c.isSpace() || u == 0x00A0 || u == 0x2007 || u == 0x202F) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += u' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

bool isFootnoteChar(QChar c)
{
    switch (c.unicode()) {
    case 0x2020: // †
    case 0x2021: // ‡
    case 0x00A7: // §
    case 0x00B9: // ¹
    case 0x00B2: // ²
    case 0x00B3: // ³
    case 0x2070: // ⁰
        return true;
    default:
        return c.unicode() >= 0x2074 && c.unicode() <= 0x2079; // ⁴ … ⁹
    }
}

} // namespace

QStringList splitLineList(QStringView raw)
{
    static const QRegularExpression lineTags(
        uR"(<\s*/?\s*br\s*/?\s*>|<\s*/?\s*(?:p|li|ul|ol|div)(?:\s[^<>]*)?>|\r\n|\r|\n)"_s,
        caseless);
    QStringList lines;
    const QString text = raw.toString();
    for (const QString &part : text.split(lineTags)) {
        const QString cleaned = cleanText(part);
        if (!cleaned.isEmpty())
            lines.append(cleaned);
    }
    return lines;
}

QString cleanText(QStringView raw)
{
    static const QRegularExpression sup(uR"(<\s*sup\s*>\s*([^<>]{1,4}?)\s*<\s*/\s*sup\s*>)"_s,
                                        caseless);
    static const QRegularExpression inlineTags(
        uR"(<\s*/?\s*(?:b|strong|i|em|code|span|sup|sub|a|u|s|del|ins|font|small|big|tt|kbd|mark|samp|var|abbr|nobr)(?:\s[^<>]*)?/?>)"_s,
        caseless);
    static const QRegularExpression image(uR"(!\[([^\]]*)\]\([^)]*\))"_s);
    static const QRegularExpression link(uR"(\[([^\]]+)\]\([^)\s]*\))"_s);
    static const QRegularExpression autoLink(uR"(<((?:https?|ftp)://[^<>\s]+)>)"_s);
    static const QRegularExpression strong(uR"(\*\*(?=\S)(.+?)(?<=\S)\*\*)"_s);
    static const QRegularExpression strongUnderscore(
        uR"((?<![\w\\])__(?=\S)(.+?)(?<=\S)__(?!\w))"_s);
    // A star followed by "." opens no emphasis: "*.example.com" is a wildcard.
    static const QRegularExpression em(
        uR"((?<![\w*\\])\*(?![\s.*])(.+?)(?<![\s\\*])\*(?![\w*]))"_s);
    static const QRegularExpression emUnderscore(
        uR"((?<![\w\\])_(?![\s_])(.+?)(?<![\s\\_])_(?!\w))"_s);
    static const QRegularExpression escape(uR"(\\([!-/:-@\[-`{-~]))"_s);

    QString text = raw.toString();
    if (text.contains(u'<')) {
        text.replace(sup, u"[\\1]"_s);
        text.replace(inlineTags, QString());
        text.replace(autoLink, u"\\1"_s);
    }
    if (text.contains(u']')) {
        text.replace(image, u"\\1"_s);
        text.replace(link, u"\\1"_s);
    }
    text.remove(u'`');
    if (text.contains(u'*')) {
        text.replace(strong, u"\\1"_s);
        text.replace(em, u"\\1"_s);
    }
    if (text.contains(u'_')) {
        text.replace(strongUnderscore, u"\\1"_s);
        text.replace(emUnderscore, u"\\1"_s);
    }
    if (text.contains(u'\\'))
        text.replace(escape, u"\\1"_s);
    text = replaceEntities(text);
    return collapseWhiteSpace(text);
}

QString takeFootnoteMarks(QString &text)
{
    // "[1]", "[a]", markdown's "[^note]"; not "[TLS]".
    static const QRegularExpression bracketMark(
        uR"(\s*\[(?:\^[^\]\s]{1,20}|[0-9]{1,3}|[A-Za-z])\]$)"_s);
    QString marks;
    for (;;) {
        text = text.trimmed();
        if (text.size() <= 1)
            break;
        const QChar last = text.back();
        // A star after a letter, digit, space or bracket; not the wildcard of
        // "10.0.0.*" or "forest-*".
        const QChar before = text[text.size() - 2];
        const bool starMark = last == u'*'
            && (before.isLetterOrNumber() || before.isSpace() || before == u')' || before == u']'
                || before == u'*');
        if (isFootnoteChar(last) || starMark) {
            marks.prepend(last);
            text.chop(1);
            continue;
        }
        const QRegularExpressionMatch m = bracketMark.match(text);
        if (m.hasMatch() && m.capturedStart() > 0) {
            marks.prepend(m.captured().trimmed());
            text.truncate(m.capturedStart());
            continue;
        }
        break;
    }
    return marks;
}

QString cleanComponentName(QStringView text, QStringList *marks)
{
    QString name = cleanName(text);
    QString found = takeFootnoteMarks(name);
    name = cleanName(name); // "Host.*" -> "Host." -> "Host"
    found.prepend(takeFootnoteMarks(name));
    if (marks && !found.isEmpty())
        marks->append(found);
    return name;
}

QStringList splitNames(QStringView line, QStringList *marks)
{
    QStringList names;
    int depth = 0;
    qsizetype start = 0;
    const auto take = [&](qsizetype end) {
        const QString name = cleanComponentName(line.sliced(start, end - start), marks);
        if (!name.isEmpty())
            names.append(name);
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'(' || c == u'[')
            ++depth;
        else if ((c == u')' || c == u']') && depth > 0)
            --depth;
        else if (depth == 0 && (c == u',' || c == u';')) {
            take(i);
            start = i + 1;
        }
    }
    take(line.size());
    return names;
}

std::optional<bool> readYesNo(QStringView cell)
{
    static const QStringList yes { u"yes"_s, u"y"_s,        u"true"_s,   u"1"_s,
                                   u"x"_s,   u"optional"_s, u"\u2713"_s, u"\u2714"_s };
    static const QStringList no { u""_s, u"no"_s, u"n"_s, u"false"_s, u"0"_s, u"-"_s };
    const QString key = nameKey(cleanText(cell));
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}

bool isNotApplicable(QStringView text)
{
    static const QStringList nothing { u""_s,     u"n/a"_s,           u"na"_s,
                                       u"n.a."_s, u"n.a"_s,           u"-"_s,
                                       u"--"_s,   u"\u2013"_s,        u"\u2014"_s,
                                       u"none"_s, u"not applicable"_s };
    return nothing.contains(text.trimmed().toString().toLower());
}

} // namespace Portolan::ImportDetail

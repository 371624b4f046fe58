#pragma once
// How Graphviz reads back what escape.h wrote, for the escaping and DOT
// writer tests: the text a quoted label shows, and the text as Graphviz
// can show it at all.

#include <QString>

namespace Portolan::Testing {

// The text Graphviz shows for a quoted label: \\ becomes \ and \n (\l, \r)
// a line break. `body` is either the DOT source between the quotes (then
// \" is a quote, and a bare quote or a lone trailing backslash would end
// the string early: null is returned) or, with inDotSource false, the
// value `dot -Tjson` reports, where the lexer already turned \" into ".
inline QString graphvizLabelText(const QString &body, bool inDotSource = true)
{
    QString text = QStringLiteral("");
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        if (c == u'"' && inDotSource)
            return QString();
        if (c != u'\\') {
            text += c;
            continue;
        }
        if (++i == body.size())
            return QString();
        const QChar next = body[i];
        if (next == u'n' || next == u'l' || next == u'r')
            text += u'\n';
        else
            text += next;
    }
    return text;
}

// Line breaks unified to '\n', other control characters as spaces.
inline QString showableText(const QString &text)
{
    QString out = text;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    out.replace(QChar(0x2028), u'\n').replace(QChar(0x2029), u'\n');
    for (QChar &c : out) {
        if (c != u'\n' && (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0)))
            c = u' ';
    }
    return out;
}

} // namespace Portolan::Testing

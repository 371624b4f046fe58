#include "layout/escape.h"

using namespace Qt::StringLiterals;

namespace Portolan {

QString escapeDotString(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            // Doubled so that a trailing backslash cannot escape the closing
            // quote and Graphviz shows one backslash, not an escape sequence.
            out += u"\\\\"_s;
            break;
        case u'\r':
            // CR LF and a lone CR are one line break each.
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            out += u"\\n"_s;
            break;
        case u'\n':
        case 0x2028: // line and paragraph separators
        case 0x2029:
            out += u"\\n"_s;
            break;
        case u'\t':
            out += u' ';
            break;
        default:
            // Other C0/C1 controls are invalid in the SVG and XML that
            // Graphviz writes, and mean nothing in a label.
            if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
                out += u' ';
            else
                out += c;
        }
    }
    return out;
}

QString dotId(QStringView text)
{
    return u'"' + escapeDotString(text) + u'"';
}

} // namespace Portolan

// Splitting one protocol/port text into protocol words, ports, hints and
// notes: "TCP/UDP: 389/636", "https(443)", "443 (HTTPS)", "61000-62000(default)".

#include "import/servicetext.h"

#include "import/cells.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan::ImportDetail {

namespace {

constexpr int maxDepth = 2; // parentheses read inside parentheses; deeper ones are notes

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u':' || c == u',' || c == u';' || c == u'=' || c == u')'
        || c == u']';
}

bool isFiller(const QString &lower)
{
    static const QStringList words { u"port"_s, u"ports"_s, u"and"_s, u"or"_s,   u"&"_s,
                                     u"/"_s,    u"-"_s,     u"+"_s,   u"range"_s };
    return words.contains(lower);
}

bool isAnyWord(const QString &lower)
{
    return lower == u"any"_s || lower == u"all"_s || lower == u"*"_s;
}

bool isPortToken(const QString &token)
{
    static const QRegularExpression port(uR"(^[0-9]+(?:-[0-9]+)?$)"_s);
    return port.match(token).hasMatch();
}

// En and em dashes, minus signs and "to" between numbers become "-" without
// spaces, so that "30000 – 32767" is one token.
QString normaliseRanges(QStringView text)
{
    static const QRegularExpression spacedRange(uR"(([0-9])\s*(?:-|\bto\b)\s*([0-9]))"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    QString out = text.toString();
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u == 0x2010 || u == 0x2011 || u == 0x2012 || u == 0x2013 || u == 0x2014 || u == 0x2212)
            c = u'-';
    }
    out.replace(spacedRange, u"\\1-\\2"_s);
    return out;
}

class Parser
{
public:
    Parser(QStringView text, ServiceContext context, int depth)
        : m_text(normaliseRanges(text))
        , m_context(context)
        , m_depth(depth)
    { }

    ParsedService run()
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        while (i < n && m_result.error.isEmpty()) {
            const QChar c = m_text[i];
            if (isSeparator(c)) {
                ++i;
            } else if (c == u'(' || c == u'[') {
                i = parenthetical(i);
            } else {
                const qsizetype start = i;
                while (i < n && !isSeparator(m_text[i]) && m_text[i] != u'(' && m_text[i] != u'[')
                    ++i;
                QString token = m_text.sliced(start, i - start);
                while (token.size() > 1 && token.endsWith(u'.'))
                    token.chop(1);
                if (applyWord(token))
                    continue;
                if (!m_result.error.isEmpty())
                    break;
                if (m_result.segments.isEmpty() && m_current.isEmpty()) {
                    m_result.error = u"\"%1\" is not a protocol or port"_s.arg(token);
                    break;
                }
                // Text after what was read is a note: "443 for the UI".
                m_result.notes.append(m_text.sliced(start).trimmed());
                break;
            }
        }
        if (!m_current.isEmpty())
            startSegment();
        return m_result;
    }

private:
    // "(443)", "(HTTPS)", "(default)", "(*.example.com)"; returns the index
    // after the closing bracket (the end for an unclosed one).
    qsizetype parenthetical(qsizetype open)
    {
        int depth = 0;
        qsizetype close = open;
        for (; close < m_text.size(); ++close) {
            if (m_text[close] == u'(' || m_text[close] == u'[')
                ++depth;
            else if ((m_text[close] == u')' || m_text[close] == u']') && --depth == 0)
                break;
        }
        const QString content = m_text.sliced(open + 1, close - open - 1).trimmed();
        if (!content.isEmpty() && m_depth >= maxDepth) {
            m_result.notes.append(content);
        } else if (!content.isEmpty()) {
            const ParsedService inner = Parser(content, m_context, m_depth + 1).run();
            if (!inner.error.isEmpty() || inner.segments.isEmpty()) {
                m_result.notes.append(content);
            } else {
                // What a parenthesis says never starts a segment of its own.
                for (const ServiceSegment &segment : inner.segments) {
                    if (!segment.guesses.isEmpty() || !segment.hints.isEmpty())
                        protocolComing();
                    m_current.hints += segment.guesses;
                    m_current.hints += segment.hints;
                    m_current.ports.merge(segment.ports);
                    m_current.allPorts = m_current.allPorts || segment.allPorts;
                }
                m_result.notes += inner.notes;
                m_result.warnings += inner.warnings;
            }
        }
        return qMin(close + 1, m_text.size());
    }

    bool currentHasProtocol() const
    {
        return !m_current.guesses.isEmpty() || !m_current.hints.isEmpty();
    }
    bool currentHasPorts() const { return !m_current.ports.isEmpty() || m_current.allPorts; }

    void startSegment()
    {
        m_result.segments.append(m_current);
        m_current = ServiceSegment();
        m_portsFirst = false;
    }

    // Notes the order "443/TCP": ports, then the protocol that names them.
    void protocolComing()
    {
        if (!currentHasProtocol() && currentHasPorts())
            m_portsFirst = true;
    }

    void addGuesses(const QList<ServiceGuess> &guesses)
    {
        // "TCP:443, UDP:53": a protocol after a complete segment begins the next.
        if (currentHasProtocol() && currentHasPorts())
            startSegment();
        protocolComing();
        if (m_context == ServiceContext::Ports)
            m_current.hints += guesses;
        else
            m_current.guesses += guesses;
    }

    // Whether the word was understood; sets the error for a bad port number.
    bool applyWord(const QString &token)
    {
        const QString lower = token.toLower();
        if (isFiller(lower) || isNotApplicable(lower))
            return true;
        if (isAnyWord(lower)) {
            if (m_context == ServiceContext::Ports
                || (m_context == ServiceContext::Combined && currentHasProtocol()))
                m_current.allPorts = true;
            else
                addGuesses({ ServiceGuess { Transport::Any, {}, {} } });
            return true;
        }
        if (isPortToken(token)) {
            QString error;
            const std::optional<PortSet> ports = PortSet::parse(token, &error);
            if (!ports) {
                m_result.error = error;
                return false;
            }
            // "443/TCP, 53/UDP", "443 (TCP), 53 (UDP)": ports after a
            // segment written ports first begin the next segment.
            if (m_portsFirst && currentHasProtocol())
                startSegment();
            m_current.ports.merge(*ports);
            return true;
        }
        const QList<ServiceGuess> guesses = interpretProtocol(token);
        if (!guesses.isEmpty()) {
            addGuesses(guesses);
            return true;
        }
        if (lower == u"http/s"_s)
            return applyWord(u"http"_s) && applyWord(u"https"_s);
        return applyPieces(token);
    }

    // "443/TCP", "389/636", "TCP/UDP", "HTTPS/mTLS": the pieces one by one.
    // Between slashes, a piece that means nothing beside one that names a
    // protocol is left out with a warning.
    bool applyPieces(const QString &token)
    {
        for (const QChar separator : { u'/', u'+', u'-', u'_' }) {
            const QStringList pieces = token.split(separator, Qt::SkipEmptyParts);
            if (pieces.size() < 2)
                continue;
            QStringList known;
            QStringList unknown;
            bool anyProtocol = false;
            for (const QString &piece : pieces) {
                const bool protocol = !interpretProtocol(piece).isEmpty();
                anyProtocol = anyProtocol || protocol;
                if (protocol || isPortToken(piece) || isAnyWord(piece.toLower()))
                    known.append(piece);
                else
                    unknown.append(piece);
            }
            if (!unknown.isEmpty() && (separator != u'/' || !anyProtocol))
                continue;
            for (const QString &piece : std::as_const(known)) {
                if (!applyWord(piece))
                    return false;
            }
            if (!unknown.isEmpty()) {
                m_result.warnings.append(u"\"%1\" is not a protocol; \"%2\" read as %3"_s.arg(
                    unknown.join(u'/'), token, known.join(u'/')));
            }
            return true;
        }
        return false;
    }

    QString m_text;
    ServiceContext m_context;
    int m_depth; // of parentheses
    ServiceSegment m_current;
    bool m_portsFirst = false; // the current segment named its ports before its protocol
    ParsedService m_result;
};

} // namespace

bool ParsedService::hasGuesses() const
{
    return std::any_of(segments.cbegin(), segments.cend(),
                       [](const ServiceSegment &s) { return !s.guesses.isEmpty(); });
}

bool ParsedService::hasPorts() const
{
    return std::any_of(segments.cbegin(), segments.cend(),
                       [](const ServiceSegment &s) { return !s.ports.isEmpty() || s.allPorts; });
}

ParsedService parseServiceText(QStringView text, ServiceContext context)
{
    if (isNotApplicable(text))
        return {};
    return Parser(text, context, 0).run();
}

} // namespace Portolan::ImportDetail

#include "hostname.h"
#include "domain/translationcontexts.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Portolan::HostName {

namespace {

constexpr qsizetype MaxNameLength = 253;
constexpr qsizetype MaxLabelLength = 63;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// How a refused character is shown in a message: white space is invisible
// between quotes.
QString describe(QChar c)
{
    if (c.isSpace())
        return AddressText::tr("a space");
    return u"\"%1\""_s.arg(c);
}

bool checkLabel(QStringView label, QStringView name, QString *error)
{
    if (label.isEmpty()) {
        setError(error, AddressText::tr("\"%1\" has an empty label").arg(name));
        return false;
    }
    if (label.size() > MaxLabelLength) {
        setError(error,
                 AddressText::tr("label \"%1\" is longer than %2 characters")
                     .arg(label)
                     .arg(MaxLabelLength));
        return false;
    }
    for (const QChar c : label) {
        if (c == u'_') {
            setError(error,
                     AddressText::tr(
                         "label \"%1\" contains an underscore, which host names do not allow")
                         .arg(label));
            return false;
        }
        if (!isAsciiLetterOrDigit(c) && c != u'-') {
            setError(error,
                     AddressText::tr("label \"%1\" contains %2, which host names do not allow")
                         .arg(label, describe(c)));
            return false;
        }
    }
    if (label.startsWith(u'-') || label.endsWith(u'-')) {
        setError(error, AddressText::tr("label \"%1\" starts or ends with a hyphen").arg(label));
        return false;
    }
    return true;
}

// `shown` is the text as the user wrote it, for messages about the whole name.
std::optional<QString> parseName(QStringView name, QStringView shown, QString *error)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.size() > MaxNameLength) {
        setError(error,
                 AddressText::tr("\"%1\" is too long for a name: %2 characters, at most %3")
                     .arg(shown)
                     .arg(name.size())
                     .arg(MaxNameLength));
        return std::nullopt;
    }
    const QList<QStringView> labels = name.split(u'.');
    for (const QStringView label : labels) {
        if (!checkLabel(label, shown, error))
            return std::nullopt;
    }
    if (labels.size() < 2) {
        setError(error,
                 AddressText::tr("\"%1\" is not a fully qualified name: it needs a domain, as in "
                                 "host.example.com")
                     .arg(shown));
        return std::nullopt;
    }
    if (isDigits(labels.last())) {
        setError(error,
                 AddressText::tr("\"%1\" is not a name: its last label \"%2\" is all digits")
                     .arg(shown, labels.last()));
        return std::nullopt;
    }
    return name.toString().toLower();
}

} // namespace

std::optional<QString> parse(QStringView name, QString *error)
{
    return parseName(name, name, error);
}

std::optional<QString> parseWildcard(QStringView name, QString *error)
{
    const QStringView rest = name.mid(2);
    if (!name.startsWith(u"*.") || rest.contains(u'*')) {
        setError(
            error,
            AddressText::tr("in \"%1\" the * must be the whole leftmost label, as in *.example.com")
                .arg(name));
        return std::nullopt;
    }
    const auto parsed = parseName(rest, name, error);
    if (!parsed)
        return std::nullopt;
    return u"*."_s + *parsed;
}

} // namespace Portolan::HostName

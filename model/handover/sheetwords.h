#pragma once
// The words of the sheets Portolan writes: marked for lupdate under
// HandoverText's context, and translated only for the workbooks people
// read. A CSV is read by scripts and firewall tooling, so it keeps the
// English names and values.

#include "domain/translationcontexts.h"

namespace Portolan {

enum class SheetTexts { English, Translated };

class SheetWords
{
public:
    explicit SheetWords(SheetTexts texts)
        : m_translated(texts == SheetTexts::Translated)
    { }

    // `text` must be marked with QT_TRANSLATE_NOOP("Portolan::HandoverText", …).
    QString operator()(const char *text) const
    {
        return m_translated ? HandoverText::tr(text) : QString::fromUtf8(text);
    }

private:
    bool m_translated;
};

} // namespace Portolan

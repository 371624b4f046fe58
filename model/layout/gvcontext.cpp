#include "layout/gvcontext.h"

#include <utility>

namespace Portolan {

namespace {

QStringList collected;

int collectMessage(char *text)
{
    collected.append(QString::fromUtf8(text).trimmed());
    return 0;
}

} // namespace

GvContext::GvContext()
    : m_context(gvContext())
{ }

GvContext::~GvContext()
{
    if (m_context)
        gvFreeContext(m_context);
}

GvContext::GvContext(GvContext &&other) noexcept
    : m_context(std::exchange(other.m_context, nullptr))
{ }

GvContext &GvContext::operator=(GvContext &&other) noexcept
{
    std::swap(m_context, other.m_context);
    return *this;
}

GvContext &GvContext::shared()
{
    static GvContext context;
    return context;
}

std::unique_lock<std::mutex> GvContext::lock()
{
    static std::mutex mutex;
    return std::unique_lock<std::mutex>(mutex);
}

GvMessages::GvMessages()
{
    collected.clear();
    agseterrf(collectMessage);
    // Warnings too: "lost edge" and friends are only warnings.
    agseterr(AGWARN);
}

GvMessages::~GvMessages()
{
    agseterrf(nullptr);
    agseterr(AGWARN);
    collected.clear();
}

QStringList GvMessages::messages() const
{
    return collected;
}

} // namespace Portolan

namespace Portolan {

QString graphvizVersion()
{
    const auto locked = GvContext::lock();
    return QString::fromUtf8(gvcVersion(GvContext::shared().get()));
}

} // namespace Portolan

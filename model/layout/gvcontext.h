#pragma once
// Private to the layout module: the owner of Graphviz's GVC_t (the plugin
// registry every layout needs). Creating one loads plugins and costs
// 10–25 ms (docs/graphviz.md), so the process keeps a single one, made on first
// use. Shaped after Graphviz's own lib/gvc++/GVContext.h.

#include <graphviz/gvc.h>

#include <QStringList>

#include <mutex>

namespace Portolan {

class GvContext
{
public:
    GvContext();
    ~GvContext();
    GvContext(GvContext &&other) noexcept;
    GvContext &operator=(GvContext &&other) noexcept;
    GvContext(const GvContext &) = delete;
    GvContext &operator=(const GvContext &) = delete;

    GVC_t *get() const { return m_context; }

    // The process-wide context, created on first use.
    static GvContext &shared();
    // Graphviz keeps global state and is not thread-safe (cgraph's manual):
    // hold this lock around everything that touches it.
    static std::unique_lock<std::mutex> lock();

private:
    GVC_t *m_context = nullptr;
};

// Collects what Graphviz reports through agerr() (warnings and errors)
// instead of letting it print to stderr, while the object lives. Used under
// GvContext::lock() only: the handler is global.
class GvMessages
{
public:
    GvMessages();
    ~GvMessages();
    GvMessages(const GvMessages &) = delete;
    GvMessages &operator=(const GvMessages &) = delete;

    QStringList messages() const;
};

} // namespace Portolan

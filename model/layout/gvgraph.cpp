#include "layout/gvgraph.h"

#include <utility>

namespace Portolan {

namespace {

// cgraph predates const: it takes char * but does not write through it.
char *cString(const char *text)
{
    return const_cast<char *>(text);
}

} // namespace

GvGraph::GvGraph(const QByteArray &name)
    : m_graph(agopen(cString(name.constData()), Agdirected, nullptr))
{ }

GvGraph::~GvGraph()
{
    if (m_graph)
        agclose(m_graph);
}

GvGraph::GvGraph(GvGraph &&other) noexcept
    : m_graph(std::exchange(other.m_graph, nullptr))
{ }

GvGraph &GvGraph::operator=(GvGraph &&other) noexcept
{
    std::swap(m_graph, other.m_graph);
    return *this;
}

Agsym_t *GvGraph::declare(int kind, const char *name, const QByteArray &defaultValue)
{
    return agattr(m_graph, kind, cString(name), cString(defaultValue.constData()));
}

void GvGraph::set(void *object, Agsym_t *attribute, const QByteArray &value)
{
    agxset(object, attribute, cString(value.constData()));
}

void GvGraph::setGraph(Agraph_t *graph, const char *name, const QByteArray &value)
{
    agsafeset(graph, cString(name), cString(value.constData()), cString(""));
}

GvLayout::GvLayout(const GvContext &context, const GvGraph &graph, const char *engine)
    : m_context(context.get())
{
    if (m_context && graph.get() && gvLayout(m_context, graph.get(), engine) == 0)
        m_graph = graph.get();
}

GvLayout::~GvLayout()
{
    if (m_graph)
        gvFreeLayout(m_context, m_graph);
}

GvLayout::GvLayout(GvLayout &&other) noexcept
    : m_context(other.m_context)
    , m_graph(std::exchange(other.m_graph, nullptr))
{ }

GvLayout &GvLayout::operator=(GvLayout &&other) noexcept
{
    std::swap(m_context, other.m_context);
    std::swap(m_graph, other.m_graph);
    return *this;
}

} // namespace Portolan

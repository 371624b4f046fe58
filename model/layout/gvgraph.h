#pragma once
// Private to the layout module: move-only owners of a cgraph graph
// (agopen/agclose) and of a layout computed on it (gvLayout/gvFreeLayout),
// after Graphviz's lib/cgraph++/AGraph.h and lib/gvc++/GVLayout.cpp.
// Declare the layout after the graph so that it is freed first.

#include "layout/gvcontext.h"

#include <graphviz/cgraph.h>

#include <QByteArray>

namespace Portolan {

class GvGraph
{
public:
    explicit GvGraph(const QByteArray &name);
    ~GvGraph();
    GvGraph(GvGraph &&other) noexcept;
    GvGraph &operator=(GvGraph &&other) noexcept;
    GvGraph(const GvGraph &) = delete;
    GvGraph &operator=(const GvGraph &) = delete;

    Agraph_t *get() const { return m_graph; }

    // Declares an attribute with its default for every object of `kind`
    // (AGRAPH, AGNODE or AGEDGE); the handle sets it per object.
    Agsym_t *declare(int kind, const char *name, const QByteArray &defaultValue);
    static void set(void *object, Agsym_t *attribute, const QByteArray &value);
    // Sets a graph attribute (on the root or a subgraph), declaring it with
    // an empty default when needed.
    static void setGraph(Agraph_t *graph, const char *name, const QByteArray &value);

private:
    Agraph_t *m_graph = nullptr;
};

class GvLayout
{
public:
    // Runs `engine` ("dot", "nop" …) on the graph; ok() tells whether it ran.
    GvLayout(const GvContext &context, const GvGraph &graph, const char *engine);
    ~GvLayout();
    GvLayout(GvLayout &&other) noexcept;
    GvLayout &operator=(GvLayout &&other) noexcept;
    GvLayout(const GvLayout &) = delete;
    GvLayout &operator=(const GvLayout &) = delete;

    bool ok() const { return m_graph != nullptr; }

private:
    GVC_t *m_context = nullptr;
    Agraph_t *m_graph = nullptr; // set while a layout is to be freed
};

} // namespace Portolan

#include "layout/layouttypes.h"

// The wire format between the application and its layout worker process.
// Both sides are the same build, but a stream may still be cut short (a
// worker that died mid-write) or be garbage: every reader checks the magic
// number, the format version and the stream status, and never trusts a
// count to allocate memory up front.

namespace Portolan {

namespace {

constexpr quint32 requestMagic = 0x504c5251; // "PLRQ"
constexpr quint32 resultMagic = 0x504c5253; // "PLRS"
constexpr quint16 formatVersion = 3;
constexpr QDataStream::Version streamVersion = QDataStream::Qt_6_4;
constexpr qsizetype reserveLimit = 4096;

// Sets the stream's version for the duration of one operator, so that the
// bytes do not depend on what the caller's stream was set to.
class StreamVersionScope
{
public:
    explicit StreamVersionScope(QDataStream &stream)
        : m_stream(stream)
        , m_saved(stream.version())
    {
        m_stream.setVersion(streamVersion);
    }
    ~StreamVersionScope() { m_stream.setVersion(m_saved); }
    StreamVersionScope(const StreamVersionScope &) = delete;
    StreamVersionScope &operator=(const StreamVersionScope &) = delete;

private:
    QDataStream &m_stream;
    int m_saved;
};

void writeOptional(QDataStream &out, const std::optional<QPointF> &point)
{
    out << bool(point.has_value()) << point.value_or(QPointF());
}

void readOptional(QDataStream &in, std::optional<QPointF> &point)
{
    bool present = false;
    QPointF value;
    in >> present >> value;
    point = present ? std::optional<QPointF>(value) : std::nullopt;
}

bool readHeader(QDataStream &in, quint32 magic)
{
    quint32 readMagic = 0;
    quint16 version = 0;
    in >> readMagic >> version;
    if (in.status() != QDataStream::Ok)
        return false;
    if (readMagic != magic || version != formatVersion) {
        in.setStatus(QDataStream::ReadCorruptData);
        return false;
    }
    return true;
}

// A list written as a count followed by the items.
template<typename T, typename Write>
void writeList(QDataStream &out, const QList<T> &list, Write write)
{
    out << quint32(list.size());
    for (const T &item : list)
        write(out, item);
}

template<typename T, typename Read> void readList(QDataStream &in, QList<T> &list, Read read)
{
    quint32 count = 0;
    in >> count;
    list.clear();
    list.reserve(qMin(qsizetype(count), reserveLimit));
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        T item;
        read(in, item);
        if (in.status() == QDataStream::Ok)
            list.append(std::move(item));
    }
}

void writeNode(QDataStream &out, const LayoutNode &node)
{
    out << node.key << node.size << node.cluster;
    writeOptional(out, node.pinned);
    writeOptional(out, node.hint);
    out << node.widens;
}

void readNode(QDataStream &in, LayoutNode &node)
{
    in >> node.key >> node.size >> node.cluster;
    readOptional(in, node.pinned);
    readOptional(in, node.hint);
    in >> node.widens;
}

void writeCluster(QDataStream &out, const LayoutCluster &cluster)
{
    out << cluster.key << cluster.parent << cluster.labelSize;
}

void readCluster(QDataStream &in, LayoutCluster &cluster)
{
    in >> cluster.key >> cluster.parent >> cluster.labelSize;
}

void writeEdge(QDataStream &out, const LayoutEdge &edge)
{
    out << edge.key << edge.source << edge.target << edge.labelSize;
}

void readEdge(QDataStream &in, LayoutEdge &edge)
{
    in >> edge.key >> edge.source >> edge.target >> edge.labelSize;
}

} // namespace

bool routesOrthogonally(const LayoutRequest &request)
{
    constexpr qsizetype orthogonalEdgeLimit = 200;
    return request.options.edgeStyle == LayoutOptions::EdgeStyle::Orthogonal
        && !request.options.graphvizEdgeLabels && request.edges.size() <= orthogonalEdgeLimit;
}

QDataStream &operator<<(QDataStream &out, const LayoutRequest &request)
{
    StreamVersionScope scope(out);
    const LayoutOptions &options = request.options;
    out << requestMagic << formatVersion;
    out << quint8(options.direction == LayoutOptions::Direction::TopToBottom ? 1 : 0)
        << quint8(options.edgeStyle == LayoutOptions::EdgeStyle::Curved ? 1 : 0)
        << options.nodeSpacing << options.rankSpacing << options.clusterMargin
        << options.graphvizEdgeLabels;
    writeList(out, request.nodes, writeNode);
    writeList(out, request.clusters, writeCluster);
    writeList(out, request.edges, writeEdge);
    return out;
}

QDataStream &operator>>(QDataStream &in, LayoutRequest &request)
{
    StreamVersionScope scope(in);
    request = LayoutRequest();
    if (!readHeader(in, requestMagic))
        return in;
    quint8 direction = 0;
    quint8 style = 0;
    LayoutOptions &options = request.options;
    in >> direction >> style >> options.nodeSpacing >> options.rankSpacing >> options.clusterMargin
        >> options.graphvizEdgeLabels;
    if (direction > 1 || style > 1)
        in.setStatus(QDataStream::ReadCorruptData);
    options.edgeStyle
        = style == 1 ? LayoutOptions::EdgeStyle::Curved : LayoutOptions::EdgeStyle::Orthogonal;
    options.direction = direction == 1 ? LayoutOptions::Direction::TopToBottom
                                       : LayoutOptions::Direction::LeftToRight;
    readList(in, request.nodes, readNode);
    readList(in, request.clusters, readCluster);
    readList(in, request.edges, readEdge);
    return in;
}

QDataStream &operator<<(QDataStream &out, const LayoutResult &result)
{
    StreamVersionScope scope(out);
    out << resultMagic << formatVersion << result.bounds;
    writeList(out, result.nodes,
              [](QDataStream &s, const NodeGeometry &node) { s << node.key << node.box; });
    writeList(out, result.clusters, [](QDataStream &s, const ClusterGeometry &cluster) {
        s << cluster.key << cluster.box << cluster.labelBox;
    });
    writeList(out, result.edges, [](QDataStream &s, const EdgeGeometry &edge) {
        s << edge.key;
        writeList(s, edge.path, [](QDataStream &p, const QPointF &point) { p << point; });
        s << edge.arrowTip << edge.labelBox;
    });
    out << result.error;
    return out;
}

QDataStream &operator>>(QDataStream &in, LayoutResult &result)
{
    StreamVersionScope scope(in);
    result = LayoutResult();
    if (!readHeader(in, resultMagic))
        return in;
    in >> result.bounds;
    readList(in, result.nodes,
             [](QDataStream &s, NodeGeometry &node) { s >> node.key >> node.box; });
    readList(in, result.clusters, [](QDataStream &s, ClusterGeometry &cluster) {
        s >> cluster.key >> cluster.box >> cluster.labelBox;
    });
    readList(in, result.edges, [](QDataStream &s, EdgeGeometry &edge) {
        // Not Qt's QList reader: it reserves whatever count the stream claims.
        s >> edge.key;
        readList(s, edge.path, [](QDataStream &p, QPointF &point) { p >> point; });
        s >> edge.arrowTip >> edge.labelBox;
    });
    in >> result.error;
    return in;
}

} // namespace Portolan

#pragma once
// What LayoutService and the layout worker process say to each other over
// the worker's stdin and stdout: frames of a big-endian quint32 payload size
// followed by a QDataStream payload (fixed stream version, a magic number
// that says what the frame is, the ticket, then the request or the result).
// For each request the worker answers twice: "accepted" once it has read the
// request, right before Graphviz runs, then the result. A worker that dies
// between the two crashed on that request; one that dies before accepting
// it never saw it (it died idle), and the request can go to a fresh worker.
// Nothing else may travel on those pipes.

#include "layout/layouttypes.h"

#include <QByteArray>

#include <optional>

class QIODevice;

namespace Portolan::WorkerProtocol {

// Larger frames are taken for corruption rather than allocated: an XL
// result (2,000 nodes, 10,000 edges) is a few megabytes.
inline constexpr quint32 maxPayloadSize = 256u * 1024u * 1024u;
inline constexpr int headerSize = 4;

struct RequestMessage
{
    quint64 ticket = 0;
    LayoutRequest request;
};

struct ResultMessage
{
    quint64 ticket = 0;
    LayoutResult result;
};

// Complete frames, header included, ready to be written.
QByteArray requestFrame(quint64 ticket, const LayoutRequest &request);
QByteArray acceptedFrame(quint64 ticket);
QByteArray resultFrame(quint64 ticket, const LayoutResult &result);

// Payloads (header stripped); nullopt when the payload is not exactly one
// message of the expected direction.
std::optional<RequestMessage> readRequest(const QByteArray &payload);
std::optional<quint64> readAccepted(const QByteArray &payload); // the ticket
std::optional<ResultMessage> readResult(const QByteArray &payload);

// The payload size announced by a header of `headerSize` bytes.
quint32 payloadSize(const char *header);

// Takes the next complete payload out of a buffered device (the client's
// QProcess). Leaves the device untouched while a frame is incomplete;
// sets `*corrupt` when the announced size is impossible.
std::optional<QByteArray> takePayload(QIODevice &device, bool *corrupt);

} // namespace Portolan::WorkerProtocol

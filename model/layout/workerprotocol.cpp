#include "layout/workerprotocol.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

#include <cstddef>
#include <type_traits>

namespace Portolan::WorkerProtocol {

namespace {

// Both ends are the same build of the same program, but a fixed version
// keeps the bytes independent of Qt's default should the two ever differ.
constexpr QDataStream::Version streamVersion = QDataStream::Qt_6_4;
// 'PLRQ', 'PLAC', 'PLRS': a frame read as the wrong kind (or garbage)
// fails here.
constexpr quint32 requestMagic = 0x504c5251;
constexpr quint32 acceptedMagic = 0x504c4143;
constexpr quint32 resultMagic = 0x504c5253;

struct AcceptedMessage
{
    quint64 ticket = 0;
};

template<typename Body> QByteArray frame(quint32 magic, quint64 ticket, const Body &body)
{
    QByteArray bytes(headerSize, '\0');
    {
        QDataStream out(&bytes, QIODevice::WriteOnly | QIODevice::Append);
        out.setVersion(streamVersion);
        out << magic << ticket;
        if constexpr (!std::is_same_v<Body, std::nullptr_t>)
            out << body;
    }
    const auto size = static_cast<quint32>(bytes.size() - headerSize);
    qToBigEndian(size, bytes.data());
    return bytes;
}

template<typename Message>
std::optional<Message> read(quint32 expectedMagic, const QByteArray &payload)
{
    QDataStream in(payload);
    in.setVersion(streamVersion);
    quint32 magic = 0;
    Message message;
    in >> magic;
    if (in.status() != QDataStream::Ok || magic != expectedMagic)
        return std::nullopt;
    in >> message.ticket;
    if constexpr (std::is_same_v<Message, RequestMessage>)
        in >> message.request;
    else if constexpr (std::is_same_v<Message, ResultMessage>)
        in >> message.result;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return message;
}

} // namespace

QByteArray requestFrame(quint64 ticket, const LayoutRequest &request)
{
    return frame(requestMagic, ticket, request);
}

QByteArray acceptedFrame(quint64 ticket)
{
    return frame(acceptedMagic, ticket, nullptr);
}

QByteArray resultFrame(quint64 ticket, const LayoutResult &result)
{
    return frame(resultMagic, ticket, result);
}

std::optional<RequestMessage> readRequest(const QByteArray &payload)
{
    return read<RequestMessage>(requestMagic, payload);
}

std::optional<quint64> readAccepted(const QByteArray &payload)
{
    if (const std::optional<AcceptedMessage> message
        = read<AcceptedMessage>(acceptedMagic, payload))
        return message->ticket;
    return std::nullopt;
}

std::optional<ResultMessage> readResult(const QByteArray &payload)
{
    return read<ResultMessage>(resultMagic, payload);
}

quint32 payloadSize(const char *header)
{
    return qFromBigEndian<quint32>(header);
}

std::optional<QByteArray> takePayload(QIODevice &device, bool *corrupt)
{
    *corrupt = false;
    if (device.bytesAvailable() < headerSize)
        return std::nullopt;
    const QByteArray header = device.peek(headerSize);
    if (header.size() < headerSize)
        return std::nullopt;
    const quint32 size = payloadSize(header.constData());
    if (size > maxPayloadSize) {
        *corrupt = true;
        return std::nullopt;
    }
    if (device.bytesAvailable() < headerSize + qint64(size))
        return std::nullopt;
    device.skip(headerSize);
    QByteArray payload = device.read(size);
    if (payload.size() != qsizetype(size)) {
        *corrupt = true;
        return std::nullopt;
    }
    return payload;
}

} // namespace Portolan::WorkerProtocol

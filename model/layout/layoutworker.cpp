// The worker's side of LayoutService: `portolan --layout-worker` reads
// request frames from stdin, lays each out with Graphviz in this process and
// writes the result frame to stdout, until stdin closes. If Graphviz aborts,
// only this process dies; the client notices and shows a fallback.
#include "layout/layoutservice.h"
#include "layout/workerprotocol.h"

#include <cerrno>

#include <unistd.h>

namespace Portolan {

namespace {

enum class ReadOutcome { Complete, EndOfInput, Truncated };

ReadOutcome readExactly(int fd, char *data, qsizetype size)
{
    qsizetype done = 0;
    while (done < size) {
        const ssize_t got = ::read(fd, data + done, static_cast<size_t>(size - done));
        if (got > 0)
            done += got;
        else if (got == 0)
            return done == 0 ? ReadOutcome::EndOfInput : ReadOutcome::Truncated;
        else if (errno != EINTR)
            return ReadOutcome::Truncated;
    }
    return ReadOutcome::Complete;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t put
            = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (put > 0)
            done += put;
        else if (put < 0 && errno != EINTR)
            return false;
    }
    return true;
}

// stdout carries frames only, yet any library in this process (Graphviz and
// its plugins, Qt) could print there and corrupt them. So the protocol gets
// a private copy of the pipe and descriptor 1 is pointed at stderr, where
// the client collects text for its error messages.
int takeProtocolChannel()
{
    const int channel = ::dup(STDOUT_FILENO);
    if (channel < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0)
        return -1;
    return channel;
}

// The first layout in a process costs 10-25 ms more than the next ones
// (plugins, context; docs/graphviz.md). Paying it at start-up hides it when the
// service replaces a worker between layouts.
void warmUp()
{
    LayoutRequest request;
    request.clusters.append({ QStringLiteral("z"), QString(), QSizeF(30, 12) });
    request.nodes.append({ QStringLiteral("a"), QSizeF(60, 30), QStringLiteral("z"), {}, {} });
    request.nodes.append({ QStringLiteral("b"), QSizeF(60, 30), QString(), {}, {} });
    request.edges.append(
        { QStringLiteral("e"), QStringLiteral("a"), QStringLiteral("b"), QSizeF(40, 12) });
    layOutWithGraphviz(request);
}

} // namespace

int runLayoutWorker()
{
    using namespace WorkerProtocol;
    const int out = takeProtocolChannel();
    if (out < 0)
        return 1;
    warmUp();
    for (;;) {
        char header[headerSize];
        switch (readExactly(STDIN_FILENO, header, headerSize)) {
        case ReadOutcome::EndOfInput:
            return 0; // the client closed the pipe: the normal way to stop
        case ReadOutcome::Truncated:
            return 1;
        case ReadOutcome::Complete:
            break;
        }
        const quint32 size = payloadSize(header);
        if (size > maxPayloadSize)
            return 2;
        QByteArray payload(qsizetype(size), Qt::Uninitialized);
        if (readExactly(STDIN_FILENO, payload.data(), payload.size()) != ReadOutcome::Complete)
            return 1;
        const std::optional<RequestMessage> message = readRequest(payload);
        if (!message)
            return 2;
        // From here on, dying is this request's fault (workerprotocol.h).
        if (!writeAll(out, acceptedFrame(message->ticket)))
            return 1;
        const LayoutResult result = layOutWithGraphviz(message->request);
        if (!writeAll(out, resultFrame(message->ticket, result)))
            return 1;
    }
}

} // namespace Portolan

#include "support/fakehttpserver.h"

#include "support/providertesting.h"
#include <QPointer>
#include <QTcpSocket>

#include <QTimer>

namespace Cb::Test {

// One accepted socket: parses the request, then writes the scripted response piece by piece
// on timers so that each piece reaches the client as a separate read.
class FakeHttpServer::Connection : public QObject
{
public:
    Connection(FakeHttpServer* server, QTcpSocket* socket)
        : QObject(server), m_server(server), m_socket(socket)
    {
        socket->setParent(this);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            m_closed = true;
            deleteLater();
        });
    }
    bool isOpen() const { return !m_closed; }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        if (m_responding)
            return;
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        RecordedRequest req;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        req.method = requestLine.value(0);
        req.target = requestLine.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            req.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        length = req.header("content-length").toLongLong();
        if (m_buffer.size() < headEnd + 4 + length)
            return;
        req.body = m_buffer.mid(headEnd + 4, length);
        m_responding = true;
        const FakeResponse response = m_server->responseFor(req);
        m_server->m_requests.append(req);
        Q_EMIT m_server->requestReceived(req);
        respond(response);
    }

    void respond(const FakeResponse& r)
    {
        m_response = r;
        m_pieces = r.pieces();
        QTimer::singleShot(r.headerDelayMs, this, [this] { writeHead(); });
    }

    void writeHead()
    {
        if (m_closed)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status) + " Scripted\r\n";
        for (const auto& [k, v] : m_response.headers)
            head += k + ": " + v + "\r\n";
        if (m_response.chunkedEncoding)
            head += "Transfer-Encoding: chunked\r\n";
        else if (!m_response.closeDelimited)
            head += "Content-Length: " + QByteArray::number(m_response.fullBody().size()) + "\r\n";
        head += "Connection: close\r\n\r\n";
        m_socket->write(head);
        m_socket->flush();
        scheduleNext();
    }

    void scheduleNext()
    {
        if (m_next >= m_pieces.size() && !m_response.endlessRepeat.isEmpty()) {
            QTimer::singleShot(0, this, [this] { writeEndless(); });
            return;
        }
        if (m_next >= m_pieces.size()) {
            if (m_response.chunkedEncoding)
                m_socket->write("0\r\n\r\n");
            m_socket->flush();
            m_socket->disconnectFromHost();
            return;
        }
        QTimer::singleShot(m_pieces[m_next].delayMs, this, [this] { writePiece(); });
    }

    // One frame per millisecond, and only while less than 256 KB wait in the socket: megabytes
    // a second, without end, yet the server's memory stays bounded. A writer that refilled the
    // socket on every turn of the event loop outran Qt's hand-over of received data to the
    // reply, which then saw nothing at all until its idle timeout.
    void writeEndless()
    {
        if (m_closed)
            return;
        if (m_socket->bytesToWrite() < (256 << 10)) {
            const QByteArray& rep = m_response.endlessRepeat;
            m_socket->write(QByteArray::number(rep.size(), 16) + "\r\n" + rep + "\r\n");
            m_sent += rep.size();
            m_socket->flush();
        }
        QTimer::singleShot(1, Qt::PreciseTimer, this, [this] { writeEndless(); });
    }

    void writePiece()
    {
        if (m_closed)
            return;
        QByteArray data = m_pieces[m_next++].data;
        const auto limit = [&](const std::optional<qint64>& at) {
            return at && m_sent + data.size() >= *at;
        };
        const bool drop = limit(m_response.dropAfterBytes);
        const bool stall = !drop && limit(m_response.stallAfterBytes);
        if (drop)
            data = data.left(*m_response.dropAfterBytes - m_sent);
        else if (stall)
            data = data.left(*m_response.stallAfterBytes - m_sent);
        if (!data.isEmpty()) {
            m_socket->write(m_response.chunkedEncoding
                                ? QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n"
                                : data);
            m_sent += data.size();
        }
        m_socket->flush();
        if (drop) {
            m_socket->waitForBytesWritten(1000);
            m_socket->abort();
            m_closed = true;
            deleteLater();
            return;
        }
        if (stall)
            return; // keep the connection open and silent
        scheduleNext();
    }

    FakeHttpServer* m_server;
    QTcpSocket* m_socket;
    QByteArray m_buffer;
    FakeResponse m_response;
    QList<FakeResponse::Chunk> m_pieces;
    qsizetype m_next = 0;
    qint64 m_sent = 0;
    bool m_responding = false;
    bool m_closed = false;
};

FakeHttpServer::FakeHttpServer(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

FakeHttpServer::~FakeHttpServer() = default;

quint16 FakeHttpServer::port() const
{
    return m_server.serverPort();
}

QString FakeHttpServer::baseUrl(const QString& suffix) const
{
    return QStringLiteral("http://127.0.0.1:") + QString::number(port()) + suffix;
}

void FakeHttpServer::enqueue(const FakeResponse& response)
{
    m_queue.append(response);
}

void FakeHttpServer::route(const QByteArray& method, const QString& pathPrefix,
                           const FakeResponse& response)
{
    for (Route& r : m_routes) {
        if (r.method == method && r.prefix == pathPrefix) {
            r.queue.append(response);
            return;
        }
    }
    m_routes.append(Route{method, pathPrefix, {response}});
}

bool FakeHttpServer::waitForRequests(qsizetype count, int timeoutMs)
{
    return waitFor([&] { return m_requests.size() >= count; }, timeoutMs);
}

int FakeHttpServer::openConnections() const
{
    int n = 0;
    for (const QObject* c : children()) {
        if (const auto* conn = dynamic_cast<const Connection*>(c); conn && conn->isOpen())
            ++n;
    }
    return n;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket* s = m_server.nextPendingConnection())
        new Connection(this, s);
}

FakeResponse FakeHttpServer::responseFor(const RecordedRequest& request)
{
    if (m_handler) {
        if (auto r = m_handler(request))
            return *r;
    }
    for (Route& r : m_routes) {
        if (r.method == request.method && request.path().startsWith(r.prefix) && !r.queue.isEmpty())
            return r.queue.takeFirst();
    }
    if (!m_queue.isEmpty())
        return m_queue.takeFirst();
    return FakeResponse::json(404,
                              R"({"error":{"message":"no scripted response","type":"not_found"}})");
}

} // namespace Cb::Test

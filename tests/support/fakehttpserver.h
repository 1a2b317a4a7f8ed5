#pragma once

#include "support/fakeresponse.h"
#include "support/recordedrequest.h"

#include <QObject>
#include <QTcpServer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace Cb::Test {

// A scripted HTTP/1.1 server on 127.0.0.1, port 0, built on plain QTcpServer (no QtHttpServer).
// Records every request (method, target, headers, Content-Length body) and answers from, in
// order: the handler (if set and it returns a response), the queue of the first route whose
// method and path prefix match, the default queue, else 404. Every response closes its
// connection. Lives on the test's thread; needs a running event loop (QTest::qWaitFor).
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<std::optional<FakeResponse>(const RecordedRequest&)>;

    explicit FakeHttpServer(QObject* parent = nullptr);
    ~FakeHttpServer() override;

    quint16 port() const;
    // "http://127.0.0.1:<port>" + suffix, e.g. baseUrl("/v1").
    QString baseUrl(const QString& suffix = QString()) const;

    void enqueue(const FakeResponse& response);
    void route(const QByteArray& method, const QString& pathPrefix, const FakeResponse& response);
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<RecordedRequest> requests() const { return m_requests; }
    qsizetype requestCount() const { return m_requests.size(); }
    RecordedRequest lastRequest() const { return m_requests.value(m_requests.size() - 1); }
    // Spins the event loop until `count` requests arrived or the timeout passed.
    bool waitForRequests(qsizetype count, int timeoutMs = 10000);
    int openConnections() const;

Q_SIGNALS:
    void requestReceived(const Cb::Test::RecordedRequest& request);

private:
    struct Route
    {
        QByteArray method;
        QString prefix;
        QList<FakeResponse> queue;
    };
    class Connection;

    void onNewConnection();
    FakeResponse responseFor(const RecordedRequest& request);

    QTcpServer m_server;
    QList<FakeResponse> m_queue;
    QList<Route> m_routes;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
};

} // namespace Cb::Test

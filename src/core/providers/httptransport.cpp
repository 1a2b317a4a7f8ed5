#include "core/providers/httptransport.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace Cb::Core {

QNetworkReply* HttpTransport::send(QNetworkAccessManager* nam, const HttpCall& call)
{
    const QNetworkRequest req = call.toNetworkRequest();
    if (call.method == "GET")
        return nam->get(req);
    if (!call.bodyFile.isEmpty()) {
        auto* file = new QFile(call.bodyFile);
        // An unreadable file sends an empty body; the server's 4xx then names the problem.
        file->open(QIODevice::ReadOnly);
        QNetworkReply* reply = nam->sendCustomRequest(req, call.method, file);
        file->setParent(reply);
        return reply;
    }
    return nam->sendCustomRequest(req, call.method, call.body);
}

void HttpTransport::sendDetached(QNetworkAccessManager* nam, const HttpCall& call)
{
    QNetworkReply* r = send(nam, call);
    QObject::connect(r, &QNetworkReply::finished, r, &QObject::deleteLater);
}

void HttpTransport::release(QNetworkReply*& reply, QObject* receiver)
{
    if (!reply)
        return;
    QNetworkReply* r = reply;
    reply = nullptr;
    r->disconnect(receiver);
    if (r->isRunning())
        r->abort();
    r->deleteLater();
}

int HttpTransport::status(const QNetworkReply* reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

HttpHeaders HttpTransport::headers(const QNetworkReply* reply)
{
    HttpHeaders out;
    for (const auto& p : reply->rawHeaderPairs())
        out.append({p.first, p.second});
    return out;
}

Error HttpTransport::transportError(ProviderKind kind, const QNetworkReply* reply, bool midStream)
{
    const QString who = providerDisplayName(kind);
    const QString host = reply->url().host() + QLatin1Char(':') +
                         QString::number(reply->url().port(
                             reply->url().scheme() == QStringLiteral("https") ? 443 : 80));
    QString what;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        what = QCoreApplication::translate("Cb::Core::HttpTransport", "connection refused by %1 (is the server running?)").arg(host);
        break;
    case QNetworkReply::HostNotFoundError:
        what = QCoreApplication::translate("Cb::Core::HttpTransport", "host not found: %1").arg(host);
        break;
    case QNetworkReply::RemoteHostClosedError:
        what = QCoreApplication::translate("Cb::Core::HttpTransport", "the server closed the connection");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        what = QCoreApplication::translate("Cb::Core::HttpTransport", "TLS handshake failed");
        break;
    default:
        what = reply->errorString();
        break;
    }
    if (midStream)
        return Error(ErrorCode::Network,
                     QCoreApplication::translate("Cb::Core::HttpTransport", "%1: connection dropped mid-stream (%2); the partial output was kept.")
                         .arg(who, what));
    return Error(ErrorCode::Network, who + QStringLiteral(": ") + what + QLatin1Char('.'));
}

qint64 HttpTransport::backoffDelayMs(const RetryPolicy& policy, int retry,
                                     std::optional<qint64> serverDelayMs)
{
    if (serverDelayMs)
        return std::clamp<qint64>(*serverDelayMs, 0, policy.maxDelayMs);
    qint64 d = policy.baseDelayMs;
    for (int i = 1; i < retry && d < policy.maxDelayMs; ++i)
        d *= 2;
    d = std::min(d, policy.maxDelayMs);
    if (policy.jitter && d > 0)
        d += QRandomGenerator::global()->bounded(d / 4 + 1);
    return std::min(d, policy.maxDelayMs);
}

QString HttpTransport::describeDuration(qint64 ms)
{
    if (ms < 1000)
        return QString::number(ms) + QStringLiteral(" ms");
    // In the interface language: the duration ends up in messages the window shows.
    if (ms < 120000)
        return QCoreApplication::translate("Cb::Core::HttpTransport", "%1 s", "seconds")
            .arg(QString::number(ms / 1000.0, 'f', ms % 1000 ? 1 : 0));
    return QCoreApplication::translate("Cb::Core::HttpTransport", "%1 min", "minutes")
        .arg(QString::number(ms / 60000.0, 'f', 1));
}

} // namespace Cb::Core

#include "core/net/connectiontester.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace Cb::Core {

namespace {

QString trimmedBase(const QString& base)
{
    QString b = base.trimmed();
    while (b.endsWith(QLatin1Char('/')))
        b.chop(1);
    return b;
}

QString providerName(const QString& provider)
{
    if (provider == QLatin1String("openai"))
        return QStringLiteral("OpenAI");
    if (provider == QLatin1String("anthropic"))
        return QStringLiteral("Anthropic");
    if (provider == QLatin1String("gemini"))
        return QStringLiteral("Google Gemini");
    return QCoreApplication::translate("Cb::Core::ConnectionTester", "the local server");
}

} // namespace

ConnectionTester::ConnectionTester(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_network(network)
{
}

void ConnectionTester::test(const QString& provider, const QString& baseUrl, const QString& apiKey, int timeoutMs)
{
    cancel();
    m_provider = provider;
    const QString base = trimmedBase(baseUrl);
    QString path = QStringLiteral("/models");
    if (provider == QLatin1String("anthropic"))
        path = QStringLiteral("/v1/models");
    else if (provider == QLatin1String("gemini"))
        path = QStringLiteral("/v1beta/models");
    const QUrl url(base + path);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        Q_EMIT failed(Error(ErrorCode::InvalidInput, tr("\"%1\" is not an http(s) URL.").arg(baseUrl)));
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (!apiKey.isEmpty()) {
        if (provider == QLatin1String("anthropic")) {
            request.setRawHeader("x-api-key", apiKey.toUtf8());
            request.setRawHeader("anthropic-version", "2023-06-01");
        } else if (provider == QLatin1String("gemini")) {
            request.setRawHeader("x-goog-api-key", apiKey.toUtf8());
        } else {
            request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
        }
    }
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ConnectionTester::onFinished);
}

void ConnectionTester::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ConnectionTester::onFinished()
{
    QNetworkReply* reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString who = providerName(m_provider);
    if (status == 401 || status == 403) {
        Q_EMIT failed(Error(ErrorCode::Auth, tr("%1 rejected the API key (HTTP %2). Check the key and "
                                                "that it has access to the API.").arg(who).arg(status)));
        return;
    }
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        const ErrorCode code = reply->error() == QNetworkReply::OperationCanceledError ||
                                       reply->error() == QNetworkReply::TimeoutError
                                   ? ErrorCode::Timeout
                                   : ErrorCode::Network;
        Q_EMIT failed(Error(code, tr("Could not reach %1 at %2: %3")
                                      .arg(who, reply->url().toString(QUrl::RemoveQuery), reply->errorString())));
        return;
    }
    if (status < 200 || status >= 300) {
        const QJsonObject err = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
        const QString message = err.value(QStringLiteral("message")).toString();
        Q_EMIT failed(Error(status >= 500 ? ErrorCode::Server : ErrorCode::Provider,
                            tr("%1 answered HTTP %2%3").arg(who).arg(status)
                                .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message)));
        return;
    }
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonArray models = root.contains(QStringLiteral("models")) ? root.value(QStringLiteral("models")).toArray()
                                                                      : root.value(QStringLiteral("data")).toArray();
    Q_EMIT succeeded(int(models.size()));
}

} // namespace Cb::Core

#pragma once

#include "core/common/error.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Cb::Core {

// Checks that a provider's base URL answers and accepts a key, by listing its models
// (OpenAI and compatible: GET {base}/models; Anthropic: GET {base}/v1/models;
// Gemini: GET {base}/v1beta/models). Emits exactly one of succeeded / failed; error messages
// never contain the key. One test at a time per object; GUI thread.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(QNetworkAccessManager* network, QObject* parent = nullptr);

    void test(const QString& provider, const QString& baseUrl, const QString& apiKey, int timeoutMs = 15000);
    void cancel();

Q_SIGNALS:
    void succeeded(int modelCount);
    void failed(const Cb::Core::Error& error);

private:
    void onFinished();

    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    QString m_provider;
};

} // namespace Cb::Core

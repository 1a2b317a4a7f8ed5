#pragma once

#include "core/common/result.h"
#include "core/providers/httpcall.h"
#include "core/providers/providerkind.h"
#include "core/providers/provideroptions.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariant>

#include <functional>

#include <QNetworkAccessManager>
class QNetworkReply;

namespace Cb::Core {

// One non-streaming request/response exchange (count tokens, list models, background polls,
// transcription) with the same retry and error rules as streaming calls. The parser turns the
// 2xx body into the value carried by finished(); its documented type is given by whoever
// creates the call (e.g. qint64 for token counts, QStringList for model lists).
// Owned by the caller or parent; deleting it aborts silently. Emits exactly one of finished /
// failed, never synchronously from the constructor. GUI thread only.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    using Parser = std::function<Result<QVariant>(const QByteArray& body)>;

    // Adapts a typed parser (body -> Result<T>) to Parser; T must fit in a QVariant.
    template <typename F> static Parser typedParser(F parse)
    {
        return [parse](const QByteArray& body) -> Result<QVariant> {
            auto value = parse(body);
            if (!value)
                return tl::unexpected<Error>(value.error());
            return QVariant::fromValue(*value);
        };
    }

    ApiCall(QNetworkAccessManager* nam, ProviderKind kind, QString model, QString apiKey,
            Result<HttpCall> call, Parser parser, const ProviderOptions& options,
            QObject* parent = nullptr);
    ~ApiCall() override;

    bool isDone() const { return m_done; }
    int attempts() const { return m_attempts; }
    // Stops without emitting anything.
    void abort();

Q_SIGNALS:
    void finished(const QVariant& value);
    void failed(const Cb::Core::Error& error);

private:
    void sendAttempt();
    void onNetFinished();
    void finishWith(const Result<QVariant>& result);
    void release();

    QPointer<QNetworkAccessManager> m_nam;
    ProviderKind m_kind;
    QString m_model;
    QString m_apiKey;
    Result<HttpCall> m_call;
    Parser m_parser;
    ProviderOptions m_options;
    QNetworkReply* m_net = nullptr;
    // The body read as it arrives: one readAll() of a 100 MB batch output at the end would hold
    // the GUI thread for hundreds of milliseconds (allocation, page faults, copy).
    QByteArray m_body;
    QTimer m_firstByteTimer;
    QTimer m_totalTimer;
    QTimer m_retryTimer;
    int m_attempts = 0;
    bool m_done = false;
};

} // namespace Cb::Core

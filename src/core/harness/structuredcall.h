#pragma once

#include "core/common/error.h"
#include "core/providers/usage.h"
#include "core/run/callrequestbuilder.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Cb::Core {

class CallLauncher;
class ProviderReply;
struct ProviderResult;

// A structured answer that matched its schema.
struct StructuredAnswer
{
    QJsonValue value{};
    QString rawText{};              // the answer text the value was read from
    QString model{};                // provider:model
    Usage usage{};                  // summed over the rounds (-1 fields stay unknown)
    std::optional<double> costUsd{}; // nullopt when a round's price is unknown
    int rounds = 1;                 // 2 when the first answer needed the repair round
};

// One model call whose answer must be a JSON value matching BuiltCall::request.responseSchema:
// sent through the CallLauncher (the provider's key from the secrets store), the answer parsed
// and validated with JsonSchemaValidator. An answer that is not JSON or does not match gets one
// repair round: the conversation so far plus the validator's messages, asking for the corrected
// JSON only. Still invalid: failed() with the problems and the raw text of the last answer.
// Signal contract: after start() succeeds exactly one of finished() or failed(); cancel() gives
// failed(Cancelled). GUI thread; not owning the launcher, which must outlive it.
class StructuredCall : public QObject
{
    Q_OBJECT
public:
    StructuredCall(CallLauncher& launcher, QObject* parent = nullptr);
    ~StructuredCall() override;

    // `provider` is the canonical provider id of the planned model (for the key lookup).
    // Fails at once (nothing sent) when busy, without a schema, or with a schema the validator
    // cannot check.
    VoidResult start(const BuiltCall& call, const QString& provider);
    void cancel();
    bool isRunning() const { return m_running; }

    // The message sent back in the repair round for these validator messages.
    static QString repairMessage(const QString& schemaName, const QStringList& problems);

Q_SIGNALS:
    void finished(const Cb::Core::StructuredAnswer& answer);
    // `rawText` is the model's last answer as it came (empty when none arrived).
    void failed(const Cb::Core::Error& error, const QString& rawText);

private:
    void send(const ProviderRequest& request);
    void onFinished(const ProviderResult& result);
    void stop(const Error& error, const QString& rawText);
    void dropReply();

    CallLauncher& m_launcher;
    BuiltCall m_call;
    QString m_provider;
    QString m_key;
    QPointer<ProviderReply> m_reply;
    StructuredAnswer m_answer;
    bool m_running = false;
    bool m_costKnown = true;
    quint64 m_generation = 0; // bumps on every start and stop: late key lookups are ignored
};

} // namespace Cb::Core

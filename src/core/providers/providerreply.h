#pragma once

#include "core/common/error.h"
#include "core/providers/providerkind.h"
#include "core/providers/providerresult.h"
#include "core/providers/replystate.h"
#include "core/providers/streamevent.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>

namespace Cb::Core {

// One in-flight model call, returned by Provider::send(). Owned by the caller (or the QObject
// parent given to send()); deleting it aborts the call without emitting anything.
// GUI thread only. Signal contract: stateChanged whenever state() changes; textDelta /
// reasoningDelta / usageUpdated / responseIdKnown as data arrives; then exactly one of
// finished(result) or failed(error) — never both, never twice, never synchronously inside
// send(). After failed, text()/reasoning() still hold the partial output and isPartial() says
// whether any was produced. Timing accessors let an orchestrator record elapsed time, time to
// first token and tokens per second.
class ProviderReply : public QObject
{
    Q_OBJECT

public:
    ~ProviderReply() override;

    ProviderKind kind() const { return m_kind; }
    QString model() const { return m_model; }
    ReplyState state() const { return m_state; }
    bool isDone() const { return isFinalState(m_state); }
    QString text() const { return m_text; }
    QString reasoning() const { return m_reasoning; }
    QString refusal() const { return m_refusal; }
    QStringList toolCalls() const { return m_toolCalls; }
    // Complete function calls and the model's verbatim output (see ProviderResult).
    QList<ToolCall> calls() const { return m_calls; }
    QJsonValue modelTurn() const { return m_modelTurn; }
    Usage usage() const { return m_usage; }
    QString responseId() const { return m_responseId; }
    // True when the call failed or was cancelled after producing some output.
    bool isPartial() const;
    std::optional<Error> error() const { return m_error; }
    // The last retryable error while state() == Retrying, for "retrying after 429…" hints.
    std::optional<Error> lastTransientError() const { return m_transient; }
    int attempts() const { return m_attempts; }
    qint64 elapsedMs() const;
    qint64 timeToFirstTokenMs() const { return m_firstTokenMs; }
    // Output tokens per second of generation (after the first token); -1 when unknown.
    double outputTokensPerSecond() const;
    ProviderResult result() const;

    // Stops the call. Emits failed(Cancelled) unless already done; background responses are
    // also cancelled on the server.
    void cancel();

Q_SIGNALS:
    void stateChanged(Cb::Core::ReplyState state);
    void textDelta(const QString& delta);
    void reasoningDelta(const QString& delta);
    void usageUpdated(const Cb::Core::Usage& usage);
    void responseIdKnown(const QString& responseId);
    void finished(const Cb::Core::ProviderResult& result);
    void failed(const Cb::Core::Error& error);

protected:
    ProviderReply(ProviderKind kind, QString model, QObject* parent);

    // Stop all network activity; called once when the reply ends early (cancel, failure).
    virtual void abortTransport() = 0;
    // Server-side cancellation for background responses; default does nothing.
    virtual void cancelOnServer() {}

    void setState(ReplyState state);
    void setTransientError(std::optional<Error> e) { m_transient = std::move(e); }
    void countAttempt() { ++m_attempts; }
    // Applies one mapped event; returns true if it ended the reply.
    bool applyEvent(const StreamEvent& event);
    void appendText(const QString& delta);
    void appendReasoning(const QString& delta);
    void appendRefusal(const QString& delta);
    void updateUsage(const Usage& usage);
    void setResponseId(const QString& id);
    void setModelEcho(const QString& model) { m_modelEcho = model; }
    void complete(const QString& finishReason, bool truncated);
    void failWith(const Error& error);

private:
    void markFirstToken();

    ProviderKind m_kind;
    QString m_model;
    QString m_modelEcho;
    ReplyState m_state = ReplyState::Waiting;
    QString m_text;
    QString m_reasoning;
    QString m_refusal;
    QStringList m_toolCalls;
    QList<ToolCall> m_calls;
    QJsonValue m_modelTurn;
    Usage m_usage;
    QString m_responseId;
    QString m_finishReason;
    bool m_truncated = false;
    std::optional<Error> m_error;
    std::optional<Error> m_transient;
    int m_attempts = 0;
    QElapsedTimer m_clock;
    qint64 m_firstTokenMs = -1;
    qint64 m_endMs = -1;
};

} // namespace Cb::Core

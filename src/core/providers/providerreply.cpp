#include "core/providers/providerreply.h"

#include <QCoreApplication>

namespace Cb::Core {

ProviderReply::ProviderReply(ProviderKind kind, QString model, QObject* parent)
    : QObject(parent), m_kind(kind), m_model(std::move(model))
{
    m_clock.start();
}

ProviderReply::~ProviderReply() = default;

bool ProviderReply::isPartial() const
{
    return (m_state == ReplyState::Failed || m_state == ReplyState::Cancelled) &&
           (!m_text.isEmpty() || !m_reasoning.isEmpty());
}

qint64 ProviderReply::elapsedMs() const
{
    return m_endMs >= 0 ? m_endMs : m_clock.elapsed();
}

double ProviderReply::outputTokensPerSecond() const
{
    if (m_usage.outputTokens <= 0 || m_firstTokenMs < 0)
        return -1;
    const qint64 genMs = elapsedMs() - m_firstTokenMs;
    if (genMs <= 0)
        return -1;
    return double(m_usage.outputTokens) * 1000.0 / double(genMs);
}

ProviderResult ProviderReply::result() const
{
    ProviderResult r;
    r.text = m_text;
    r.reasoning = m_reasoning;
    r.usage = m_usage;
    r.finishReason = m_finishReason;
    r.truncated = m_truncated;
    r.refused = !m_refusal.isEmpty() || m_finishReason == QLatin1String("refusal");
    r.refusal = m_refusal;
    r.toolCalls = m_toolCalls;
    r.calls = m_calls;
    r.modelTurn = m_modelTurn;
    r.responseId = m_responseId;
    r.model = m_modelEcho.isEmpty() ? m_model : m_modelEcho;
    r.elapsedMs = elapsedMs();
    r.timeToFirstTokenMs = m_firstTokenMs;
    r.attempts = m_attempts;
    return r;
}

void ProviderReply::cancel()
{
    if (isDone())
        return;
    cancelOnServer();
    failWith(Error(ErrorCode::Cancelled,
                   QCoreApplication::translate("Cb::Core::ProviderReply", "%1: call cancelled.")
                       .arg(providerDisplayName(m_kind))));
}

void ProviderReply::setState(ReplyState state)
{
    if (m_state == state || isDone())
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ProviderReply::markFirstToken()
{
    if (m_firstTokenMs < 0)
        m_firstTokenMs = m_clock.elapsed();
}

void ProviderReply::appendText(const QString& delta)
{
    if (delta.isEmpty())
        return;
    markFirstToken();
    m_text += delta;
    setState(ReplyState::Streaming);
    Q_EMIT textDelta(delta);
}

void ProviderReply::appendReasoning(const QString& delta)
{
    if (delta.isEmpty())
        return;
    markFirstToken();
    m_reasoning += delta;
    if (m_state != ReplyState::Streaming)
        setState(ReplyState::Thinking);
    Q_EMIT reasoningDelta(delta);
}

void ProviderReply::appendRefusal(const QString& delta)
{
    if (delta.isEmpty())
        return;
    markFirstToken();
    m_refusal += delta;
    setState(ReplyState::Streaming);
}

void ProviderReply::updateUsage(const Usage& usage)
{
    if (usage == m_usage)
        return;
    m_usage = usage;
    Q_EMIT usageUpdated(usage);
}

void ProviderReply::setResponseId(const QString& id)
{
    if (id.isEmpty() || id == m_responseId)
        return;
    m_responseId = id;
    Q_EMIT responseIdKnown(id);
}

bool ProviderReply::applyEvent(const StreamEvent& e)
{
    if (isDone())
        return true;
    switch (e.kind) {
    case StreamEvent::Kind::TextDelta:
        appendText(e.text);
        break;
    case StreamEvent::Kind::ReasoningDelta:
        appendReasoning(e.text);
        break;
    case StreamEvent::Kind::UsageUpdated:
        updateUsage(e.usage);
        break;
    case StreamEvent::Kind::ResponseIdKnown:
        setResponseId(e.text);
        break;
    case StreamEvent::Kind::StatusChanged:
        if (e.text == QStringLiteral("queued"))
            setState(ReplyState::Queued);
        else if (m_state == ReplyState::Waiting || m_state == ReplyState::Queued ||
                 m_state == ReplyState::Resuming)
            setState(m_text.isEmpty() ? ReplyState::Thinking : ReplyState::Streaming);
        break;
    case StreamEvent::Kind::RefusalDelta:
        appendRefusal(e.text);
        break;
    case StreamEvent::Kind::ToolCallRequested:
        if (!e.text.isEmpty() && !m_toolCalls.contains(e.text))
            m_toolCalls.append(e.text);
        break;
    case StreamEvent::Kind::ModelTurn:
        m_modelTurn = e.native;
        m_calls = e.calls;
        for (const ToolCall& call : e.calls)
            if (!call.name.isEmpty() && !m_toolCalls.contains(call.name))
                m_toolCalls.append(call.name);
        break;
    case StreamEvent::Kind::Completed:
        complete(e.text, e.truncated);
        return true;
    case StreamEvent::Kind::Failed:
        failWith(e.error);
        return true;
    }
    return false;
}

void ProviderReply::complete(const QString& finishReason, bool truncated)
{
    if (isDone())
        return;
    abortTransport();
    m_finishReason = finishReason;
    m_truncated = truncated;
    m_endMs = m_clock.elapsed();
    m_transient.reset();
    setState(ReplyState::Finished);
    Q_EMIT finished(result());
}

void ProviderReply::failWith(const Error& error)
{
    if (isDone())
        return;
    abortTransport();
    m_endMs = m_clock.elapsed();
    m_error = error;
    setState(error.code == ErrorCode::Cancelled ? ReplyState::Cancelled : ReplyState::Failed);
    Q_EMIT failed(error);
}

} // namespace Cb::Core

#include "core/harness/toolloopreply.h"

#include "core/harness/packmanifest.h"
#include "core/harness/packtoolexecutor.h"
#include "core/providers/provider.h"
#include "core/common/futureready.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace Cb::Core {

namespace {

qint64 plus(qint64 a, qint64 b) { return a < 0 && b < 0 ? -1 : qMax<qint64>(0, a) + qMax<qint64>(0, b); }

QJsonObject sumJson(const QJsonObject& a, const QJsonObject& b)
{
    QJsonObject out = a;
    for (auto it = b.begin(); it != b.end(); ++it) {
        const QJsonValue mine = a.value(it.key());
        if (mine.isDouble() && it->isDouble())
            out.insert(it.key(), mine.toInteger() + it->toInteger());
        else if (mine.isObject() && it->isObject())
            out.insert(it.key(), sumJson(mine.toObject(), it->toObject()));
        else
            out.insert(it.key(), *it);
    }
    return out;
}

// A round's usage in full, -1 = not reported (conversationJson / continueFrom).
QJsonObject usageToJson(const Usage& u)
{
    return {{QStringLiteral("input"), u.inputTokens},
            {QStringLiteral("cached_input"), u.cachedInputTokens},
            {QStringLiteral("output"), u.outputTokens},
            {QStringLiteral("reasoning"), u.reasoningTokens},
            {QStringLiteral("cache_write"), u.cacheWriteTokens},
            {QStringLiteral("reported"), u.reported}};
}

Usage usageFromJson(const QJsonObject& o)
{
    Usage u;
    u.inputTokens = o.value(QStringLiteral("input")).toInteger(-1);
    u.cachedInputTokens = o.value(QStringLiteral("cached_input")).toInteger(-1);
    u.outputTokens = o.value(QStringLiteral("output")).toInteger(-1);
    u.reasoningTokens = o.value(QStringLiteral("reasoning")).toInteger(-1);
    u.cacheWriteTokens = o.value(QStringLiteral("cache_write")).toInteger(-1);
    u.reported = o.value(QStringLiteral("reported")).toObject();
    return u;
}

bool isModelToolTurn(const QJsonObject& turn)
{
    return turn.value(QStringLiteral("role")).toString() == QLatin1String("assistant") &&
           !turn.value(QStringLiteral("tool_calls")).toArray().isEmpty();
}

} // namespace

ToolLoopReply::ToolLoopReply(Provider* provider, ProviderRequest request, QFuture<Result<PackTools>> tools,
                             ToolLoopLimits limits, QObject* parent)
    : ProviderReply(provider->kind(), request.model, parent),
      m_provider(provider),
      m_request(std::move(request)),
      m_tools(std::move(tools)),
      m_limits(limits)
{
    m_turns.append(ConversationTurn::user(m_request.input));
    QTimer::singleShot(0, this, &ToolLoopReply::begin);
}

ToolLoopReply::~ToolLoopReply() { dropInner(); }

void ToolLoopReply::continueFrom(const QJsonArray& recorded, QString keptText)
{
    m_recorded = conversationFromJson(recorded);
    m_keptText = std::move(keptText);
    m_recordedUsage.clear();
    for (const QJsonValue& v : recorded)
        if (const QJsonObject turn = v.toObject(); isModelToolTurn(turn)) // recorded before usage was kept: none
            m_recordedUsage.append(usageFromJson(turn.value(QStringLiteral("usage")).toObject()));
}

QJsonArray ToolLoopReply::conversationJson() const
{
    QJsonArray out = conversationToJson(m_turns);
    qsizetype round = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        QJsonObject turn = out.at(i).toObject();
        if (!isModelToolTurn(turn) || round >= m_roundUsage.size())
            continue;
        turn.insert(QStringLiteral("usage"), usageToJson(m_roundUsage.at(round++)));
        out.replace(i, turn);
    }
    return out;
}

Usage ToolLoopReply::sumUsage(const Usage& a, const Usage& b)
{
    Usage u;
    u.inputTokens = plus(a.inputTokens, b.inputTokens);
    u.cachedInputTokens = plus(a.cachedInputTokens, b.cachedInputTokens);
    u.outputTokens = plus(a.outputTokens, b.outputTokens);
    u.reasoningTokens = plus(a.reasoningTokens, b.reasoningTokens);
    u.cacheWriteTokens = plus(a.cacheWriteTokens, b.cacheWriteTokens);
    u.reported = sumJson(a.reported, b.reported);
    return u;
}

void ToolLoopReply::begin()
{
    if (isDone())
        return;
    if (m_tools.isFinished()) {
        toolsReady(m_tools.result());
        return;
    }
    // A watcher, not a continuation: every tools-mode call of a run waits on the same future,
    // and a future takes one continuation only.
    onReady(m_tools, this, [this](const Result<PackTools>& tools) {
        if (!isDone())
            toolsReady(tools);
    });
}

void ToolLoopReply::toolsReady(const Result<PackTools>& tools)
{
    if (!tools) {
        failWith(Error(tools.error().code, tr("Tools mode: the pack could not be prepared: %1").arg(tools.error().message)));
        return;
    }
    m_executor = std::make_unique<PackToolExecutor>(tools->corpus, tools->index, tools->tokenizer, m_limits.maxTokensRead);
    m_request.tools = PackToolExecutor::definitions();
    if (m_packPrompt) {
        m_request.input = PackManifest::toolsPrompt(*m_packPrompt, *tools->corpus).input;
        m_turns.first().text = m_request.input;
    }
    if (!m_recorded.isEmpty()) { // continue after the last complete round
        m_turns = m_recorded;
        if (!m_keptText.isEmpty())
            appendText(m_keptText);
        for (const ConversationTurn& t : std::as_const(m_turns))
            m_round += t.toolCalls.isEmpty() ? 0 : 1;
        m_roundUsage = m_recordedUsage;
        for (const Usage& u : std::as_const(m_roundUsage))
            m_usageDone = sumUsage(m_usageDone, u); // the rounds before the restart count too
        if (m_usageDone.isKnown())
            updateUsage(m_usageDone);
        if (m_round >= m_limits.maxRounds) {
            sendFinalRound();
            return;
        }
        sendRound(nextRequest());
        return;
    }
    Q_EMIT roundRecorded(m_turns); // the prompt as sent: what Run again and a restart start from
    sendRound(m_request);
}

ProviderRequest ToolLoopReply::nextRequest() const
{
    ProviderRequest next = m_request;
    next.history.append(m_turns);
    next.input.clear();
    return next;
}

void ToolLoopReply::sendRound(const ProviderRequest& request)
{
    ++m_round;
    m_roundHasText = false;
    m_inner = m_provider->send(request, this);
    ProviderReply* inner = m_inner;
    connect(inner, &ProviderReply::textDelta, this, [this](const QString& delta) {
        if (!m_roundHasText && !text().isEmpty())
            appendText(QStringLiteral("\n\n")); // words from an earlier round stay apart
        m_roundHasText = true;
        appendText(delta);
    });
    connect(inner, &ProviderReply::reasoningDelta, this, [this](const QString& delta) { appendReasoning(delta); });
    connect(inner, &ProviderReply::usageUpdated, this,
            [this](const Usage& usage) { updateUsage(sumUsage(m_usageDone, usage)); });
    connect(inner, &ProviderReply::stateChanged, this, [this, inner](ReplyState s) {
        if (s == ReplyState::Retrying)
            setTransientError(inner->lastTransientError());
        if (s == ReplyState::Queued || s == ReplyState::InProgress || s == ReplyState::Thinking ||
            s == ReplyState::Retrying || s == ReplyState::Resuming)
            setState(s);
    });
    connect(inner, &ProviderReply::finished, this, &ToolLoopReply::onRoundFinished);
    connect(inner, &ProviderReply::failed, this, &ToolLoopReply::onRoundFailed);
}

void ToolLoopReply::onRoundFinished(const ProviderResult& result)
{
    m_usageDone = sumUsage(m_usageDone, result.usage);
    updateUsage(m_usageDone);
    if (m_inner) {
        m_inner->disconnect(this);
        m_inner->deleteLater();
        m_inner = nullptr;
    }
    if (result.calls.isEmpty()) {
        complete(result.finishReason, result.truncated);
        return;
    }
    if (m_final) { // asked to answer without tools and still calling them: keep what there is
        complete(QStringLiteral("tool_limit"), true);
        return;
    }
    ConversationTurn modelTurn = ConversationTurn::assistant(result.text);
    modelTurn.native = result.modelTurn;
    modelTurn.toolCalls = result.calls;
    ConversationTurn results = ConversationTurn::user({});
    for (int i = 0; i < result.calls.size(); ++i) {
        ToolExecution done = m_executor->execute(result.calls[i]);
        done.trail.round = m_round;
        done.trail.position = i;
        results.toolResults.append(done.result);
        m_trail.append(done.trail);
        Q_EMIT toolCallExecuted(done.trail);
        if (isDone()) // a listener cancelled
            return;
    }
    m_turns << modelTurn << results;
    m_roundUsage.append(result.usage); // kept with the round (conversationJson)
    Q_EMIT roundRecorded(m_turns);
    if (m_round >= m_limits.maxRounds || m_executor->budgetExhausted()) {
        sendFinalRound();
        return;
    }
    sendRound(nextRequest());
}

void ToolLoopReply::sendFinalRound()
{
    m_final = true;
    ProviderRequest last = m_request;
    last.tools.clear();
    last.history = plainTurns(m_request.history) + plainTurns(m_turns); // a follow-up's history has tool turns too
    last.history.last().text +=
        QStringLiteral("\n\n") +
        (m_executor->budgetExhausted()
             ? tr("The budget of %1 tokens for reading the pack is used up.").arg(m_limits.maxTokensRead)
             : tr("The limit of %1 rounds of tool use is reached.").arg(m_limits.maxRounds)) +
        QLatin1Char(' ') + tr("No more tools are available: write your answer now from what you have read.");
    last.input.clear();
    sendRound(last);
}

void ToolLoopReply::onRoundFailed(const Error& error)
{
    if (m_inner)
        updateUsage(sumUsage(m_usageDone, m_inner->usage()));
    dropInner();
    if (m_final)
        failWith(Error(error.code, tr("The tool limit was reached and the request for the final answer failed: %1")
                                       .arg(error.message)));
    else
        failWith(error);
}

void ToolLoopReply::dropInner()
{
    if (!m_inner)
        return;
    ProviderReply* inner = m_inner;
    m_inner = nullptr;
    inner->disconnect(this);
    if (inner->isDone())
        inner->deleteLater();
    else
        delete inner; // aborts without signals
}

void ToolLoopReply::cancelOnServer()
{
    if (m_inner && !m_inner->isDone()) {
        m_inner->disconnect(this);
        m_inner->cancel(); // a background response is cancelled on the server too
    }
}

void ToolLoopReply::abortTransport()
{
    m_tools = {};
    dropInner();
}

} // namespace Cb::Core

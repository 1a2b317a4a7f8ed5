#include "core/run/callmetrics.h"

#include "core/models/billedusage.h"
#include "core/models/costestimator.h"

namespace Cb::Core::CallMetrics {

std::optional<qint64> elapsedMs(const CallRecord& call, const QDateTime& now)
{
    if (call.totalMs)
        return call.totalMs;
    if (!call.startedAt.isValid() || isTerminal(call.status))
        return std::nullopt;
    return qMax<qint64>(0, call.startedAt.msecsTo(now));
}

std::optional<double> tokensPerSecond(const CallRecord& call)
{
    const qint64 output = BilledUsage::fromRecorded(call.provider, call.usage).outputTokens;
    if (output <= 0 || !call.totalMs)
        return std::nullopt;
    const qint64 generating = *call.totalMs - call.firstTokenMs.value_or(0);
    if (generating <= 0)
        return std::nullopt;
    return double(output) * 1000.0 / double(generating);
}

QJsonObject timingsJson(const CallRecord& call)
{
    QJsonObject t;
    if (call.startedAt.isValid())
        t.insert(QStringLiteral("started_at"), call.startedAt.toUTC().toString(Qt::ISODateWithMs));
    if (call.firstTokenMs)
        t.insert(QStringLiteral("first_token_ms"), *call.firstTokenMs);
    if (call.totalMs)
        t.insert(QStringLiteral("total_ms"), *call.totalMs);
    if (const auto tps = tokensPerSecond(call))
        t.insert(QStringLiteral("tokens_per_second"), qRound(*tps * 10.0) / 10.0);
    return t;
}

QJsonObject usageJson(const Usage& usage)
{
    if (!usage.reported.isEmpty())
        return usage.reported;
    QJsonObject o;
    auto put = [&o](const char* name, qint64 value) {
        if (value >= 0)
            o.insert(QString::fromLatin1(name), value);
    };
    put("input_tokens", usage.inputTokens);
    put("cached_input_tokens", usage.cachedInputTokens);
    put("output_tokens", usage.outputTokens);
    put("reasoning_tokens", usage.reasoningTokens);
    return o;
}

std::optional<double> actualCost(const std::optional<ModelInfo>& model, const Usage& usage)
{
    if (!model || !usage.isKnown())
        return std::nullopt;
    BilledUsage billed;
    billed.inputTokens = qMax<qint64>(0, usage.inputTokens);
    billed.cachedInputTokens = qMax<qint64>(0, usage.cachedInputTokens);
    billed.outputTokens = qMax<qint64>(0, usage.outputTokens);
    billed.reasoningTokens = qMax<qint64>(0, usage.reasoningTokens);
    billed.cacheWriteTokens = qMax<qint64>(0, usage.cacheWriteTokens);
    return CostEstimator::actualCost(*model, billed);
}

} // namespace Cb::Core::CallMetrics

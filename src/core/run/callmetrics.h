#pragma once

#include "core/history/runrecord.h"
#include "core/models/modelinfo.h"
#include "core/providers/usage.h"

#include <QJsonObject>

#include <optional>

namespace Cb::Core {

// Figures derived from a call record for progress displays, history and the CLI summary.
// Pure functions.
namespace CallMetrics {

// Milliseconds since the call started: totalMs once it ended, else until `now`.
std::optional<qint64> elapsedMs(const CallRecord& call, const QDateTime& now = QDateTime::currentDateTimeUtc());
// Output tokens (reasoning included) per second after the first token; nullopt when unknown.
std::optional<double> tokensPerSecond(const CallRecord& call);
// {"started_at", "first_token_ms", "total_ms", "tokens_per_second"} as known.
QJsonObject timingsJson(const CallRecord& call);
// The usage object as the provider reported it; when a reply carried none (a stand-in
// Usage), the normalised {input_tokens, cached_input_tokens, output_tokens, reasoning_tokens}.
QJsonObject usageJson(const Usage& usage);
// Actual cost in USD from the usage and the catalog entry; nullopt when either is unknown.
std::optional<double> actualCost(const std::optional<ModelInfo>& model, const Usage& usage);

} // namespace CallMetrics

} // namespace Cb::Core

#pragma once

#include <QString>

// The keys of a model's run parameters (PlannedModel::params, RunTarget::params, the model
// picker's per-model settings, recorded call params). One spelling for every layer.
namespace Cb::Core::ParamKey {
inline const QString Effort = QStringLiteral("effort");
inline const QString MaxOutputTokens = QStringLiteral("max_output_tokens");
inline const QString Temperature = QStringLiteral("temperature");
inline const QString ThinkingBudget = QStringLiteral("thinking_budget");
inline const QString ReasoningSummary = QStringLiteral("reasoning_summary");
inline const QString Background = QStringLiteral("background");
inline const QString Stream = QStringLiteral("stream");
inline const QString BaseUrl = QStringLiteral("base_url");
// Tools mode: "context" is "full" (default) or "tools"; the loop's limits (ToolLoopLimits).
inline const QString Context = QStringLiteral("context");
inline const QString MaxToolRounds = QStringLiteral("max_tool_rounds");
inline const QString MaxTokensRead = QStringLiteral("max_tokens_read");
} // namespace Cb::Core::ParamKey

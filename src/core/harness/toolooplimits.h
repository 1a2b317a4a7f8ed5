#pragma once

#include <QJsonObject>
#include <QString>

namespace Cb::Core {

// How a model of a run receives the pack, and the limits of its tool loop. Lives in the
// planned model's params: "context" ("full" | "tools"), "max_tool_rounds", "max_tokens_read".
struct ToolLoopLimits
{
    static constexpr int kDefaultRounds = 8;
    static constexpr qint64 kDefaultTokensRead = 200000;

    int maxRounds = kDefaultRounds;            // rounds in which tools run; then one last answer request
    qint64 maxTokensRead = kDefaultTokensRead; // tokens read_item may return in one answer, in all

    // True when params ask for tools mode.
    static bool toolsMode(const QJsonObject& params);
    // The limits in params, defaults for what is missing; values below 1 read as 1.
    static ToolLoopLimits fromParams(const QJsonObject& params);
    // Marks params as tools mode with these limits.
    void writeTo(QJsonObject& params) const;
};

} // namespace Cb::Core

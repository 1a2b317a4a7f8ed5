#pragma once

#include "core/models/contextbudget.h"
#include "core/models/costestimator.h"
#include "core/models/modelselection.h"
#include "core/prompt/promptcounts.h"
#include "core/tokenize/encoding.h"

#include <optional>

namespace Cb::Core {

// Budget and pre-send cost of one run target for the current prompt.
//
// Prompt size: exact with the model's own encoding; for models without a public tokenizer
// (Claude, Gemini, unknown local models) an estimate with o200k_base, marked not exact, unless
// the provider's count endpoint gave an exact figure for this very prompt. The cost covers all
// repeats of the target. A plain value from a pure function; any thread.
struct TargetBudget
{
    RunTarget target;
    Encoding encoding = Encoding::O200kBase;
    bool counted = false; // false while the counts for this prompt are not in yet
    bool exact = false;
    bool remoteExact = false; // the exact figure came from a count endpoint
    qint64 promptTokens = 0;
    std::optional<ContextBudget> budget; // nullopt: model unknown to the catalog
    CostRange cost;

    // The encoding the target is counted with, and whether that count is exact for it.
    static std::pair<Encoding, bool> countingEncoding(const RunTarget& target);
    // Distinct encodings a plan needs, in target order.
    static QList<Encoding> encodingsFor(const ModelSelection& plan);
    // Whether a provider count endpoint can give the exact figure (Anthropic, Gemini).
    static bool canCountRemotely(const RunTarget& target);

    // counts may be null (not counted yet); remoteTokens is an exact count for this prompt.
    static TargetBudget evaluate(const RunTarget& target, int repeats, const PromptCounts* counts,
                                 std::optional<qint64> remoteTokens = std::nullopt);
    // The run's total over the targets whose cost is known (unknownCount says how many were not).
    static CostRange total(const QList<TargetBudget>& budgets, int* unknownCount = nullptr);
};

} // namespace Cb::Core

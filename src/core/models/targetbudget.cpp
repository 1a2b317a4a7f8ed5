#include "core/models/targetbudget.h"

namespace Cb::Core {

std::pair<Encoding, bool> TargetBudget::countingEncoding(const RunTarget& target)
{
    if (target.model) {
        if (const auto e = encodingFromName(target.model->encoding))
            return {*e, true};
        return {Encoding::O200kBase, false};
    }
    // Not in the catalog: an OpenAI model name still tells its encoding.
    const qsizetype colon = target.key.indexOf(QLatin1Char(':'));
    const QString provider = target.key.left(colon);
    if (provider == providerName(ModelProvider::OpenAi))
        if (const auto e = encodingForModel(target.key.mid(colon + 1)))
            return {*e, true};
    return {Encoding::O200kBase, false};
}

QList<Encoding> TargetBudget::encodingsFor(const ModelSelection& plan)
{
    QList<Encoding> out;
    for (const RunTarget& t : plan.targets) {
        const Encoding e = countingEncoding(t).first;
        if (!out.contains(e))
            out.append(e);
    }
    return out;
}

bool TargetBudget::canCountRemotely(const RunTarget& target)
{
    if (!target.model || target.model->hasPublicTokenizer())
        return false;
    return target.model->provider == ModelProvider::Anthropic ||
           target.model->provider == ModelProvider::Gemini;
}

TargetBudget TargetBudget::evaluate(const RunTarget& target, int repeats,
                                    const PromptCounts* counts, std::optional<qint64> remoteTokens)
{
    TargetBudget b;
    b.target = target;
    const auto [encoding, exact] = countingEncoding(target);
    b.encoding = encoding;
    b.exact = exact;
    const EncodingCounts* c = counts ? counts->find(encoding) : nullptr;
    if (remoteTokens) {
        b.counted = true;
        b.exact = true;
        b.remoteExact = true;
        b.promptTokens = *remoteTokens;
    } else if (c) {
        b.counted = true;
        b.promptTokens = c->total();
    }
    if (!b.counted || !target.model)
        return b;
    const qint64 maxOutput = target.maxOutputTokens();
    b.budget = ContextBudget::evaluate(b.promptTokens, b.exact, *target.model, maxOutput);
    b.cost = CostEstimator::estimateCall(*target.model, b.promptTokens, b.exact, maxOutput, repeats);
    return b;
}

CostRange TargetBudget::total(const QList<TargetBudget>& budgets, int* unknownCount)
{
    CostRange sum;
    sum.known = true;
    int unknown = 0;
    for (const TargetBudget& b : budgets) {
        if (!b.cost.known) {
            ++unknown;
            continue;
        }
        sum.low += b.cost.low;
        sum.high += b.cost.high;
        sum.inputExact = sum.inputExact && b.cost.inputExact;
    }
    if (unknown == budgets.size())
        sum.known = false;
    if (unknownCount)
        *unknownCount = unknown;
    return sum;
}

} // namespace Cb::Core

#include "core/run/callrequestbuilder.h"

#include "core/prompt/assembledprompt.h"

namespace Cb::Core {

namespace {
const QString kEffort = QStringLiteral("effort");
const QString kMaxOutput = QStringLiteral("max_output_tokens");
const QString kTemperature = QStringLiteral("temperature");
const QString kThinking = QStringLiteral("thinking_budget");
const QString kSummary = QStringLiteral("reasoning_summary");
const QString kBackground = QStringLiteral("background");
const QString kStream = QStringLiteral("stream");
const QString kBaseUrl = QStringLiteral("base_url");
} // namespace

CallRequestBuilder::CallRequestBuilder(ModelCatalog catalog, QHash<QString, QString> baseUrls)
    : m_catalog(std::move(catalog)), m_baseUrls(std::move(baseUrls))
{
}

ProviderKind CallRequestBuilder::kindFor(const QString& provider)
{
    if (provider == QLatin1String("anthropic"))
        return ProviderKind::Anthropic;
    if (provider == QLatin1String("gemini"))
        return ProviderKind::Gemini;
    if (provider == QLatin1String("openai-compatible"))
        return ProviderKind::ChatCompletions;
    return ProviderKind::OpenAiResponses;
}

BuiltCall CallRequestBuilder::build(const PlannedModel& planned, const AssembledPrompt& prompt) const
{
    return build(planned, prompt.instructions, prompt.input);
}

BuiltCall CallRequestBuilder::build(const PlannedModel& planned, const QString& instructions,
                                    const QString& input) const
{
    BuiltCall out;
    ProviderRequest& r = out.request;
    const QJsonObject& p = planned.params;
    r.kind = kindFor(planned.provider);
    r.model = planned.model;
    r.instructions = instructions;
    r.input = input;
    r.baseUrl = p.value(kBaseUrl).toString(m_baseUrls.value(planned.provider));
    if (const auto provider = providerFromName(planned.provider))
        out.info = m_catalog.find(*provider, planned.model);
    const ModelCapabilities caps = out.info ? out.info->capabilities : ModelCapabilities{};
    const bool openAiStyle = r.kind == ProviderKind::OpenAiResponses || r.kind == ProviderKind::ChatCompletions;
    const bool reasoningModel = openAiStyle && isOpenAiReasoningModel(planned.model);

    const QString effort = p.value(kEffort).toString();
    if (!effort.isEmpty() && (out.info ? caps.reasoningEfforts.contains(effort) : reasoningModel))
        r.reasoningEffort = effort;

    const bool temperatureAllowed = out.info ? caps.temperature : !reasoningModel;
    if (p.contains(kTemperature) && temperatureAllowed)
        r.temperature = p.value(kTemperature).toDouble();

    if (p.contains(kMaxOutput)) {
        int max = p.value(kMaxOutput).toInt();
        if (out.info && out.info->maxOutput > 0)
            max = int(qMin<qint64>(max, out.info->maxOutput));
        if (max > 0)
            r.maxOutputTokens = max;
    }

    if (p.contains(kThinking) && (!out.info || caps.thinkingBudget)) {
        int budget = p.value(kThinking).toInt();
        if (caps.thinkingBudget)
            budget = budget <= 0 && caps.thinkingBudget->canDisable
                         ? 0
                         : qBound(caps.thinkingBudget->min, budget, caps.thinkingBudget->max);
        r.thinkingBudget = budget;
    }
    // Extended thinking on Claude only accepts the default temperature.
    if (r.kind == ProviderKind::Anthropic && r.thinkingBudget.value_or(0) > 0)
        r.temperature.reset();

    const bool reasons = !caps.reasoningEfforts.isEmpty() || caps.thinkingBudget.has_value() || reasoningModel;
    r.reasoningSummary = p.value(kSummary).toBool(reasons);

    if (r.kind == ProviderKind::OpenAiResponses) {
        const bool required = caps.background == BackgroundMode::Required;
        const bool allowed = caps.background != BackgroundMode::Unsupported || !out.info;
        r.background = required || (allowed && p.value(kBackground).toBool());
        // A model that cannot stream (o3-pro) is polled; others stream even in background.
        r.stream = !r.background || caps.streaming;
    }

    QJsonObject& e = out.effectiveParams;
    if (!r.reasoningEffort.isEmpty())
        e.insert(kEffort, r.reasoningEffort);
    if (r.maxOutputTokens)
        e.insert(kMaxOutput, *r.maxOutputTokens);
    if (r.temperature)
        e.insert(kTemperature, *r.temperature);
    if (r.thinkingBudget)
        e.insert(kThinking, *r.thinkingBudget);
    e.insert(kSummary, r.reasoningSummary);
    if (r.background) {
        e.insert(kBackground, true);
        e.insert(kStream, r.stream);
    }
    if (!r.baseUrl.isEmpty())
        e.insert(kBaseUrl, r.baseUrl);
    return out;
}

} // namespace Cb::Core

#include "core/run/callrequestbuilder.h"

#include "core/harness/toolooplimits.h"
#include "core/models/paramkeys.h"
#include "core/prompt/assembledprompt.h"

namespace Cb::Core {

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
    r.baseUrl = p.value(ParamKey::BaseUrl).toString(m_baseUrls.value(planned.provider));
    if (const auto provider = providerFromName(planned.provider))
        out.info = m_catalog.find(*provider, planned.model);
    const ModelCapabilities caps = out.info ? out.info->capabilities : ModelCapabilities{};
    const bool openAiStyle = r.kind == ProviderKind::OpenAiResponses || r.kind == ProviderKind::ChatCompletions;
    const bool reasoningModel = openAiStyle && isOpenAiReasoningModel(planned.model);

    const QString effort = p.value(ParamKey::Effort).toString();
    if (!effort.isEmpty() && (out.info ? caps.reasoningEfforts.contains(effort) : reasoningModel))
        r.reasoningEffort = effort;

    const bool temperatureAllowed = out.info ? caps.temperature : !reasoningModel;
    if (p.contains(ParamKey::Temperature) && temperatureAllowed)
        r.temperature = p.value(ParamKey::Temperature).toDouble();

    if (p.contains(ParamKey::MaxOutputTokens)) {
        int max = p.value(ParamKey::MaxOutputTokens).toInt();
        if (out.info && out.info->maxOutput > 0)
            max = int(qMin<qint64>(max, out.info->maxOutput));
        if (max > 0)
            r.maxOutputTokens = max;
    }

    if (p.contains(ParamKey::ThinkingBudget) && (!out.info || caps.thinkingBudget)) {
        int budget = p.value(ParamKey::ThinkingBudget).toInt();
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
    r.reasoningSummary = p.value(ParamKey::ReasoningSummary).toBool(reasons);

    if (r.kind == ProviderKind::OpenAiResponses) {
        const bool required = caps.background == BackgroundMode::Required;
        const bool allowed = caps.background != BackgroundMode::Unsupported || !out.info;
        r.background = required || (allowed && p.value(ParamKey::Background).toBool());
        // A model that cannot stream (o3-pro) is polled; others stream even in background.
        r.stream = !r.background || caps.streaming;
    }

    QJsonObject& e = out.effectiveParams;
    if (!r.reasoningEffort.isEmpty())
        e.insert(ParamKey::Effort, r.reasoningEffort);
    if (r.maxOutputTokens)
        e.insert(ParamKey::MaxOutputTokens, *r.maxOutputTokens);
    if (r.temperature)
        e.insert(ParamKey::Temperature, *r.temperature);
    if (r.thinkingBudget)
        e.insert(ParamKey::ThinkingBudget, *r.thinkingBudget);
    e.insert(ParamKey::ReasoningSummary, r.reasoningSummary);
    if (r.background) {
        e.insert(ParamKey::Background, true);
        e.insert(ParamKey::Stream, r.stream);
    }
    if (!r.baseUrl.isEmpty())
        e.insert(ParamKey::BaseUrl, r.baseUrl);
    if (ToolLoopLimits::toolsMode(p))
        ToolLoopLimits::fromParams(p).writeTo(e);
    return out;
}

} // namespace Cb::Core

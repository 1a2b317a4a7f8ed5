#include "core/harness/askfirst.h"

#include "core/models/paramkeys.h"
#include "core/prompt/assembledprompt.h"
#include "core/run/callmetrics.h"
#include "core/secrets/secretstore.h"

#include <QJsonArray>
#include <QPointer>

#include <memory>

namespace Cb::Core {

AskFirst::AskFirst(CallLauncher& launcher, CallRequestBuilder builder, QObject* parent)
    : QObject(parent), m_builder(std::move(builder)), m_call(launcher, this)
{
    connect(&m_call, &StructuredCall::finished, this, [this](const StructuredAnswer& answer) {
        AskFirstResult result;
        result.answer = answer;
        result.questions = ClarificationNote::questionsFromJson(
            answer.value.toObject().value(QStringLiteral("questions")).toArray());
        Q_EMIT finished(result);
    });
    connect(&m_call, &StructuredCall::failed, this, &AskFirst::failed);
}

QJsonObject AskFirst::schema(int maxQuestions)
{
    // The strict subset every provider takes: all properties required, no others allowed.
    const QJsonObject text{{QStringLiteral("type"), QStringLiteral("string")}};
    const QJsonObject question{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("question"), text},
                                                   {QStringLiteral("why_it_matters"), text},
                                                   {QStringLiteral("assumption_if_unanswered"), text}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("question"), QStringLiteral("why_it_matters"),
                                                QStringLiteral("assumption_if_unanswered")}},
        {QStringLiteral("additionalProperties"), false}};
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("questions"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                               {QStringLiteral("items"), question},
                                                               {QStringLiteral("maxItems"), maxQuestions}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("questions")}},
        {QStringLiteral("additionalProperties"), false}};
}

QString AskFirst::instructions(int maxQuestions)
{
    // Not translated: what a model is sent must not depend on the interface language (the same
    // pack asks the same in the window in Korean and in a script in English), and the questions
    // follow the pack's language, since their answers become a note in that pack.
    return QStringLiteral(
               "You prepare a request for a planning model. Below is the prompt it will receive: its instructions "
               "and its input (the material and the goal). Before it starts, list at most %1 clarifying questions "
               "whose answers would most change the plan: facts the material leaves missing, ambiguous or "
               "contradictory, and decisions only the person asking can make. Never ask what the material already "
               "answers. For each question say why it matters and what the planner will assume if it stays "
               "unanswered. Fewer strong questions beat many weak ones; return an empty list when nothing important "
               "is unclear. Write the questions, why they matter and the assumptions in the language of the goal "
               "(if the goal has no clear language, in the language most of the material is written in), whatever "
               "the language of these instructions.")
        .arg(maxQuestions);
}

QString AskFirst::input(const AssembledPrompt& prompt)
{
    return QStringLiteral("<planner_instructions>\n") + prompt.instructions +
           QStringLiteral("\n</planner_instructions>\n\n<planner_input>\n") + prompt.input +
           QStringLiteral("\n</planner_input>");
}

BuiltCall AskFirst::buildCall(const CallRequestBuilder& builder, const AssembledPrompt& prompt,
                             const AskFirstOptions& options)
{
    PlannedModel planned = options.model;
    // Questions need little thought; the builder drops the effort where the model has none.
    if (!planned.params.contains(ParamKey::Effort))
        planned.params.insert(ParamKey::Effort, QStringLiteral("low"));
    BuiltCall call = builder.build(planned, instructions(options.maxQuestions), input(prompt));
    call.request.responseSchema = schema(options.maxQuestions);
    call.request.responseSchemaName = schemaName();
    return call;
}

std::optional<ModelInfo> AskFirst::cheapestModel(const ModelCatalog& catalog, const QStringList& providersWithKeys,
                                                 qint64 promptTokens)
{
    std::optional<ModelInfo> best;
    for (const ModelInfo& m : catalog.models()) {
        const TokenPrices& p = m.pricing.base;
        if (!providersWithKeys.contains(providerName(m.provider)) || !p.known())
            continue;
        if (promptTokens > 0 && m.inputLimit() > 0 && m.inputLimit() < promptTokens)
            continue;
        const TokenPrices& b = best ? best->pricing.base : p;
        if (!best || *p.input < *b.input || (*p.input == *b.input && *p.output < *b.output))
            best = m;
    }
    return best;
}

AskRecord AskFirst::historyRecord(const AskFirstResult& result, const QString& packTitle, const QString& packPath)
{
    AskRecord record;
    record.packTitle = packTitle;
    record.packPath = packPath;
    const auto planned = PlannedModel::parse(result.answer.model);
    record.provider = planned ? planned->provider : QString();
    record.model = planned ? planned->model : result.answer.model;
    record.questions = int(result.questions.size());
    record.rounds = result.answer.rounds;
    record.usage = CallMetrics::usageJson(result.answer.usage);
    record.costUsd = result.answer.costUsd;
    return record;
}

void AskFirst::defaultModel(const ModelCatalog& catalog, SecretStore& secrets, const AssembledPrompt& prompt,
                            QObject* context, std::function<void(std::optional<ModelInfo>)> done)
{
    constexpr qsizetype charsPerToken = 4; // a rough size is enough to rule out small windows
    const qint64 tokens = (prompt.instructions.size() + prompt.input.size()) / charsPerToken;
    const QStringList providers{QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gemini")};
    auto withKeys = std::make_shared<QStringList>();
    auto pending = std::make_shared<int>(int(providers.size()));
    QPointer<QObject> guard(context);
    for (const QString& provider : providers) {
        secrets.lookup(provider, [=](SecretLookup found) {
            if (!found.value.isEmpty())
                withKeys->append(provider);
            if (--*pending > 0 || !guard)
                return;
            done(cheapestModel(catalog, withKeys->isEmpty() ? providers : *withKeys, tokens));
        });
    }
}

VoidResult AskFirst::start(const AssembledPrompt& prompt, const AskFirstOptions& options)
{
    if (options.model.provider.isEmpty() || options.model.model.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Choose the model that asks (PROVIDER:MODEL)."));
    if (options.maxQuestions < 1 || options.maxQuestions > MaxQuestionsLimit)
        return fail(ErrorCode::InvalidInput,
                    tr("The number of questions must be between 1 and %1.").arg(MaxQuestionsLimit));
    return m_call.start(buildCall(m_builder, prompt, options), options.model.provider);
}

} // namespace Cb::Core

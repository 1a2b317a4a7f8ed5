#include "core/harness/structuredcall.h"

#include "core/eval/jsonschemavalidator.h"
#include "core/providers/providerreply.h"
#include "core/providers/structuredoutput.h"
#include "core/run/calllauncher.h"
#include "core/run/callmetrics.h"

namespace Cb::Core {

namespace {

qint64 addKnown(qint64 a, qint64 b)
{
    if (a < 0)
        return b;
    return b < 0 ? a : a + b;
}

void addUsage(Usage& total, const Usage& round)
{
    total.inputTokens = addKnown(total.inputTokens, round.inputTokens);
    total.cachedInputTokens = addKnown(total.cachedInputTokens, round.cachedInputTokens);
    total.outputTokens = addKnown(total.outputTokens, round.outputTokens);
    total.reasoningTokens = addKnown(total.reasoningTokens, round.reasoningTokens);
    total.cacheWriteTokens = addKnown(total.cacheWriteTokens, round.cacheWriteTokens);
}

// Problems with an answer: not JSON, or the validator's messages; empty when it is valid.
QStringList problemsWith(const QString& text, const QJsonObject& schema, QJsonValue& value)
{
    auto parsed = StructuredOutput::parseAnswer(text);
    if (!parsed)
        return {parsed.error().message};
    value = *parsed;
    auto validator = JsonSchemaValidator::create(schema);
    return validator ? validator->validate(value) : QStringList{validator.error().message};
}

} // namespace

StructuredCall::StructuredCall(CallLauncher& launcher, QObject* parent) : QObject(parent), m_launcher(launcher) {}

StructuredCall::~StructuredCall() { dropReply(); }

QString StructuredCall::repairMessage(const QString& schemaName, const QStringList& problems)
{
    return tr("Your answer does not match the JSON Schema \"%1\":\n%2\n\nReply again with the corrected JSON "
              "value only: no prose, no code fence.")
        .arg(schemaName, QStringLiteral("- ") + problems.join(QStringLiteral("\n- ")));
}

VoidResult StructuredCall::start(const BuiltCall& call, const QString& provider)
{
    if (m_running)
        return fail(ErrorCode::InvalidInput, tr("A structured call is already running."));
    if (call.request.responseSchema.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A structured call needs a response schema."));
    if (auto validator = JsonSchemaValidator::create(call.request.responseSchema); !validator)
        return fail(validator.error());
    m_call = call;
    m_provider = provider;
    m_answer = StructuredAnswer{};
    m_answer.model = provider + QLatin1Char(':') + call.request.model;
    m_costKnown = true;
    m_running = true;
    const quint64 generation = ++m_generation;
    m_launcher.lookupKey(provider, this, [this, generation](const QString& key) {
        if (generation != m_generation)
            return;
        if (const auto missing = CallLauncher::missingKey(m_provider, m_call.request.kind, key)) {
            stop(*missing, QString());
            return;
        }
        m_key = key;
        send(m_call.request);
    });
    return {};
}

void StructuredCall::cancel()
{
    if (m_running)
        stop(Error(ErrorCode::Cancelled, tr("Cancelled.")), m_answer.rawText);
}

void StructuredCall::send(const ProviderRequest& request)
{
    ProviderRequest withKey = request;
    withKey.apiKey = m_key;
    m_reply = m_launcher.send(withKey, QString(), this);
    connect(m_reply, &ProviderReply::finished, this, &StructuredCall::onFinished);
    connect(m_reply, &ProviderReply::failed, this, [this](const Error& e) { stop(e, m_answer.rawText); });
}

void StructuredCall::onFinished(const ProviderResult& result)
{
    dropReply();
    addUsage(m_answer.usage, result.usage);
    const std::optional<double> cost = CallMetrics::actualCost(m_call.info, result.usage);
    m_costKnown = m_costKnown && cost.has_value();
    m_answer.costUsd = m_costKnown ? std::optional<double>(m_answer.costUsd.value_or(0) + *cost) : std::nullopt;
    if (result.refused) {
        stop(Error(ErrorCode::Provider, tr("The model declined to answer: %1").arg(result.refusal)), result.refusal);
        return;
    }
    m_answer.rawText = result.text;
    const QString name = StructuredOutput::schemaName(m_call.request);
    QJsonValue value;
    const QStringList problems = problemsWith(result.text, m_call.request.responseSchema, value);
    if (problems.isEmpty()) {
        m_answer.value = value;
        m_running = false;
        ++m_generation;
        Q_EMIT finished(m_answer);
        return;
    }
    if (m_answer.rounds >= 2) {
        stop(Error(ErrorCode::Parse, tr("The answer of %1 still does not match the schema \"%2\" after a repair "
                                        "round: %3")
                                         .arg(m_answer.model, name, problems.join(QStringLiteral("; ")))),
             result.text);
        return;
    }
    // The repair round: the same request continued with the bad answer and what is wrong with it.
    ++m_answer.rounds;
    ProviderRequest repair = m_call.request;
    repair.history.append(ConversationTurn::user(m_call.request.input));
    repair.history.append(ConversationTurn::assistant(result.text.isEmpty() ? QStringLiteral("(no answer)")
                                                                            : result.text));
    repair.input = repairMessage(name, problems);
    send(repair);
}

void StructuredCall::stop(const Error& error, const QString& rawText)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    dropReply();
    Q_EMIT failed(error, rawText);
}

void StructuredCall::dropReply()
{
    // Deleting a reply aborts it without a signal (ProviderReply's contract); later, because
    // it may be the one emitting.
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->deleteLater();
    }
    m_reply = nullptr;
}

} // namespace Cb::Core

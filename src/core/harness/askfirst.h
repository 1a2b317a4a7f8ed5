#pragma once

#include "core/harness/clarificationnote.h"
#include "core/harness/structuredcall.h"
#include "core/history/askstore.h"
#include "core/run/runplan.h"

#include <QObject>

#include <functional>

namespace Cb::Core {

struct AssembledPrompt;
class SecretStore;

struct AskFirstOptions
{
    PlannedModel model{}; // the model that asks (a cheap one: cheapestModel())
    int maxQuestions = 5;
};

struct AskFirstResult
{
    QList<ClarifyingQuestion> questions{};
    StructuredAnswer answer{}; // model, raw text, usage, cost, rounds
};

// "Ask first": before an expensive run, a model reads the pack and goal (the prompt the planner
// will get, as assembled for a normal run) and returns up to N clarifying questions through a
// structured-output schema ({"questions":[{"question","why_it_matters",
// "assumption_if_unanswered"}]}), validated and repaired once by StructuredCall. The answers go
// into the pack through ClarificationNote. Signal contract: after start() succeeds exactly one
// of finished() or failed(); cancel() gives failed(Cancelled). GUI thread; not owning the
// launcher.
class AskFirst : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxQuestionsLimit = 20;

    AskFirst(CallLauncher& launcher, CallRequestBuilder builder, QObject* parent = nullptr);

    static QJsonObject schema(int maxQuestions);
    static QString schemaName() { return QStringLiteral("clarifying_questions"); }
    static QString instructions(int maxQuestions);
    // The planner's prompt, both parts, quoted as material for the asking model.
    static QString input(const AssembledPrompt& prompt);
    static BuiltCall buildCall(const CallRequestBuilder& builder, const AssembledPrompt& prompt,
                               const AskFirstOptions& options);

    // The cheapest catalog model (input price, then output price) of a provider in
    // `providersWithKeys` whose input limit holds `promptTokens`; nullopt when none does.
    static std::optional<ModelInfo> cheapestModel(const ModelCatalog& catalog, const QStringList& providersWithKeys,
                                                  qint64 promptTokens);
    // The model that asks when none is chosen, as the window and `contextbench ask` both pick
    // it: the cheapest model (cheapestModel) of a cloud provider with a key in `secrets`
    // (looked up asynchronously), or with no key at all the cheapest of any, so the caller can
    // say which key is missing. `done` runs once, unless `context` is gone first.
    static void defaultModel(const ModelCatalog& catalog, SecretStore& secrets, const AssembledPrompt& prompt,
                             QObject* context, std::function<void(std::optional<ModelInfo>)> done);

    // What history keeps of an answered ask (AskStore): model, questions, usage and cost.
    static AskRecord historyRecord(const AskFirstResult& result, const QString& packTitle, const QString& packPath);

    // Fails at once when busy, without a model, or when maxQuestions is outside 1..20.
    VoidResult start(const AssembledPrompt& prompt, const AskFirstOptions& options);
    void cancel() { m_call.cancel(); }
    bool isRunning() const { return m_call.isRunning(); }
    const CallRequestBuilder& builder() const { return m_builder; }

Q_SIGNALS:
    void finished(const Cb::Core::AskFirstResult& result);
    void failed(const Cb::Core::Error& error, const QString& rawText);

private:
    CallRequestBuilder m_builder;
    StructuredCall m_call;
};

} // namespace Cb::Core

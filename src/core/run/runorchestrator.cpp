#include "core/run/runorchestrator.h"

#include <QCoreApplication>

#include "core/eval/citationchecker.h"
#include "core/harness/toolloopreply.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/fusion/fusionrunner.h"
#include "core/history/toolcallstore.h"
#include "core/pack/pack.h"
#include "core/run/followupsender.h"
#include "core/run/replyoutcome.h"
#include "core/run/runhistorywriter.h"
#include "core/common/futureready.h"
#include "core/run/runsession.h"
#include "core/tokenize/tokenizerregistry.h"

#include <QDir>
#include <QJsonArray>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace Cb::Core {

namespace {

QString catalogVersion(const ModelCatalog& catalog)
{
    return QStringLiteral("%1 (%2)").arg(catalog.catalogVersion()).arg(catalog.updated().toString(Qt::ISODate));
}

} // namespace

RunOrchestrator::RunOrchestrator(RunEnvironment environment, QObject* parent)
    : QObject(parent), m_env(std::move(environment)), m_launcher(m_env.network, m_env.secrets, m_env.options)
{
}

RunOrchestrator::~RunOrchestrator() { shutdown(); }

RunOrchestrator::LiveCall* RunOrchestrator::live(qint64 callId)
{
    for (LiveCall& c : m_calls)
        if (c.id == callId)
            return &c;
    return nullptr;
}

void RunOrchestrator::createSession(RunRecord record)
{
    m_session = new RunSession(std::move(record), this);
    if (m_env.history)
        m_writer = new RunHistoryWriter(m_session, m_env.history, m_env.persistIntervalMs, this);
    m_followUps = new FollowUpSender(m_session, m_launcher, m_env.builder, m_env.history, this);
    m_fusions = new FusionRunner(m_session, m_launcher, m_env.builder, m_env.history, this);
    m_followUps->setPackAccess([this](bool tools) {
        // A reopened run reads its pack again (off the GUI thread), only when a follow-up needs it.
        return FollowUpSender::PackAccess{tools ? packTools() : QFuture<Result<PackTools>>(), citationChecker()};
    });
    connect(m_session, &RunSession::finished, this, &RunOrchestrator::finished);
}

Result<RunSession*> RunOrchestrator::start(const RunInput& input, const RunPlan& plan)
{
    auto prepared = prepare(input, plan);
    if (!prepared)
        return fail(prepared.error());
    RunRecord run = std::move(*prepared);
    if (m_env.history) {
        if (auto inserted = m_env.history->insertRun(run); !inserted)
            return fail(inserted.error());
    } else {
        for (int i = 0; i < run.calls.size(); ++i)
            run.calls[i].id = i + 1;
    }
    return startRecorded(std::move(run));
}

Result<RunRecord> RunOrchestrator::prepare(const RunInput& input, const RunPlan& plan)
{
    if (m_session || m_prepared)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Core::RunOrchestrator",
                                                "This orchestrator already ran."));
    if (plan.callCount() == 0)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("Cb::Core::RunOrchestrator", "Choose at least one model to send to."));
    if (input.pack) {
        m_pack = input.pack;
        m_citations = std::make_shared<const CitationChecker>(*input.pack);
    }
    RunRecord run;
    run.packTitle = input.packTitle;
    run.packPath = input.packPath;
    run.packHash = input.packHash;
    run.packGoal = input.packGoal;
    run.manifest = input.manifest;
    run.templateName = input.prompt.templateName;
    run.instructions = input.prompt.instructions;
    run.input = input.prompt.input;
    run.promptSha256 = QString::fromLatin1(input.prompt.sha256());
    run.catalogVersion = catalogVersion(m_env.builder.catalog());
    run.settings = {{QStringLiteral("plan"), plan.toJson()},
                    {QStringLiteral("per_provider_limit"), m_env.perProviderLimit}};
    bool toolsMode = false;
    for (const PlannedModel& m : plan.models)
        toolsMode = toolsMode || ToolLoopLimits::toolsMode(m.params);
    if (toolsMode && !input.pack)
        return fail(ErrorCode::InvalidInput, tr("Tools mode needs the pack itself, not only a recorded prompt: open "
                                                "the pack and send from it."));
    QList<BuiltCall> built;
    for (int repeat = 0; repeat < plan.repeats; ++repeat) {
        for (const PlannedModel& m : plan.models) {
            BuiltCall b = m_env.builder.build(m, input.prompt);
            CallRecord c;
            if (ToolLoopLimits::toolsMode(m.params))
                c.contextMode = QStringLiteral("tools");
            c.provider = m.provider;
            c.model = m.model;
            c.repeatIndex = repeat;
            c.params = b.effectiveParams;
            if (m_env.heldProviders.contains(m.provider))
                c.batchCustomId = QStringLiteral("cb-") +
                                  QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex());
            run.calls.append(c);
            built.append(std::move(b));
        }
    }
    m_built = std::move(built);
    m_prepared = true;
    QSet<QString> toolItems = input.toolItems;
    if (toolsMode && toolItems.isEmpty()) {
        // Only the items the full prompt holds: what a template leaves out stays out.
        for (const PromptSegment& s : input.prompt.segments)
            if (s.kind == PromptSegment::Kind::Item)
                toolItems.insert(s.itemId);
        if (toolItems.isEmpty()) // a prompt without item segments: every enabled item, named
            for (const PackSection& section : input.pack->sections)
                for (const PackItem& item : section.items)
                    if (item.enabled)
                        toolItems.insert(item.id);
    }
    if (toolsMode) {
        // Recorded so that Run again and a restart reach exactly these items again.
        QStringList ids(toolItems.cbegin(), toolItems.cend());
        ids.sort();
        run.settings.insert(RunInput::toolItemsKey(), QJsonArray::fromStringList(ids));
    }
    if (toolsMode) {
        m_packTools = PackTools::buildAsync(*input.pack, nullptr, toolItems);
        m_prompt = input.prompt;
        m_toolsInput = input.toolsInput;
    }
    return run;
}

Result<RunSession*> RunOrchestrator::startRecorded(RunRecord run)
{
    if (m_session || !m_prepared || run.calls.size() != m_built.size())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Core::RunOrchestrator",
                                                "Start a run with the record prepare() returned."));
    for (int i = 0; i < run.calls.size(); ++i)
        if (run.calls[i].batchCustomId.isEmpty())
            m_calls.append(LiveCall{run.calls[i].id, run.calls[i].provider, std::move(m_built[i]), {}, false, {}});
    m_built.clear();
    createSession(std::move(run));
    schedulePump();
    return m_session;
}

Result<RunSession*> RunOrchestrator::resume(qint64 runId)
{
    if (m_session)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Core::RunOrchestrator",
                                                "This orchestrator already ran."));
    if (!m_env.history)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Core::RunOrchestrator",
                                                "Resuming a run needs the history."));
    auto run = m_env.history->loadRun(runId);
    if (!run)
        return fail(run.error());
    createSession(*run);
    for (const CallRecord& c : run->calls) {
        if (isTerminal(c.status) || !c.batchCustomId.isEmpty()) // batch calls: the experiment's
            continue;
        if (ReplyOutcome::canResume(c, c.responseId)) {
            LiveCall lc{c.id, c.provider, m_env.builder.build({c.provider, c.model, c.params}, {}, {}), c.responseId,
                        false, {}};
            m_calls.append(std::move(lc));
            continue;
        }
        if (continueToolsCall(*run, c))
            continue;
        CallRecord interrupted = c;
        ReplyOutcome::applyInterrupted(interrupted, c.contextMode == QLatin1String("tools") && !m_packError.isEmpty()
                                                        ? tr("ContextBench stopped before this call finished and "
                                                             "cannot continue it: %1 The output received until then "
                                                             "is kept.").arg(m_packError)
                                                        : tr("ContextBench stopped before this call finished; the "
                                                             "output received until then is kept."));
        m_session->updateCall(interrupted);
    }
    m_followUps->resumeUnfinished();
    m_fusions->resumeUnfinished();
    schedulePump();
    return m_session;
}

QFuture<Result<std::shared_ptr<const Pack>>> RunOrchestrator::recordedPack()
{
    using PackResult = Result<std::shared_ptr<const Pack>>;
    if (m_pack)
        return QtFuture::makeReadyFuture(PackResult(m_pack));
    if (!m_recordedPack.isValid()) {
        // Reading and hashing a large pack takes seconds: never on the GUI thread.
        RunRecord where;
        where.packPath = m_session->record().packPath;
        where.packHash = m_session->record().packHash;
        m_recordedPack = QtConcurrent::run([where] { return RunInput::recordedPack(where); });
    }
    return m_recordedPack;
}

QFuture<Result<PackTools>> RunOrchestrator::packTools()
{
    if (m_packTools.isValid())
        return m_packTools;
    const QSet<QString> items = RunInput::recordedToolItems(m_session->record());
    if (items.isEmpty()) {
        m_packError = tr("The run was recorded before the items its tools could reach were kept.");
        m_packTools = QtFuture::makeReadyFuture(Result<PackTools>(fail(ErrorCode::InvalidInput, m_packError)));
        return m_packTools;
    }
    // On a worker, after the read: tokenizing and indexing take seconds too. A task of its own
    // rather than a continuation, so the future is valid (started) at once, as callers test,
    // and the read can be waited on by others too (waiting on a pool thread is safe: Qt runs a
    // read not yet started in the waiting thread).
    m_packTools = QtConcurrent::run([read = recordedPack(), items]() mutable -> Result<PackTools> {
        read.waitForFinished();
        const Result<std::shared_ptr<const Pack>> pack = read.result();
        if (!pack)
            return fail(pack.error());
        std::shared_ptr<const Tokenizer> tokenizer;
        if (auto loaded = TokenizerRegistry::shared().tokenizer(Encoding::O200kBase))
            tokenizer = *loaded;
        return PackTools::build(**pack, tokenizer, items);
    });
    return m_packTools;
}

QFuture<std::shared_ptr<const CitationChecker>> RunOrchestrator::citationChecker()
{
    if (m_citations)
        return QtFuture::makeReadyFuture(m_citations);
    if (!m_citationChecker.isValid()) {
        // A task of its own that waits for the read, as packTools().
        m_citationChecker = QtConcurrent::run([read = recordedPack()]() mutable {
            read.waitForFinished();
            const Result<std::shared_ptr<const Pack>> pack = read.result();
            if (!pack)
                qInfo("No citation checks against the run's pack: %s", qUtf8Printable(pack.error().message));
            return pack ? std::make_shared<const CitationChecker>(**pack) : std::shared_ptr<const CitationChecker>();
        });
        // Calls that end later (continued after a restart) are checked against it too.
        onReady(m_citationChecker, this, [this](const std::shared_ptr<const CitationChecker>& checker) {
            if (!m_citations)
                m_citations = checker;
        });
    }
    return m_citationChecker;
}

bool RunOrchestrator::continueToolsCall(const RunRecord& run, const CallRecord& call)
{
    // A tools-mode call records its exchange round by round; what a restart cut goes on from
    // the last complete round (the round in flight is asked again), with the same pack, once
    // that is read. Meanwhile the call keeps what it had and says the pack is being read.
    const QList<ConversationTurn> turns = conversationFromJson(call.conversation);
    if (call.contextMode != QLatin1String("tools") || turns.isEmpty())
        return false;
    if (RunInput::recordedToolItems(run).isEmpty()) {
        packTools(); // says why in m_packError
        return false;
    }
    LiveCall lc{call.id, call.provider, m_env.builder.build({call.provider, call.model, call.params}, run.instructions,
                                                            turns.first().text),
                {}, false, {}, turns, call.text, true};
    m_calls.append(std::move(lc));
    CallRecord record = call;
    record.errorCode = QStringLiteral("loading_pack");
    record.errorMessage = tr("Reading the pack file %1 to continue this call where ContextBench stopped…")
                              .arg(QDir::toNativeSeparators(run.packPath));
    m_session->updateCall(record);
    const qint64 callId = call.id;
    onReady(packTools(), this, [this, callId](const Result<PackTools>& tools) { packReadForResume(callId, tools); });
    citationChecker(); // ready for when the call ends
    return true;
}

void RunOrchestrator::packReadForResume(qint64 callId, const Result<PackTools>& tools)
{
    LiveCall* call = live(callId);
    const CallRecord* current = m_session ? m_session->call(callId) : nullptr;
    if (!call || !current || isTerminal(current->status) || !call->waitingForPack)
        return; // cancelled meanwhile
    call->waitingForPack = false;
    CallRecord record = *current;
    if (!tools) {
        ReplyOutcome::applyInterrupted(record, tr("ContextBench stopped before this call finished and cannot "
                                                  "continue it: %1 The output received until then is kept.")
                                                   .arg(tools.error().message));
        m_session->updateCall(record);
        return;
    }
    record.status = CallStatus::Queued;
    record.text.clear(); // the continued loop writes it again, kept text first
    record.errorCode = QStringLiteral("resumed");
    int rounds = 0;
    for (const ConversationTurn& t : std::as_const(call->resumeTurns))
        rounds += t.toolCalls.isEmpty() ? 0 : 1;
    record.errorMessage = tr("ContextBench stopped during this call. It went on after the last complete round of "
                             "tool use (%n round(s) kept); the text received before the stop is kept above what "
                             "followed, so the round that was cut may be written twice.", nullptr, rounds);
    m_session->updateCall(record);
    schedulePump();
}

bool RunOrchestrator::isRunning() const { return m_session && !m_session->isFinished(); }

void RunOrchestrator::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

void RunOrchestrator::pump()
{
    for (LiveCall& call : m_calls) {
        const CallRecord* record = m_session->call(call.id);
        if (call.started || call.waitingForPack || !record || isTerminal(record->status))
            continue;
        if (m_active.value(call.provider) >= m_env.perProviderLimit)
            continue;
        launch(call);
    }
}

void RunOrchestrator::launch(LiveCall& call)
{
    call.started = true;
    const int active = ++m_active[call.provider];
    m_peak[call.provider] = qMax(m_peak.value(call.provider), active);
    CallRecord record = *m_session->call(call.id);
    record.status = CallStatus::Waiting;
    if ((call.resumeId.isEmpty() && call.resumeTurns.isEmpty()) || !record.startedAt.isValid())
        record.startedAt = QDateTime::currentDateTimeUtc();
    m_session->updateCall(record);

    const qint64 id = call.id;
    m_launcher.lookupKey(call.provider, this, [this, id](const QString& key) { send(id, key); });
}

void RunOrchestrator::send(qint64 callId, const QString& key)
{
    LiveCall* call = live(callId);
    const CallRecord* record = m_session->call(callId);
    if (!call || !record || isTerminal(record->status)) // cancelled while the key was looked up
        return;
    ProviderRequest request = call->built.request;
    request.apiKey = key;
    if (const auto missing = CallLauncher::missingKey(call->provider, request.kind, key)) {
        onFailed(callId, *missing);
        return;
    }
    ProviderReply* reply = nullptr;
    if (record->contextMode == QLatin1String("tools") && m_packTools.isValid()) {
        const bool resumed = !call->resumeTurns.isEmpty();
        if (!resumed && !m_toolsInput.isEmpty())
            request.input = m_toolsInput; // Run again: the manifest prompt as first sent
        auto* loop = new ToolLoopReply(m_launcher.provider(request.kind), request, m_packTools,
                                       ToolLoopLimits::fromParams(call->built.effectiveParams), this);
        if (resumed)
            loop->continueFrom(record->conversation, call->keptText);
        else if (m_toolsInput.isEmpty())
            loop->setPackPrompt(m_prompt);
        connect(loop, &ToolLoopReply::roundRecorded, this, [this, callId, loop] {
            // Written at once (callChanged): it is what a restart continues from, with each
            // round's usage.
            if (const CallRecord* current = m_session->call(callId)) {
                CallRecord record = *current;
                record.conversation = loop->conversationJson();
                m_session->updateCall(record);
            }
        });
        connect(loop, &ToolLoopReply::toolCallExecuted, this, [this, callId](const ToolTrailEntry& entry) {
            if (m_env.history) // as it happens: a crash keeps what the model had read
                if (const auto stored = ToolCallStore(m_env.history->database()).add(callId, entry); !stored)
                    qWarning("Tool call not recorded: %s", qUtf8Printable(stored.error().message));
            m_session->appendToolCall(callId, entry);
            Q_EMIT toolCallExecuted(callId, entry);
        });
        reply = loop;
    } else {
        reply = m_launcher.send(request, call->resumeId, this);
    }
    call->reply = reply;
    connectReply(callId, reply);
}

void RunOrchestrator::connectReply(qint64 callId, ProviderReply* reply)
{
    connect(reply, &ProviderReply::stateChanged, this, [this, callId](ReplyState s) { onState(callId, s); });
    connect(reply, &ProviderReply::textDelta, this,
            [this, callId](const QString& delta) { m_session->appendText(callId, delta); });
    connect(reply, &ProviderReply::reasoningDelta, this,
            [this, callId](const QString& delta) { m_session->appendReasoning(callId, delta); });
    connect(reply, &ProviderReply::responseIdKnown, this, [this, callId](const QString& responseId) {
        // Written at once: it is what lets a background call resume after a crash.
        CallRecord record = *m_session->call(callId);
        record.responseId = responseId;
        m_session->updateCall(record);
    });
    connect(reply, &ProviderReply::finished, this,
            [this, callId](const ProviderResult& r) { onFinished(callId, r); });
    connect(reply, &ProviderReply::failed, this, [this, callId](const Error& e) { onFailed(callId, e); });
}

void RunOrchestrator::onState(qint64 callId, ReplyState state)
{
    const auto status = ReplyOutcome::statusFor(state);
    const CallRecord* current = m_session->call(callId);
    LiveCall* call = live(callId);
    if (!status || !current || !call || current->status == *status)
        return;
    CallRecord record = *current;
    record.status = *status;
    // Usage that came with the chunks so far: some providers repeat it in every chunk, so it is
    // picked up here and at the end rather than rewriting the row for each report.
    if (call->reply)
        ReplyOutcome::applyProgress(record, *call->reply, call->built.info);
    m_session->updateCall(record);
}

void RunOrchestrator::onFinished(qint64 callId, const ProviderResult& result)
{
    LiveCall* call = live(callId);
    if (!call)
        return;
    CallRecord record = *m_session->call(callId);
    ReplyOutcome::applyFinished(record, result, call->built.info);
    if (!result.responseId.isEmpty())
        record.responseId = result.responseId;
    if ((!call->resumeId.isEmpty() || !call->resumeTurns.isEmpty()) && record.startedAt.isValid()) // from the first start
        record.totalMs = record.startedAt.msecsTo(QDateTime::currentDateTimeUtc());
    endCall(*call, record);
}

void RunOrchestrator::onFailed(qint64 callId, const Error& error)
{
    LiveCall* call = live(callId);
    if (!call)
        return;
    CallRecord record = *m_session->call(callId);
    ReplyOutcome::applyFailed(record, error, call->reply.data(), call->built.info);
    endCall(*call, record);
}

void RunOrchestrator::endCall(LiveCall& call, CallRecord record)
{
    if (call.started) {
        --m_active[call.provider];
        call.started = false; // terminal now, pump() skips it
    }
    if (call.reply) {
        call.reply->disconnect(this);
        call.reply->deleteLater();
        call.reply = nullptr;
    }
    checkCitations(record);
    m_session->updateCall(record);
    schedulePump();
}

void RunOrchestrator::checkCitations(CallRecord& record, bool save)
{
    // Checked once, against the pack the run was sent with, and stored so nothing later needs
    // that pack again.
    if (!m_citations || record.status != CallStatus::Done)
        return;
    record.citations = m_citations->check(record.text);
    if (!m_env.history || !save)
        return;
    if (auto saved = m_env.history->setCitations(record.id, record.citations); !saved && m_writer)
        Q_EMIT m_writer->writeFailed(saved.error());
}

void RunOrchestrator::cancel(qint64 callId)
{
    LiveCall* call = live(callId);
    const CallRecord* record = m_session ? m_session->call(callId) : nullptr;
    if (!call || !record || isTerminal(record->status))
        return;
    if (call->reply) {
        call->reply->cancel(); // emits failed(Cancelled), handled by onFailed
        return;
    }
    call->waitingForPack = false; // a pack read that ends later changes nothing
    onFailed(callId, Error(ErrorCode::Cancelled, tr("Cancelled before it started.")));
}

void RunOrchestrator::cancelAll()
{
    const QList<LiveCall> calls = m_calls;
    for (const LiveCall& c : calls)
        cancel(c.id);
}

void RunOrchestrator::shutdown()
{
    if (!m_session)
        return;
    if (m_writer)
        m_writer->flush();
    m_followUps->shutdown();
    m_fusions->shutdown();
    for (LiveCall& call : m_calls) {
        const CallRecord* current = m_session->call(call.id);
        if (!current || isTerminal(current->status))
            continue;
        // Background calls are left running on the server; a tools-mode call that recorded its
        // exchange goes on from there at the next start.
        const bool background = ReplyOutcome::canResume(*current, current->responseId) ||
                                (current->contextMode == QLatin1String("tools") && !current->conversation.isEmpty());
        if (call.reply) {
            call.reply->disconnect(this);
            delete call.reply; // aborts without signals and without cancelling on the server
        }
        if (background) {
            // What streamed in since the last write goes to history now: a resumed tools-mode
            // call keeps it in front of what the continued loop writes.
            if (m_env.history && !ReplyOutcome::canResume(*current, current->responseId))
                m_env.history->updateCall(*current);
            continue; // left running on the server, or continued from its turns, at the next start
        }
        CallRecord record = *current;
        record.status = CallStatus::Cancelled;
        record.partial = !record.text.isEmpty() || !record.reasoning.isEmpty();
        record.errorCode = errorCodeName(ErrorCode::Cancelled);
        record.errorMessage = tr("ContextBench was closed before the call finished.");
        if (record.startedAt.isValid())
            record.totalMs = record.startedAt.msecsTo(QDateTime::currentDateTimeUtc());
        // Straight to history: the session is going away with this object and must not announce
        // a finished run to views during shutdown.
        if (m_env.history)
            m_env.history->updateCall(record);
    }
}

} // namespace Cb::Core

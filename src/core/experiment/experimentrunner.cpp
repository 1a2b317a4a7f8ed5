#include "core/experiment/experimentrunner.h"

#include <QCoreApplication>

#include "core/experiment/batchoutcome.h"
#include "core/experiment/batchresultwriter.h"
#include "core/experiment/experimentcaseinputjson.h"
#include "core/experiment/experimentstore.h"
#include "core/harness/toolooplimits.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/providers/batch/batchjob.h"
#include "core/run/calllauncher.h"
#include "core/run/replyoutcome.h"
#include "core/run/runhistorywriter.h"
#include "core/run/runsession.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSet>
#include <QTemporaryFile>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Cb::Core {

ExperimentRunner::ExperimentRunner(RunEnvironment environment, ExperimentStore* store,
                                   QHash<QString, QString> keys, QObject* parent)
    : QObject(parent), m_env(std::move(environment)), m_store(store), m_keys(std::move(keys))
{
}

// Jobs and orchestrators are children: destroying the runner leaves created batches running
// on the provider (their ids are recorded) and keeps every live call's output.
ExperimentRunner::~ExperimentRunner() = default;

QStringList ExperimentRunner::batchProviders(const RunPlan& plan)
{
    QStringList out;
    for (const PlannedModel& m : plan.models)
        if (BatchProtocol::supports(CallRequestBuilder::kindFor(m.provider)) && !out.contains(m.provider))
            out << m.provider;
    return out;
}

int ExperimentRunner::caseOf(qint64 runId) const
{
    for (const ExperimentCase& c : m_record.cases)
        if (c.runId == runId)
            return c.position;
    return -1;
}

bool ExperimentRunner::isRunning() const
{
    return !m_finished;
}

bool ExperimentRunner::liveCallsRunning() const
{
    for (const RunOrchestrator* run : m_runs)
        for (const CallRecord& c : run->session()->record().calls)
            if (c.batchCustomId.isEmpty() && !isTerminal(c.status))
                return true;
    return false;
}

ProviderRequest ExperimentRunner::connection(const QString& provider) const
{
    ProviderRequest r;
    r.kind = CallRequestBuilder::kindFor(provider);
    r.baseUrl = m_env.builder.baseUrlFor(provider);
    r.apiKey = m_keys.value(provider);
    return r;
}

RunOrchestrator* ExperimentRunner::addRun()
{
    auto* run = new RunOrchestrator(m_env, this);
    connect(run, &RunOrchestrator::finished, this, &ExperimentRunner::checkFinished);
    m_runs << run;
    return run;
}

void ExperimentRunner::indexCalls(RunOrchestrator* run)
{
    for (const CallRecord& c : run->session()->record().calls)
        if (!c.batchCustomId.isEmpty())
            m_byCustomId.insert(c.batchCustomId, {run, c.id});
}

Result<qint64> ExperimentRunner::start(const ExperimentSpec& spec)
{
    if (m_record.id)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Core::ExperimentRunner",
                                                "This experiment runner already ran."));
    if (spec.cases.isEmpty() || spec.plan.callCount() == 0)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("Cb::Core::ExperimentRunner", "An experiment needs at least one case and one model."));
    if (!m_env.history)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("Cb::Core::ExperimentRunner", "An experiment needs the history database."));
    const QStringList held = spec.mode == ExperimentRecord::Mode::Batch ? batchProviders(spec.plan) : QStringList();
    for (const QString& p : held)
        if (auto missing = CallLauncher::missingKey(p, CallRequestBuilder::kindFor(p), m_keys.value(p)))
            return fail(*missing);
    m_env.heldProviders = held;
    m_record.name = spec.name;
    m_record.mode = spec.mode;
    m_record.plan = spec.plan;
    for (const PlannedModel& m : spec.plan.models)
        if (const QString url = m_env.builder.baseUrlFor(m.provider); !url.isEmpty())
            m_record.baseUrls.insert(m.provider, url);
    // What a case's run would refuse later (its calls are prepared after start() returns).
    const bool toolsMode = std::any_of(spec.plan.models.begin(), spec.plan.models.end(),
                                       [](const PlannedModel& m) { return ToolLoopLimits::toolsMode(m.params); });
    for (int i = 0; toolsMode && i < spec.cases.size(); ++i)
        if (!spec.cases[i].input.pack)
            return fail(ErrorCode::InvalidInput, tr("Case %1: tools mode needs the pack itself, not only a recorded "
                                                    "prompt.").arg(i + 1));
    for (int i = 0; i < spec.cases.size(); ++i) {
        const ExperimentCaseInput& c = spec.cases.at(i);
        m_record.cases.append({0, i, c.input.packPath, c.input.packHash, c.input.packGoal, c.variables, 0});
    }
    ensureWriter();
    if (m_writer) {
        // Thousands of cases, runs and calls: recorded on the writer's thread, so the window
        // stays live. The cases first, each with its prompt, in one transaction: from then on a
        // quit or a crash loses none of them (a resume records the runs still missing).
        if (auto inserted = m_store->insertExperiment(m_record, false); !inserted)
            return fail(inserted.error());
        m_recording = true;
        QList<RunInput> inputs;
        for (int i = 0; i < spec.cases.size(); ++i) {
            inputs << spec.cases.at(i).input;
            m_toPrepare.append({i, spec.cases.at(i).input});
        }
        m_writer->recordCases(m_record.id, m_record.cases, inputs);
        return m_record.id;
    }
    if (auto inserted = m_store->insertExperiment(m_record); !inserted)
        return fail(inserted.error());
    for (int i = 0; i < spec.cases.size(); ++i) {
        RunOrchestrator* run = addRun();
        auto session = run->start(spec.cases[i].input, spec.plan);
        if (!session)
            return fail(session.error());
        m_record.cases[i].runId = (*session)->record().id;
        if (auto linked = m_store->setCaseRun(m_record.cases[i].id, m_record.cases[i].runId); !linked)
            return fail(linked.error());
        indexCalls(run);
    }
    submitPending();
    QTimer::singleShot(0, this, &ExperimentRunner::checkFinished);
    return m_record.id;
}

Result<qint64> ExperimentRunner::resume(qint64 experimentId)
{
    if (m_record.id)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Core::ExperimentRunner",
                                                "This experiment runner already ran."));
    auto loaded = m_store->load(experimentId);
    if (!loaded)
        return fail(loaded.error());
    m_record = *loaded;
    // The servers it was started with, unless the caller overrides one.
    QHash<QString, QString> urls = m_record.baseUrls;
    for (const PlannedModel& m : m_record.plan.models)
        if (const QString url = m_env.builder.baseUrlFor(m.provider); !url.isEmpty())
            urls.insert(m.provider, url);
    m_env.builder = CallRequestBuilder(m_env.builder.catalog(), urls);
    if (m_record.mode == ExperimentRecord::Mode::Batch)
        m_env.heldProviders = batchProviders(m_record.plan);
    for (const QString& p : m_env.heldProviders)
        if (auto missing = CallLauncher::missingKey(p, CallRequestBuilder::kindFor(p), m_keys.value(p)))
            return fail(*missing);
    for (const ExperimentCase& c : m_record.cases) {
        if (!c.runId) {
            // Quit while its run was being recorded: recorded now from the input kept with it.
            if (auto input = ExperimentCaseInputJson::fromCase(c))
                m_toPrepare.append({c.position, std::move(*input)});
            else
                m_problems << input.error().message;
            continue;
        }
        RunOrchestrator* run = addRun();
        auto session = run->resume(c.runId);
        if (!session)
            return fail(session.error());
        indexCalls(run);
    }
    // Poll every recorded batch that still has calls waiting for it; never create it again.
    for (const ExperimentBatch& b : m_record.batches) {
        const bool waiting = std::any_of(b.customIds.begin(), b.customIds.end(), [this](const QString& id) {
            const CallRef ref = m_byCustomId.value(id);
            const CallRecord* call = ref.run ? ref.run->session()->call(ref.callId) : nullptr;
            return call && !isTerminal(call->status);
        });
        if (!waiting)
            continue;
        BatchJob* job = BatchJob::resume(m_env.network, BatchProtocol::create(connection(b.provider)), b.batchId,
                                         b.customIds, m_env.options, this);
        m_jobs << job;
        connect(job, &BatchJob::failed, this, [this, job](const Error& e) { onJobFailed(job, e); });
        watch(job, b.id, b.provider, b.model);
    }
    if (m_record.status != QLatin1String("running"))
        m_toPrepare.clear();
    ensureWriter();
    if (!m_toPrepare.isEmpty() && m_writer) {
        // Held calls go out once every case is recorded, in the same batches as the rest.
        m_recording = true;
        QTimer::singleShot(0, this, &ExperimentRunner::prepareCases);
        return m_record.id;
    }
    const QList<PendingCase> unrecorded = std::exchange(m_toPrepare, {});
    for (const PendingCase& c : unrecorded) {
        RunOrchestrator* run = addRun();
        auto session = run->start(c.input, m_record.plan);
        if (!session) {
            m_problems << tr("Case %1 was not started: %2").arg(c.position + 1).arg(session.error().message);
            m_runs.removeOne(run);
            delete run;
            continue;
        }
        const qint64 runId = (*session)->record().id;
        if (auto linked = m_store->setCaseRun(m_record.cases.at(c.position).id, runId); !linked)
            m_problems << linked.error().message;
        m_record.cases[c.position].runId = runId;
        indexCalls(run);
    }
    submitPending();
    QTimer::singleShot(0, this, &ExperimentRunner::checkFinished);
    return m_record.id;
}

bool ExperimentRunner::allSubmitted() const
{
    return m_creating == 0 && !m_recording && !m_showing && (!m_writer || m_writer->pending() == 0);
}

void ExperimentRunner::ensureWriter()
{
    if (m_writer || !m_env.history || !BatchResultWriter::canShare(m_env.history->database().path()))
        return;
    m_writer = new BatchResultWriter(m_env.history->database().path(), this);
    connect(m_writer, &BatchResultWriter::written, this, &ExperimentRunner::onWritten);
    connect(m_writer, &BatchResultWriter::recorded, this, &ExperimentRunner::onRecorded);
    connect(m_writer, &BatchResultWriter::casesRecorded, this, &ExperimentRunner::onCasesRecorded);
}

void ExperimentRunner::onCasesRecorded(const QList<ExperimentCase>& cases, const QString& error)
{
    if (!error.isEmpty()) {
        // Nothing of them was kept (and nothing sent): recorded here instead, prompts and all.
        if (!m_problems.contains(error))
            m_problems << error;
        ExperimentRecord withInputs = m_record;
        for (const PendingCase& c : std::as_const(m_toPrepare))
            withInputs.cases[c.position].input = ExperimentCaseInputJson::toJson(c.input);
        if (auto inserted = m_store->insertCases(withInputs); !inserted) {
            m_problems << tr("The experiment's cases could not be recorded: %1").arg(inserted.error().message);
            m_toPrepare.clear();
            m_recording = false;
            return checkFinished();
        }
        for (int i = 0; i < m_record.cases.size(); ++i)
            m_record.cases[i].id = withInputs.cases.at(i).id;
    } else {
        for (int i = 0; i < m_record.cases.size() && i < cases.size(); ++i)
            m_record.cases[i].id = cases.at(i).id;
    }
    prepareCases();
}

// Each case's run is built here (in memory) a few milliseconds at a time and handed to the
// writer in chunks; the writer's thread does the SQLite work.
void ExperimentRunner::prepareCases()
{
    QElapsedTimer slice;
    slice.start();
    while (m_prepareIndex < m_toPrepare.size()) {
        if (slice.elapsed() >= kResultSliceMs) {
            QTimer::singleShot(0, this, &ExperimentRunner::prepareCases);
            return;
        }
        PendingCase& pending = m_toPrepare[m_prepareIndex++];
        const int position = pending.position;
        if (!pending.input.pack && !pending.input.packPath.isEmpty()) {
            // A resumed case: its pack again, if unchanged (citations, tools mode).
            const QString key = pending.input.packPath + QLatin1Char('\n') + pending.input.packHash;
            if (!m_packs.contains(key))
                m_packs.insert(key, ExperimentCaseInputJson::recordedPack(pending.input.packPath,
                                                                          pending.input.packHash));
            pending.input.pack = m_packs.value(key);
        }
        auto* run = new RunOrchestrator(m_env, this);
        connect(run, &RunOrchestrator::finished, this, &ExperimentRunner::checkFinished);
        auto prepared = run->prepare(pending.input, m_record.plan);
        if (!prepared) {
            m_problems << tr("Case %1 was not started: %2").arg(position + 1).arg(prepared.error().message);
            delete run;
            continue;
        }
        m_unrecorded.insert(position, run);
        m_recordRuns << std::move(*prepared);
        m_recordPositions << position;
        if (m_recordRuns.size() >= kRecordChunkCases)
            sendRecordChunk();
    }
    sendRecordChunk();
    onRecorded({}, QString()); // ends the recording if nothing is left on the writer
}

void ExperimentRunner::sendRecordChunk()
{
    if (m_recordRuns.isEmpty())
        return;
    QList<qint64> caseIds;
    for (int position : std::as_const(m_recordPositions))
        caseIds << m_record.cases.at(position).id;
    m_recordingChunks << std::exchange(m_recordPositions, {});
    m_writer->record(std::exchange(m_recordRuns, {}), caseIds);
}

void ExperimentRunner::onRecorded(const QList<RunRecord>& runs, const QString& error)
{
    const QList<int> positions = runs.isEmpty() || m_recordingChunks.isEmpty() ? QList<int>()
                                                                               : m_recordingChunks.takeFirst();
    if (!error.isEmpty() && !m_problems.contains(error))
        m_problems << error;
    for (int k = 0; k < positions.size() && k < runs.size(); ++k) {
        const int position = positions.at(k);
        RunOrchestrator* run = m_unrecorded.take(position);
        RunRecord recorded = runs.at(k);
        if (!error.isEmpty()) {
            // Nothing of the chunk was kept (nothing was sent either): record it here instead.
            auto inserted = m_env.history->insertRun(recorded);
            VoidResult linked = inserted ? m_store->setCaseRun(m_record.cases.at(position).id, recorded.id)
                                         : VoidResult{};
            if (!inserted || !linked) {
                m_problems << tr("Case %1 was not started: %2")
                                  .arg(position + 1)
                                  .arg(inserted ? linked.error().message : inserted.error().message);
                delete run;
                continue;
            }
        }
        if (auto adopted = adoptRecorded(position, run, std::move(recorded)); !adopted) {
            m_problems << tr("Case %1 was not started: %2").arg(position + 1).arg(adopted.error().message);
            delete run;
        }
    }
    m_recordedCases += int(positions.size());
    if (!positions.isEmpty())
        Q_EMIT recordingProgress(m_recordedCases, int(m_record.cases.size()));
    if (!m_recording || m_prepareIndex < m_toPrepare.size() || !m_recordingChunks.isEmpty())
        return;
    m_recording = false;
    m_toPrepare.clear();
    submitPending();
    checkFinished();
}

VoidResult ExperimentRunner::adoptRecorded(int position, RunOrchestrator* run, RunRecord recorded)
{
    auto session = run->startRecorded(std::move(recorded));
    if (!session)
        return fail(session.error());
    m_runs << run;
    m_record.cases[position].runId = (*session)->record().id;
    indexCalls(run);
    if (m_cancelled)
        run->cancelAll();
    Q_EMIT runAdded(run);
    return {};
}

void ExperimentRunner::submitPending()
{
    // What a held call's request is built from; building thousands of requests (each with its
    // whole prompt) is left to the worker that streams them into JSONL files.
    struct Held
    {
        QString customId{};
        PlannedModel model{};
        QString instructions{};
        QString input{};
    };
    QSet<QString> inBatch;
    for (const ExperimentBatch& b : m_record.batches)
        for (const QString& id : b.customIds)
            inBatch.insert(id);
    QHash<QString, QList<Held>> byProvider;
    QStringList order;
    for (RunOrchestrator* run : m_runs) {
        const RunRecord& rec = run->session()->record();
        for (const CallRecord& c : rec.calls) {
            if (c.batchCustomId.isEmpty() || isTerminal(c.status) || inBatch.contains(c.batchCustomId))
                continue;
            if (!byProvider.contains(c.provider))
                order << c.provider;
            byProvider[c.provider].append({c.batchCustomId, {c.provider, c.model, c.params}, rec.instructions, rec.input});
        }
    }
    for (const QString& provider : order) {
        // Streaming thousands of prompts into JSONL files (hundreds of MB at the limits) happens
        // on a worker; the held calls count as being created meanwhile (allSubmitted() is false).
        const std::shared_ptr<BatchProtocol> protocol = BatchProtocol::create(connection(provider));
        const BatchLimits limits = m_limits.value(int(protocol->kind()), protocol->defaultLimits());
        const QList<Held> held = byProvider.value(provider);
        QStringList ids;
        for (const Held& h : held)
            ids << h.customId;
        ++m_creating;
        using Prepared = Result<QList<BatchFile>>;
        auto* watcher = new QFutureWatcher<Prepared>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, provider, ids] {
            const Prepared files = watcher->result();
            watcher->deleteLater();
            onPrepared(provider, ids, files);
        });
        watcher->setFuture(QtConcurrent::run([protocol, held, limits, builder = m_env.builder,
                                              key = m_keys.value(provider), home = thread()]() -> Prepared {
            QList<BatchItem> items;
            items.reserve(held.size());
            for (const Held& h : held) {
                BuiltCall built = builder.build(h.model, h.instructions, h.input);
                built.request.apiKey = key;
                items.append({h.customId, std::move(built.request)});
            }
            Prepared files = protocol->prepare(items, limits);
            if (files)
                for (const BatchFile& f : *files)
                    if (f.file)
                        f.file->moveToThread(home); // uploaded and deleted by the runner's thread
            return files;
        }));
    }
}

void ExperimentRunner::onPrepared(const QString& provider, const QStringList& ids,
                                  const Result<QList<BatchFile>>& files)
{
    if (m_cancelled) {
        failCalls(ids, Error(ErrorCode::Cancelled, tr("Cancelled before its batch was created; nothing was sent.")));
    } else if (!files) {
        // Nothing was sent: the calls fail with the reason, the rest of the experiment goes on.
        failCalls(ids, files.error());
        m_problems << files.error().message;
    } else {
        for (const BatchFile& file : *files) {
            BatchJob* job = BatchJob::submit(m_env.network, BatchProtocol::create(connection(provider)), file,
                                             m_env.options, this);
            ++m_creating;
            m_jobs << job;
            const QString model = file.model;
            connect(job, &BatchJob::created, this,
                    [this, job, provider, model](const BatchStatus& s) { onCreated(job, s, provider, model); });
            connect(job, &BatchJob::failed, this, [this, job](const Error& e) { onJobFailed(job, e); });
        }
    }
    if (--m_creating == 0)
        Q_EMIT submitted();
    checkFinished();
}

void ExperimentRunner::onCreated(BatchJob* job, const BatchStatus& status, const QString& provider,
                                 const QString& model)
{
    ExperimentBatch b{0, m_record.id, provider, status.id, model, batchStateName(status.state), job->customIds(), {}, {}};
    if (auto inserted = m_store->insertBatch(b); !inserted)
        m_problems << inserted.error().message;
    m_record.batches << b;
    // Thousands of calls enter the batch at once: their new state goes to history in one
    // transaction on the writer's thread (one per call here held the window for seconds),
    // then reaches the sessions a slice at a time, as results do.
    ensureWriter();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<CallRecord> waiting;
    for (const QString& id : b.customIds) {
        const CallRef ref = m_byCustomId.value(id);
        if (!ref.run)
            continue;
        CallRecord c = *ref.run->session()->call(ref.callId);
        c.status = CallStatus::Waiting;
        c.startedAt = now;
        if (m_writer)
            waiting << std::move(c);
        else
            ref.run->session()->updateCall(c);
    }
    if (!waiting.isEmpty())
        m_writer->write(waiting);
    watch(job, b.id, provider, model);
    Q_EMIT batchChanged(b);
    if (--m_creating == 0)
        Q_EMIT submitted();
}

void ExperimentRunner::watch(BatchJob* job, qint64 batchRowId, const QString&, const QString&)
{
    connect(job, &BatchJob::statusChanged, this,
            [this, batchRowId](const BatchStatus& s) { setBatchStatus(batchRowId, batchStateName(s.state)); });
    connect(job, &BatchJob::finished, this,
            [this, job, batchRowId](const BatchStatus& s, const QList<BatchLineResult>& results) {
                m_jobs.removeOne(job);
                onResults(batchRowId, s, results);
            });
}

void ExperimentRunner::setBatchStatus(qint64 batchRowId, const QString& status)
{
    for (ExperimentBatch& b : m_record.batches) {
        if (b.id != batchRowId || b.status == status)
            continue;
        b.status = status;
        b.updatedAt = QDateTime::currentDateTimeUtc();
        ensureWriter();
        if (m_writer)
            m_writer->updateBatchStatus(batchRowId, status);
        else if (auto updated = m_store->updateBatchStatus(batchRowId, status); !updated)
            m_problems << updated.error().message;
        Q_EMIT batchChanged(b);
    }
}

void ExperimentRunner::onResults(qint64 batchRowId, const BatchStatus& status, const QList<BatchLineResult>& results)
{
    setBatchStatus(batchRowId, batchStateName(status.state));
    m_pendingResults.append(results);
    m_collecting = true;
    if (!m_applying) {
        m_applying = true;
        applyResults();
    }
}

const std::optional<ModelInfo>& ExperimentRunner::infoFor(const CallRecord& call)
{
    const QString key = call.provider + QLatin1Char('\n') + call.model;
    auto it = m_infos.find(key);
    if (it == m_infos.end())
        it = m_infos.insert(key, m_env.builder.build({call.provider, call.model, call.params}, QString(), QString()).info);
    return *it;
}

// Results become call records a slice at a time on the GUI thread (in memory, cheap); the
// history writes, thousands of rows and 100 MB of answers, go to the writer's thread.
void ExperimentRunner::applyResults()
{
    ensureWriter();
    QElapsedTimer slice;
    slice.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (m_resultIndex < m_pendingResults.size()) {
        if (slice.elapsed() >= kResultSliceMs) {
            QTimer::singleShot(0, this, &ExperimentRunner::applyResults);
            return;
        }
        const BatchLineResult& r = m_pendingResults.at(m_resultIndex++);
        const CallRef ref = m_byCustomId.value(r.customId);
        if (!ref.run)
            continue;
        CallRecord c = *ref.run->session()->call(ref.callId);
        if (isTerminal(c.status))
            continue;
        BatchOutcome::apply(c, r, infoFor(c), now);
        ref.run->checkCitations(c, !m_writer); // the writer stores them with the result
        if (!m_writer) {
            ref.run->session()->updateCall(c); // its history writer records it
            continue;
        }
        m_chunkBytes += (c.text.size() + c.reasoning.size()) * qsizetype(sizeof(QChar));
        m_chunk << std::move(c);
        if (m_chunkBytes >= kChunkBytes || m_chunk.size() >= kChunkCalls)
            sendChunk();
    }
    sendChunk();
    m_pendingResults.clear();
    m_resultIndex = 0;
    m_applying = false;
    endCollecting();
}

void ExperimentRunner::sendChunk()
{
    if (m_chunk.isEmpty())
        return;
    m_writer->write(std::exchange(m_chunk, {}));
    m_chunkBytes = 0;
}

void ExperimentRunner::onWritten(const QList<CallRecord>& calls, const QString& error)
{
    if (!error.isEmpty()) {
        // Nothing of this chunk was kept: the sessions' own writers record it on this thread.
        if (!m_problems.contains(error))
            m_problems << error;
        for (const CallRecord& c : calls)
            if (const CallRef ref = m_byCustomId.value(c.batchCustomId); ref.run)
                ref.run->session()->updateCall(c);
        if (calls.isEmpty()) // a batch status: every batch's, as this thread knows them
            for (const ExperimentBatch& b : std::as_const(m_record.batches)) {
                auto updated = m_store->updateBatchStatus(b.id, b.status);
                if (!updated && !m_problems.contains(updated.error().message))
                    m_problems << updated.error().message;
            }
        return endCollecting();
    }
    m_written.append(calls);
    if (!m_showing) {
        m_showing = true;
        showWritten();
    }
}

// Committed calls reach their sessions (and the views following them) a slice at a time; their
// history writers skip them, as they are in history already.
void ExperimentRunner::showWritten()
{
    QElapsedTimer slice;
    slice.start();
    while (m_writtenIndex < m_written.size()) {
        if (slice.elapsed() >= kResultSliceMs) {
            QTimer::singleShot(0, this, &ExperimentRunner::showWritten);
            return;
        }
        const CallRecord& c = m_written.at(m_writtenIndex++);
        const CallRef ref = m_byCustomId.value(c.batchCustomId);
        if (!ref.run)
            continue;
        if (RunHistoryWriter* writer = ref.run->historyWriter())
            writer->skipNextWrite(c.id);
        ref.run->session()->updateCall(c);
    }
    m_written.clear();
    m_writtenIndex = 0;
    m_showing = false;
    endCollecting();
}

// Collection ends when every result was turned into a record, written and shown.
void ExperimentRunner::endCollecting()
{
    if (m_applying || m_showing || (m_writer && m_writer->pending() > 0))
        return;
    m_collecting = false;
    checkFinished();
}

void ExperimentRunner::failCalls(const QStringList& customIds, const Error& error)
{
    for (const QString& id : customIds) {
        const CallRef ref = m_byCustomId.value(id);
        if (!ref.run)
            continue;
        CallRecord c = *ref.run->session()->call(ref.callId);
        ReplyOutcome::applyFailed(c, error, nullptr, std::nullopt);
        ref.run->session()->updateCall(c);
    }
}

void ExperimentRunner::onJobFailed(BatchJob* job, const Error& error)
{
    m_jobs.removeOne(job);
    if (job->status().id.isEmpty()) {
        failCalls(job->customIds(), error); // never created: nothing was sent or paid for
        if (--m_creating == 0)
            Q_EMIT submitted();
    } else {
        // The batch lives on at the provider: its calls keep waiting for a resume.
        m_problems << QCoreApplication::translate("Cb::Core::ExperimentRunner", "%1 (batch %2 is kept; resume the experiment to collect it)")
                          .arg(error.message, job->status().id);
    }
    checkFinished();
}

void ExperimentRunner::cancel()
{
    m_cancelled = true;
    const QList<BatchJob*> jobs = m_jobs; // a job not yet created fails at once and leaves the list
    for (BatchJob* job : jobs)
        job->cancel();
    for (RunOrchestrator* run : m_runs)
        run->cancelAll();
}

void ExperimentRunner::checkFinished()
{
    if (m_finished || m_recording || m_collecting || !m_jobs.isEmpty() || m_creating > 0)
        return;
    bool allEnded = true;
    for (RunOrchestrator* run : m_runs) {
        for (const CallRecord& c : run->session()->record().calls) {
            if (isTerminal(c.status))
                continue;
            if (c.batchCustomId.isEmpty())
                return; // a live call still runs
            allEnded = false; // waits on a batch that could not be polled now
        }
    }
    m_finished = true;
    if (allEnded) {
        m_record.status = m_cancelled ? QStringLiteral("cancelled") : QStringLiteral("done");
        if (auto set = m_store->setStatus(m_record.id, m_record.status); !set)
            m_problems << set.error().message;
    }
    Q_EMIT finished();
}

} // namespace Cb::Core

#include "cli/experimentcli.h"
#include "cli/clitext.h"

#include "cli/runreporter.h"

#include "core/experiment/experimentrunner.h"
#include "core/experiment/experimentstore.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/models/modelcatalog.h"
#include "core/run/calllauncher.h"
#include "core/run/runsession.h"
#include "core/secrets/keychainbackend.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QTextStream>

namespace Cb::App {

namespace ExperimentCli {

QString modeText(Core::ExperimentRecord::Mode mode)
{
    return mode == Core::ExperimentRecord::Mode::Batch ? CliText::tr("batch") : CliText::tr("live");
}

Core::Result<std::optional<qint64>> experimentId(const QStringList& positional)
{
    if (positional.size() > 1)
        return Core::fail(Core::ErrorCode::InvalidInput, CliText::tr("expected at most one experiment id"));
    if (positional.isEmpty())
        return std::optional<qint64>();
    bool ok = false;
    const qint64 id = positional.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return Core::fail(Core::ErrorCode::InvalidInput, CliText::tr("the experiment id is a positive number"));
    return std::optional<qint64>(id);
}

Core::Result<std::unique_ptr<Core::ExperimentRunner>> makeRunner(Services& services, QNetworkAccessManager* network,
                                                                 const QString& pollSeconds,
                                                                 const QHash<QString, QString>& baseUrls,
                                                                 const QHash<QString, QString>& keys)
{
    Core::RunEnvironment env;
    env.network = network;
    env.secrets = services.secrets.get();
    env.history = services.history.get();
    auto polling = pollPolicy(pollSeconds);
    if (!polling)
        return Core::fail(polling.error());
    env.options.poll = *polling;
    auto catalog = Core::ModelCatalog::loadDefault();
    env.builder = Core::CallRequestBuilder(catalog ? *catalog : Core::ModelCatalog{}, baseUrls);
    return std::make_unique<Core::ExperimentRunner>(env, services.experiments.get(), keys);
}

Core::Result<Core::PollPolicy> pollPolicy(const QString& seconds)
{
    Core::PollPolicy p;
    p.initialIntervalMs = 5000;
    p.maxIntervalMs = 60000;
    if (seconds.isEmpty())
        return p;
    bool ok = false;
    const double s = seconds.toDouble(&ok);
    if (!ok || s <= 0 || s > 3600)
        return Core::fail(Core::ErrorCode::InvalidInput,
                          CliText::tr("--poll-interval expects seconds between 0 and 3600"));
    p.initialIntervalMs = p.maxIntervalMs = qint64(s * 1000);
    return p;
}

int usage(CliIo& io, const QString& sub, const QString& message)
{
    io.err << "contextbench experiment " << sub << ": " << message << '\n'
           << CliText::seeHelp(QStringLiteral("contextbench experiment ") + sub) << '\n';
    return ExitUsage;
}

int failure(CliIo& io, const QString& sub, const QString& message)
{
    io.err << "contextbench experiment " << sub << ": " << message << '\n';
    return ExitFailure;
}

Services::Services() = default;
Services::~Services() = default;

Core::VoidResult Services::open()
{
    auto opened = Core::Database::open(Core::Database::defaultPath());
    if (!opened)
        return Core::fail(opened.error());
    database = std::move(*opened);
    history = std::make_unique<Core::HistoryStore>(*database);
    experiments = std::make_unique<Core::ExperimentStore>(*database);
    keychain = std::make_unique<Core::KeychainBackend>(QStringLiteral("ContextBench"));
    secrets = std::make_unique<Core::SecretStore>(keychain.get());
    return {};
}

Core::Result<QHash<QString, QString>> Services::keys(const Core::RunPlan& plan)
{
    QHash<QString, QString> out;
    int pending = 0;
    for (const Core::PlannedModel& m : plan.models) {
        if (out.contains(m.provider))
            continue;
        out.insert(m.provider, QString());
        ++pending;
        secrets->lookup(Core::PlannedModel::secretId(m.provider), [&out, &pending, p = m.provider](Core::SecretLookup k) {
            out.insert(p, k.value);
            if (--pending == 0)
                QCoreApplication::exit(0);
        });
    }
    if (pending > 0)
        QCoreApplication::exec();
    for (auto it = out.cbegin(); it != out.cend(); ++it)
        if (auto missing = Core::CallLauncher::missingKey(it.key(), Core::CallRequestBuilder::kindFor(it.key()),
                                                          it.value()))
            return Core::fail(*missing);
    return out;
}

QJsonObject summaryJson(const Core::ExperimentRecord& record, const QList<Core::RunRecord>& runs)
{
    QJsonArray batches;
    for (const Core::ExperimentBatch& b : record.batches)
        batches.append(QJsonObject{{QStringLiteral("provider"), b.provider},
                                   {QStringLiteral("id"), b.batchId},
                                   {QStringLiteral("model"), b.model},
                                   {QStringLiteral("status"), b.status},
                                   {QStringLiteral("requests"), b.customIds.size()}});
    QJsonArray calls;
    for (const Core::ExperimentCase& c : record.cases) {
        for (const Core::RunRecord& run : runs) {
            if (run.id != c.runId)
                continue;
            for (const Core::CallRecord& call : run.calls) {
                QJsonObject o = RunReporter::callJson(call);
                o.insert(QStringLiteral("run_id"), run.id);
                o.insert(QStringLiteral("case"), c.position);
                o.insert(QStringLiteral("mode"), call.batchCustomId.isEmpty() ? QStringLiteral("live")
                                                                              : QStringLiteral("batch"));
                calls.append(o);
            }
        }
    }
    return {{QStringLiteral("experiment_id"), record.id},
            {QStringLiteral("name"), record.name},
            {QStringLiteral("mode"), Core::ExperimentRecord::modeName(record.mode)},
            {QStringLiteral("status"), record.status},
            {QStringLiteral("batches"), batches},
            {QStringLiteral("calls"), calls}};
}

QString readableSummary(const Core::ExperimentRecord& record, const QList<Core::RunRecord>& runs)
{
    QString out = CliText::tr("Experiment %1 \"%2\" (%3, %4)")
                      .arg(record.id)
                      .arg(record.name, modeText(record.mode), CliText::experimentStatus(record.status))
                  + QLatin1Char('\n');
    for (const Core::ExperimentBatch& b : record.batches)
        out += QStringLiteral("  ")
               + CliText::tr("batch %1 %2 %3: %4 (%n request(s))", nullptr, int(b.customIds.size()))
                     .arg(b.provider, b.batchId, b.model, CliText::batchStatus(b.status))
               + QLatin1Char('\n');
    for (const Core::ExperimentCase& c : record.cases) {
        out += CliText::tr("case %1: %2%3")
                   .arg(c.position)
                   .arg(c.packPath, c.goal.isEmpty() ? QString() : QStringLiteral(" — ") + c.goal)
               + QLatin1Char('\n');
        for (const Core::RunRecord& run : runs) {
            if (run.id != c.runId)
                continue;
            for (const Core::CallRecord& call : run.calls)
                out += QStringLiteral("  %1 #%2 %3%4\n")
                           .arg(call.modelKey())
                           .arg(call.repeatIndex + 1)
                           .arg(CliText::callStatus(call.status),
                                call.errorMessage.isEmpty() ? QString() : QStringLiteral(": ") + call.errorMessage);
        }
    }
    return out;
}

int exitCode(const QList<Core::RunRecord>& runs)
{
    int done = 0;
    int total = 0;
    for (const Core::RunRecord& run : runs) {
        for (const Core::CallRecord& c : run.calls) {
            ++total;
            done += c.status == Core::CallStatus::Done ? 1 : 0;
        }
    }
    if (done == total)
        return ExitOk;
    return done == 0 ? ExitFailure : ExitPartial;
}

int waitAndReport(Core::ExperimentRunner& runner, Services&, bool json, bool detach, CliIo& io)
{
    RunReporter reporter(io.err);
    for (Core::RunOrchestrator* run : runner.runs())
        reporter.follow(run->session());
    QObject::connect(&runner, &Core::ExperimentRunner::runAdded, &runner,
                     [&reporter](Core::RunOrchestrator* run) { reporter.follow(run->session()); });
    QObject::connect(&runner, &Core::ExperimentRunner::batchChanged, &runner, [&io](const Core::ExperimentBatch& b) {
        io.err << '[' << CliText::tr("batch %1 %2").arg(b.provider, b.batchId) << "] "
               << CliText::tr("%1 (%n request(s))", nullptr, int(b.customIds.size()))
                      .arg(CliText::batchStatus(b.status))
               << '\n';
        io.err.flush();
    });
    // A thousand cases take a while to record: say how far it got (a kill here loses no case).
    QObject::connect(&runner, &Core::ExperimentRunner::recordingProgress, &runner, [&io](int recorded, int total) {
        io.err << "recording cases: " << recorded << " of " << total << '\n';
        io.err.flush();
    });
    // Detached: back as soon as every batch exists and the live calls have ended (a live
    // call cut off by exiting would be lost; a batch keeps running at the provider).
    const auto settled = [&runner, detach] {
        return !runner.isRunning() || (detach && runner.allSubmitted() && !runner.liveCallsRunning());
    };
    if (!settled()) {
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, &runner, [settled] {
            if (settled())
                QCoreApplication::exit(0);
        });
        check.start(50);
        QCoreApplication::exec();
    }
    for (const QString& problem : runner.problems())
        io.err << CliText::warning(problem) << '\n';
    QList<Core::RunRecord> runs;
    for (Core::RunOrchestrator* run : runner.runs())
        runs << run->session()->record();
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(summaryJson(runner.record(), runs)).toJson(QJsonDocument::Indented));
    else
        io.out << readableSummary(runner.record(), runs);
    io.out.flush();
    if (detach && runner.isRunning()) {
        io.err << CliText::tr("experiment %1 submitted; 'contextbench experiment resume %1' collects the results")
                      .arg(runner.record().id)
               << '\n';
        // Submitted is success unless no batch could be created and nothing ran.
        bool anyStarted = !runner.record().batches.isEmpty();
        for (const Core::RunRecord& r : runs)
            for (const Core::CallRecord& c : r.calls)
                anyStarted = anyStarted || c.status == Core::CallStatus::Done;
        return anyStarted ? ExitOk : ExitFailure;
    }
    return exitCode(runs);
}

} // namespace ExperimentCli

} // namespace Cb::App

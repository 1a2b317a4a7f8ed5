#pragma once

#include "cli/clicommand.h"

#include "core/common/result.h"
#include "core/experiment/experimentrecord.h"
#include "core/providers/provideroptions.h"

#include <QHash>
#include <QJsonObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Cb::Core {
class Database;
class ExperimentRunner;
class ExperimentStore;
class HistoryStore;
class KeychainBackend;
class SecretStore;
struct RunPlan;
struct RunRecord;
} // namespace Cb::Core

namespace Cb::App {

// Pieces shared by the `contextbench experiment` subcommands (experimentcommand.cpp dispatches;
// run, status and resume live in their own files).
namespace ExperimentCli {

// Batch polling: every 5 s growing to 60 s, or a fixed interval given in seconds.
Core::Result<Core::PollPolicy> pollPolicy(const QString& seconds);

// The experiment id given on the command line: nullopt when none was given; an error for more
// than one, or for anything but a positive number.
Core::Result<std::optional<qint64>> experimentId(const QStringList& positional);

int usage(CliIo& io, const QString& sub, const QString& message);
// "live" or "batch" as people read it; JSON keeps ExperimentRecord::modeName.
QString modeText(Core::ExperimentRecord::Mode mode);
int failure(CliIo& io, const QString& sub, const QString& message);

// The history database, the experiment store and the API keys, opened once per command.
struct Services
{
    std::unique_ptr<Core::Database> database;
    std::unique_ptr<Core::HistoryStore> history;
    std::unique_ptr<Core::ExperimentStore> experiments;
    std::unique_ptr<Core::KeychainBackend> keychain;
    std::unique_ptr<Core::SecretStore> secrets;

    Services();
    ~Services();
    Core::VoidResult open();
    // Keys of the plan's cloud providers; an error naming the environment variable for the
    // first one missing (nothing has been sent yet).
    Core::Result<QHash<QString, QString>> keys(const Core::RunPlan& plan);
};

// {"experiment_id", "name", "mode", "status", "batches": [{"provider","id","status"}],
//  "calls": [run --json call objects + "run_id", "case", "mode"]}; runs by case position.
QJsonObject summaryJson(const Core::ExperimentRecord& record, const QList<Core::RunRecord>& runs);
QString readableSummary(const Core::ExperimentRecord& record, const QList<Core::RunRecord>& runs);
// 0 every call done, 1 none done, 3 some failed or still waiting (as `run`).
int exitCode(const QList<Core::RunRecord>& runs);

int runRun(const QStringList& args, CliIo& io);
int runStatus(const QStringList& args, CliIo& io);
int runResume(const QStringList& args, CliIo& io);
int runCancel(const QStringList& args, CliIo& io);
int runExport(const QStringList& args, CliIo& io);

// A runner wired as every experiment command wires it: `network` (which must outlive it), the
// opened history and secrets, polling every `pollSeconds` (empty: the default policy), the
// catalog and the base URLs. Fails only on a bad poll interval.
Core::Result<std::unique_ptr<Core::ExperimentRunner>> makeRunner(Services& services, QNetworkAccessManager* network,
                                                                 const QString& pollSeconds,
                                                                 const QHash<QString, QString>& baseUrls,
                                                                 const QHash<QString, QString>& keys);

// Follows a started or resumed runner: progress on stderr; runs the event loop until it has
// finished (or, with `detach`, until every batch is created); prints the summary.
int waitAndReport(Core::ExperimentRunner& runner, Services& services, bool json, bool detach, CliIo& io);

} // namespace ExperimentCli

} // namespace Cb::App

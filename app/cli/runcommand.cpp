// `contextbench run`: sends a pack to several models at once without a display, records the run
// in history and prints progress on stderr and a summary (JSON with --json) on stdout.
#include "cli/clibaseurls.h"
#include "cli/clicommand.h"
#include "cli/clitemplates.h"
#include "cli/clitext.h"
#include "cli/runreporter.h"

#include "core/harness/toolooplimits.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/pack/packfile.h"
#include "core/prompt/promptassembler.h"
#include "core/prompt/templatelibrary.h"
#include "core/run/runorchestrator.h"
#include "core/run/runsession.h"
#include "core/secrets/keychainbackend.h"
#include "core/secrets/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QUrl>

namespace Cb::App {

namespace {

int usage(CliIo& io, const QString& message)
{
    io.err << "contextbench run: " << message << '\n'
           << CliText::seeHelp(QStringLiteral("contextbench run")) << '\n';
    return ExitUsage;
}

// Runs the event loop until every orchestrator is done.
void waitForAll(const QList<Core::RunOrchestrator*>& runs)
{
    auto allDone = [runs] {
        return std::none_of(runs.cbegin(), runs.cend(), [](const Core::RunOrchestrator* r) { return r->isRunning(); });
    };
    if (allDone())
        return;
    for (Core::RunOrchestrator* r : runs)
        QObject::connect(r, &Core::RunOrchestrator::finished, qApp, [allDone] {
            if (allDone())
                QCoreApplication::quit();
        });
    QCoreApplication::exec();
}

void printSummaries(const QList<Core::RunOrchestrator*>& runs, bool json, bool asList, CliIo& io)
{
    if (json) {
        QJsonArray all;
        for (const Core::RunOrchestrator* r : runs)
            all.append(RunReporter::summaryJson(*r->session()));
        const QJsonDocument doc = asList ? QJsonDocument(all) : QJsonDocument(all.first().toObject());
        io.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    } else {
        for (const Core::RunOrchestrator* r : runs)
            io.out << RunReporter::readableSummary(*r->session());
    }
    io.out.flush();
}

int runRun(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Sends a pack's assembled prompt to every --model, --repeat times each, in parallel, and records the "
        "run in history.\nProgress goes to stderr; the summary to stdout. Exit codes: 0 every call done, "
        "1 none done, 2 usage, 3 some failed or were cancelled.\nKeys come from the keychain or OPENAI_API_KEY, "
        "ANTHROPIC_API_KEY, GEMINI_API_KEY (OPENAI_COMPATIBLE_API_KEY, optional, for local servers)."));
    parser.addPositionalArgument(QStringLiteral("pack"), CliText::tr("The .ctxpack file."));
    const QCommandLineOption help = CliText::helpOption();
    const QCommandLineOption model({QStringLiteral("m"), QStringLiteral("model")},
                                   CliText::tr("PROVIDER:MODEL, repeatable. Providers: openai, anthropic, gemini, "
                                               "openai-compatible (alias local)."),
                                   QStringLiteral("provider:model"));
    const QCommandLineOption repeat({QStringLiteral("k"), QStringLiteral("repeat")},
                                    CliText::tr("Independent calls per model (default 1)."), QStringLiteral("k"),
                                    QStringLiteral("1"));
    const QCommandLineOption effort(QStringLiteral("effort"),
                                    CliText::tr("Reasoning effort, sent to models that accept it."),
                                    QStringLiteral("low|medium|high"));
    const QCommandLineOption maxOutput(QStringLiteral("max-output"), CliText::tr("Output token limit per call."),
                                       QStringLiteral("tokens"));
    const QCommandLineOption tmpl({QStringLiteral("t"), QStringLiteral("template")},
                                  CliText::tr("Template name or .cbtemplate file."), QStringLiteral("name|file"));
    const QCommandLineOption goal(QStringLiteral("goal"), CliText::tr("Use this goal instead of the pack's."),
                                  QStringLiteral("text"));
    const QCommandLineOption var(QStringLiteral("var"), CliText::tr("Set a template variable (repeatable)."),
                                 QStringLiteral("name=value"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     CliText::tr("Server for a provider (repeatable), e.g. "
                                                 "local=http://localhost:11434/v1."),
                                     QStringLiteral("provider=url"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         CliText::tr("Calls in flight per provider (default 4)."),
                                         QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the summary as JSON."));
    const QCommandLineOption noHistory(QStringLiteral("no-history"), CliText::tr("Do not record the run."));
    const QCommandLineOption resume(QStringLiteral("resume"),
                                    CliText::tr("Instead of sending, resume the background calls that were still "
                                                "running when ContextBench last stopped."));
    const QCommandLineOption context(QStringLiteral("context"),
                                     CliText::tr("How the models receive the pack: full (in the prompt, the "
                                                 "default) or tools (a manifest, and tools to list, read and "
                                                 "search the items on demand)."),
                                     QStringLiteral("full|tools"), QStringLiteral("full"));
    const QCommandLineOption maxToolRounds(QStringLiteral("max-tool-rounds"),
                                           CliText::tr("With --context tools: rounds of tool calls before the "
                                                       "model must answer (default %1).")
                                               .arg(Core::ToolLoopLimits::kDefaultRounds),
                                           QStringLiteral("N"));
    const QCommandLineOption maxTokensRead(QStringLiteral("max-tokens-read"),
                                           CliText::tr("With --context tools: tokens the model may read from "
                                                       "the pack in one answer; once spent it must answer "
                                                       "(default %1).")
                                               .arg(Core::ToolLoopLimits::kDefaultTokensRead),
                                           QStringLiteral("N"));
    parser.addOptions({help, model, repeat, effort, maxOutput, tmpl, goal, var, baseUrl, concurrency, json,
                       noHistory, resume, context, maxToolRounds, maxTokensRead});
    if (!parser.parse(QStringList{QStringLiteral("contextbench run")} + args))
        return usage(io, parser.errorText());
    if (parser.isSet(help)) {
        io.out << CliText::helpText(parser, QStringLiteral("run"));
        return ExitOk;
    }

    bool ok = false;
    const int repeats = parser.value(repeat).toInt(&ok);
    if (!ok || repeats < 1 || repeats > 100)
        return usage(io, CliText::tr("--repeat expects a number from 1 to 100"));
    const int limit = parser.value(concurrency).toInt(&ok);
    if (!ok || limit < 1)
        return usage(io, CliText::tr("--concurrency expects a positive number"));
    const QString contextMode = parser.value(context);
    if (contextMode != QLatin1String("full") && contextMode != QLatin1String("tools"))
        return usage(io, CliText::tr("--context must be full or tools"));
    Core::ToolLoopLimits toolLimits;
    if (parser.isSet(maxToolRounds)) {
        toolLimits.maxRounds = parser.value(maxToolRounds).toInt(&ok);
        if (!ok || toolLimits.maxRounds < 1)
            return usage(io, CliText::tr("--max-tool-rounds expects a positive number"));
        if (contextMode != QLatin1String("tools"))
            return usage(io, CliText::tr("--max-tool-rounds needs --context tools"));
    }
    if (parser.isSet(maxTokensRead)) {
        toolLimits.maxTokensRead = parser.value(maxTokensRead).toLongLong(&ok);
        if (!ok || toolLimits.maxTokensRead < 1)
            return usage(io, CliText::tr("--max-tokens-read expects a positive number"));
        if (contextMode != QLatin1String("tools"))
            return usage(io, CliText::tr("--max-tokens-read needs --context tools"));
    }
    const auto urls = CliBaseUrls::parse(parser.values(baseUrl));
    if (!urls)
        return usage(io, urls.error().message);

    Core::RunPlan plan;
    plan.repeats = repeats;
    for (const QString& m : parser.values(model)) {
        auto planned = Core::PlannedModel::parse(m);
        if (!planned)
            return usage(io, planned.error().message);
        if (parser.isSet(effort))
            planned->params.insert(QStringLiteral("effort"), parser.value(effort));
        if (parser.isSet(maxOutput))
            planned->params.insert(QStringLiteral("max_output_tokens"), parser.value(maxOutput).toInt());
        if (contextMode == QLatin1String("tools"))
            toolLimits.writeTo(planned->params);
        plan.models.append(*planned);
    }
    const bool resuming = parser.isSet(resume);
    if (!resuming && plan.models.isEmpty())
        return usage(io, CliText::tr("give at least one --model PROVIDER:MODEL"));
    if (!resuming && parser.positionalArguments().size() != 1)
        return usage(io, CliText::tr("expected one pack file"));
    // Told before the history and the keychain are opened (the same words as PackFile::load's).
    if (!resuming && !QFileInfo::exists(parser.positionalArguments().first())) {
        io.err << "contextbench run: "
               << CliText::tr("The pack %1 does not exist.").arg(parser.positionalArguments().first()) << '\n';
        return ExitFailure;
    }
    if (parser.isSet(effort) &&
        !QStringList{QStringLiteral("minimal"), QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")}
             .contains(parser.value(effort)))
        return usage(io, CliText::tr("--effort must be low, medium or high"));

    auto catalog = Core::ModelCatalog::loadDefault();
    if (!catalog)
        io.err << CliText::warning(CliText::tr("no model catalog (%1); costs are unknown").arg(catalog.error().message))
               << '\n';

    std::unique_ptr<Core::Database> database;
    std::unique_ptr<Core::HistoryStore> history;
    if (!parser.isSet(noHistory)) {
        auto opened = Core::Database::open(Core::Database::defaultPath());
        if (opened) {
            database = std::move(*opened);
            history = std::make_unique<Core::HistoryStore>(*database);
        } else if (resuming) {
            io.err << "contextbench run: " << opened.error().message << '\n';
            return ExitFailure;
        } else {
            io.err << CliText::warning(CliText::tr("the run is not recorded: %1").arg(opened.error().message)) << '\n';
        }
    } else if (resuming) {
        return usage(io, CliText::tr("--resume needs the history"));
    }

    QNetworkAccessManager network;
    Core::KeychainBackend keychain(QStringLiteral("ContextBench"));
    Core::SecretStore secrets(&keychain);
    Core::RunEnvironment env;
    env.network = &network;
    env.secrets = &secrets;
    env.history = history.get();
    env.builder = Core::CallRequestBuilder(catalog ? *catalog : Core::ModelCatalog{}, *urls);
    env.perProviderLimit = limit;
    RunReporter reporter(io.err);
    QList<Core::RunOrchestrator*> runs;
    QObject owner;

    if (resuming) {
        auto runIds = history->unfinishedRunIds();
        if (!runIds) {
            io.err << "contextbench run: " << runIds.error().message << '\n';
            return ExitFailure;
        }
        for (qint64 id : *runIds) {
            auto* orchestrator = new Core::RunOrchestrator(env, &owner);
            auto session = orchestrator->resume(id);
            if (!session) {
                io.err << "contextbench run: " << CliText::tr("run %1: %2").arg(id).arg(session.error().message)
                       << '\n';
                delete orchestrator;
                continue;
            }
            reporter.follow(*session);
            runs.append(orchestrator);
        }
        io.err << CliText::tr("resuming %n run(s)", nullptr, int(runs.size())) << '\n';
    } else {
        const Core::TemplateLibrary library;
        auto chosen = CliTemplates::pick(parser.value(tmpl), library);
        if (!chosen && chosen.error().code == Core::ErrorCode::NotFound)
            return usage(io, chosen.error().message);
        if (!chosen) {
            io.err << "contextbench run: " << chosen.error().message << '\n';
            return ExitFailure;
        }
        auto variables = CliTemplates::parseVariables(parser.values(var));
        if (!variables)
            return usage(io, variables.error().message);
        const QString packPath = parser.positionalArguments().first();
        auto pack = Core::PackFile::load(packPath);
        if (!pack) {
            io.err << "contextbench run: " << pack.error().message << '\n';
            return ExitFailure;
        }
        if (parser.isSet(goal))
            pack->goal = parser.value(goal);
        const Core::AssembledPrompt prompt = Core::PromptAssembler::assemble(*pack, *chosen, *variables);
        for (const QString& w : prompt.warnings)
            io.err << CliText::warning(w) << '\n';
        auto* orchestrator = new Core::RunOrchestrator(env, &owner);
        auto session = orchestrator->start(Core::RunInput::fromPack(*pack, packPath, prompt), plan);
        if (!session) {
            io.err << "contextbench run: " << session.error().message << '\n';
            return ExitFailure;
        }
        reporter.follow(*session);
        runs.append(orchestrator);
        io.err << CliText::tr("run %1: %n call(s)", nullptr, plan.callCount()).arg((*session)->record().id) << '\n';
    }
    io.err.flush();
    waitForAll(runs);

    printSummaries(runs, parser.isSet(json), resuming, io);
    QList<const Core::RunSession*> sessions;
    for (const Core::RunOrchestrator* r : runs)
        sessions.append(r->session());
    return RunReporter::exitCode(sessions);
}

const CliRegistration reg{
    {QStringLiteral("run"),
     QStringLiteral("run FILE.ctxpack --model PROVIDER:MODEL [--model ...] [--repeat K] [--effort E] "
                    "[--context full|tools [--max-tool-rounds N] [--max-tokens-read N]] [--json]"),
     QT_TRANSLATE_NOOP("Cb::App::Cli", "send to models in parallel"),
     runRun}};

} // namespace

} // namespace Cb::App

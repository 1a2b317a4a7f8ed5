// `contextbench judge (RUN_ID | --experiment ID) --model PROVIDER:MODEL`: a judge model judges
// every pair of answers of a run or an experiment in both orders; consistent verdicts become
// its votes (kept apart from the humans'), and its agreement with the human panel is printed.
#include "cli/clibaseurls.h"
#include "cli/clicommand.h"
#include "cli/clitext.h"
#include "cli/experimentcli.h"

#include "core/experiment/experimentstore.h"
#include "core/history/historystore.h"
#include "core/judge/judgeagreementquery.h"
#include "core/judge/judgeprompt.h"
#include "core/judge/judgerunner.h"
#include "core/run/calllauncher.h"
#include "core/secrets/secretstore.h"
#include "core/judge/judgeagreement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace Cb::App {

namespace {

int usage(CliIo& io, const QString& message)
{
    io.err << "contextbench judge: " << message << '\n'
           << CliText::seeHelp(QStringLiteral("contextbench judge")) << '\n';
    return ExitUsage;
}

int failure(CliIo& io, const QString& message)
{
    io.err << "contextbench judge: " << message << '\n';
    return ExitFailure;
}

QJsonValue costJson(const Core::CostRange& range)
{
    if (!range.known)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("low"), range.low}, {QStringLiteral("high"), range.high}};
}

int runJudge(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Asks a judge model about every pair of answers of a run (or of each run of an experiment): calls with "
        "answer text from different models, same repeat. Each pair is judged in both orders (A/B, then B/A); only "
        "a verdict that holds in both counts, as one blind vote of the judge, kept apart from human votes. Judging "
        "again replaces the judge's earlier votes. Prints the counts, the cost and the agreement with the humans "
        "(Cohen's kappa against their majority).\nExit codes: 0 done, 1 failed (finished pairs are kept), 2 usage."));
    parser.addPositionalArgument(QStringLiteral("run"), CliText::tr("Run id (or give --experiment)."));
    const QCommandLineOption help = CliText::helpOption();
    const QCommandLineOption experiment(QStringLiteral("experiment"), CliText::tr("Judge every run of it."),
                                        QStringLiteral("id"));
    const QCommandLineOption model({QStringLiteral("m"), QStringLiteral("model")},
                                   CliText::tr("The judge, PROVIDER:MODEL."), QStringLiteral("provider:model"));
    const QCommandLineOption effort(QStringLiteral("effort"), CliText::tr("Reasoning effort for the judge."),
                                    QStringLiteral("low|medium|high"));
    const QCommandLineOption maxOutput(QStringLiteral("max-output"),
                                       CliText::tr("Output token limit per judgement."), QStringLiteral("tokens"));
    const QCommandLineOption promptFile(QStringLiteral("prompt-file"),
                                        CliText::tr("Judge prompt with {{task}}, {{answer_a}} and {{answer_b}} "
                                                    "(default: --show-prompt)."),
                                        QStringLiteral("file"));
    const QCommandLineOption showPrompt(QStringLiteral("show-prompt"), CliText::tr("Print the default prompt."));
    const QCommandLineOption estimateOnly(QStringLiteral("estimate"),
                                          CliText::tr("Print the pairs and the estimated cost; send nothing."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     CliText::tr("Server for a provider (repeatable), e.g. "
                                                 "local=http://localhost:11434/v1."),
                                     QStringLiteral("provider=url"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         CliText::tr("Judgements in flight (default 4)."), QStringLiteral("n"),
                                         QStringLiteral("4"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the result as JSON."));
    parser.addOptions({help, experiment, model, effort, maxOutput, promptFile, showPrompt, estimateOnly, baseUrl,
                       concurrency, json});
    if (!parser.parse(QStringList{QStringLiteral("contextbench judge")} + args))
        return usage(io, parser.errorText());
    if (parser.isSet(help)) {
        io.out << CliText::helpText(parser, QStringLiteral("judge"));
        return ExitOk;
    }
    if (parser.isSet(showPrompt)) {
        io.out << Core::JudgePrompt::defaultTemplate();
        return ExitOk;
    }

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(experiment) == !positional.isEmpty())
        return usage(io, CliText::tr("give one run id or --experiment ID"));
    if (positional.size() > 1)
        return usage(io, CliText::tr("give one run id"));
    bool ok = false;
    const qint64 id = (parser.isSet(experiment) ? parser.value(experiment) : positional.first()).toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(io, CliText::tr("a run or experiment id is a positive number"));
    if (!parser.isSet(model))
        return usage(io, CliText::tr("give the judge: --model PROVIDER:MODEL"));
    auto judge = Core::PlannedModel::parse(parser.value(model));
    if (!judge)
        return usage(io, judge.error().message);
    if (parser.isSet(effort))
        judge->params.insert(QStringLiteral("effort"), parser.value(effort));
    if (parser.isSet(maxOutput)) {
        const int tokens = parser.value(maxOutput).toInt(&ok);
        if (!ok || tokens < 1)
            return usage(io, CliText::tr("--max-output expects a positive number"));
        judge->params.insert(QStringLiteral("max_output_tokens"), tokens);
    }
    const int limit = parser.value(concurrency).toInt(&ok);
    if (!ok || limit < 1)
        return usage(io, CliText::tr("--concurrency expects a positive number"));
    const auto urls = CliBaseUrls::parse(parser.values(baseUrl));
    if (!urls)
        return usage(io, urls.error().message);

    Core::JudgeOptions options;
    options.judge = *judge;
    options.concurrency = limit;
    if (parser.isSet(promptFile)) {
        QFile file(parser.value(promptFile));
        if (!file.open(QIODevice::ReadOnly))
            return failure(io, CliText::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        options.promptTemplate = QString::fromUtf8(file.readAll());
        if (auto valid = Core::JudgePrompt::validate(options.promptTemplate); !valid)
            return usage(io, valid.error().message);
    }

    ExperimentCli::Services services;
    if (auto opened = services.open(); !opened)
        return failure(io, opened.error().message);
    QList<qint64> runIds;
    if (parser.isSet(experiment)) {
        auto record = services.experiments->load(id);
        if (!record)
            return failure(io, record.error().message);
        for (const Core::ExperimentCase& c : record->cases)
            if (c.runId)
                runIds.append(c.runId);
    } else {
        runIds.append(id);
    }
    QList<Core::JudgePair> pairs;
    for (qint64 runId : runIds) {
        auto run = services.history->loadRun(runId);
        if (!run)
            return failure(io, run.error().message);
        pairs += Core::JudgePairs::fromRun(*run);
    }

    auto catalog = Core::ModelCatalog::loadDefault();
    if (!catalog)
        io.err << CliText::warning(CliText::tr("no model catalog (%1); costs are unknown").arg(catalog.error().message))
               << '\n';
    QNetworkAccessManager network;
    Core::CallLauncher launcher(&network, services.secrets.get(), Core::ProviderOptions{});
    Core::JudgeRunner runner(*services.history, launcher,
                             Core::CallRequestBuilder(catalog ? *catalog : Core::ModelCatalog{}, *urls));
    const Core::CostRange estimate = runner.estimate(pairs, options);
    io.err << CliText::tr("%1 pair(s), %n judgement(s) by %2, estimated cost %3", nullptr, int(2 * pairs.size()))
                  .arg(pairs.size())
                  .arg(judge->key(), estimate.text())
           << '\n';
    io.err.flush();
    if (parser.isSet(estimateOnly))
        return ExitOk;

    std::optional<Core::Error> error;
    QObject::connect(&runner, &Core::JudgeRunner::progress, &runner, [&io](int done, int total) {
        io.err << CliText::tr("judged %1/%2").arg(done).arg(total) << '\n';
        io.err.flush();
    });
    QObject::connect(&runner, &Core::JudgeRunner::finished, &runner, [] { QCoreApplication::quit(); });
    QObject::connect(&runner, &Core::JudgeRunner::failed, &runner, [&error](const Core::Error& e) {
        error = e;
        QCoreApplication::quit();
    });
    if (auto started = runner.start(pairs, options); !started)
        return failure(io, started.error().message);
    QCoreApplication::exec();

    const Core::JudgeSummary& s = runner.summary();
    auto agreement = Core::JudgeAgreementQuery::load(*services.database, judge->key(), runIds);
    if (!agreement)
        return failure(io, agreement.error().message);
    if (parser.isSet(json)) {
        QJsonArray ids;
        for (qint64 r : runIds)
            ids.append(r);
        QJsonObject out{{QStringLiteral("judge"), s.judge},
                        {QStringLiteral("runs"), ids},
                        {QStringLiteral("pairs"), s.pairs},
                        {QStringLiteral("judged"), s.judged},
                        {QStringLiteral("consistent"), s.consistent},
                        {QStringLiteral("inconsistent"), s.inconsistent},
                        {QStringLiteral("unparseable"), s.unparseable},
                        {QStringLiteral("cost_usd"), s.costUnknown > 0 && s.costUnknown == s.callsDone
                                                         ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(s.costUsd)},
                        {QStringLiteral("calls_cost_unknown"), s.costUnknown},
                        {QStringLiteral("estimated_cost"), costJson(estimate)},
                        {QStringLiteral("agreement"), agreement->toJson()},
                        {QStringLiteral("error"), error ? QJsonValue(error->message) : QJsonValue(QJsonValue::Null)}};
        io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        io.out << CliText::tr("judged %1 of %n pair(s) with %2: %3 consistent (votes), %4 inconsistent (discarded)",
                              nullptr, s.pairs)
                      .arg(s.judged)
                      .arg(s.judge)
                      .arg(s.consistent)
                      .arg(s.inconsistent);
        if (s.unparseable > 0)
            io.out << ", " << CliText::tr("%1 unparseable").arg(s.unparseable);
        io.out << '\n';
        if (s.costUnknown > 0 && s.costUnknown == s.callsDone)
            io.out << CliText::tr("cost unknown (no price for the judge model)");
        else
            io.out << CliText::tr("cost %1").arg(Core::CostRange::formatUsd(s.costUsd));
        if (s.costUnknown > 0 && s.costUnknown < s.callsDone)
            io.out << ' ' << CliText::tr("+ %n judgement(s) of unknown price", nullptr, s.costUnknown);
        io.out << "\n" << agreement->summaryLine() << '\n';
    }
    io.out.flush();
    if (error)
        return failure(io, error->message);
    return ExitOk;
}

const CliRegistration reg{
    {QStringLiteral("judge"),
     QStringLiteral("judge (RUN_ID | --experiment ID) --model PROVIDER:MODEL [--prompt-file F] [--json]"),
     QT_TRANSLATE_NOOP("Cb::App::Cli", "a judge model's consistent verdicts and its agreement with the humans"),
     runJudge}};

} // namespace

} // namespace Cb::App

// `contextbench fuse RUN_ID --model PROVIDER:MODEL [--mode fuse|pick] [--pick SECTION=CALL_INDEX]…`:
// fuses a judged run's answers into one plan and prints it with its lineage per section.
// Pick mode assembles the picked sections as written and needs no model; fuse mode with
// --pick is guided (the model writes the plan from the picked sections).
#include "cli/clibaseurls.h"
#include "cli/clicommand.h"
#include "cli/clitext.h"
#include "cli/experimentcli.h"

#include "core/compare/headingalignment.h"
#include "core/compare/sectiongrid.h"
#include "core/fusion/fusionlineage.h"
#include "core/fusion/fusionrunner.h"
#include "core/history/historystore.h"
#include "core/models/costestimator.h"
#include "core/run/calllauncher.h"
#include "core/run/runsession.h"
#include "core/secrets/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace Cb::App {

namespace {

int usage(CliIo& io, const QString& message)
{
    io.err << "contextbench fuse: " << message << '\n'
           << CliText::seeHelp(QStringLiteral("contextbench fuse")) << '\n';
    return ExitUsage;
}

int failure(CliIo& io, const QString& message)
{
    io.err << "contextbench fuse: " << message << '\n';
    return ExitFailure;
}

// The grid row a --pick names: its 1-based number, or a heading any answer gave that row.
int rowOf(const Core::SectionGrid& grid, const QString& section)
{
    bool isNumber = false;
    const int n = section.toInt(&isNumber);
    if (isNumber)
        return n >= 1 && n <= grid.rows().size() ? n - 1 : -1;
    const QString wanted = Core::HeadingAlignment::normalizedTitle(section);
    for (int row = 0; row < grid.rows().size(); ++row)
        for (int a = 0; a < grid.rows()[row].cells.size(); ++a)
            if (const Core::MarkdownSection* s = grid.section(row, a);
                s && Core::HeadingAlignment::normalizedTitle(s->title) == wanted)
                return row;
    return -1;
}

// "1  Goals  (calls 1, 2)" per row, so a user can see what --pick can name.
QString sectionList(const Core::SectionGrid& grid, const QList<Core::FusionAnswer>& answers)
{
    QString out;
    for (int row = 0; row < grid.rows().size(); ++row) {
        QStringList calls;
        for (int a = 0; a < answers.size(); ++a)
            if (grid.section(row, a))
                calls.append(QString::number(answers[a].callIndex));
        const QString title = grid.rows()[row].title.isEmpty() ? CliText::tr("(text before the first heading)")
                                                               : grid.rows()[row].title;
        out += QStringLiteral("%1\t%2\t%3\n")
                   .arg(row + 1)
                   .arg(title, CliText::tr("(calls %1)").arg(calls.join(QStringLiteral(", "))));
    }
    return out;
}

Core::Result<Core::FusionChoices> parsePicks(const QStringList& picks, const Core::SectionGrid& grid,
                                            const QList<Core::FusionAnswer>& answers)
{
    Core::FusionChoices choices(grid.rows().size());
    for (const QString& pick : picks) {
        const int eq = pick.lastIndexOf(QLatin1Char('='));
        bool ok = false;
        const int callIndex = eq < 0 ? 0 : pick.mid(eq + 1).trimmed().toInt(&ok);
        if (eq <= 0 || !ok || callIndex < 1)
            return Core::fail(Core::ErrorCode::InvalidInput,
                              CliText::tr("--pick expects SECTION=CALL_INDEX (e.g. 2=1 or Risks=3), got \"%1\"")
                                  .arg(pick));
        const int row = rowOf(grid, pick.left(eq).trimmed());
        if (row < 0)
            return Core::fail(Core::ErrorCode::InvalidInput,
                              CliText::tr("no section \"%1\" in this run's answers; they have:\n%2")
                                  .arg(pick.left(eq), sectionList(grid, answers)));
        int answer = -1;
        for (int a = 0; a < answers.size(); ++a)
            if (answers[a].callIndex == callIndex)
                answer = a;
        if (answer < 0)
            return Core::fail(Core::ErrorCode::InvalidInput,
                              CliText::tr("call %1 has no finished answer to pick from").arg(callIndex));
        if (!grid.section(row, answer))
            return Core::fail(Core::ErrorCode::InvalidInput,
                              CliText::tr("call %1 (%2) has no section \"%3\"")
                                  .arg(callIndex)
                                  .arg(answers[answer].label, grid.rows()[row].title));
        if (!choices[row].contains(answer))
            choices[row].append(answer);
    }
    return choices;
}

void printText(CliIo& io, const Core::FusionRecord& f, const Core::RunRecord& run)
{
    if (!f.plan.isEmpty()) // a fusion that failed before any text has no plan to print
        io.out << f.plan << (f.plan.endsWith(QLatin1Char('\n')) ? "\n---\n" : "\n\n---\n");
    io.out << Core::FusionLineage::title(f) << '\n' << CliText::tr("Sources:") << '\n';
    for (const Core::FusionSection& s : f.sections)
        io.out << "  " << (s.title.isEmpty() ? CliText::tr("(introduction)") : s.title) << ": "
               << Core::FusionLineage::describe(s, run) << '\n';
    if (!f.modelKey().isEmpty())
        io.out << (f.costUsd ? CliText::tr("cost %1").arg(Core::CostRange::formatUsd(*f.costUsd))
                             : CliText::tr("cost unknown"))
               << '\n';
}

int runFuse(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Fuses the answers of a judged run (every blind pair voted, or the answers ranked blind) into one plan and "
        "prints it with the answers each section came from. fuse: a model merges all answers (with --pick: only "
        "the picked sections, guided). pick: the picked sections as written, no model. The fusion is recorded in "
        "the history with the run.\nExit codes: 0 done, 1 failed (the partial plan is kept), 2 usage."));
    parser.addPositionalArgument(QStringLiteral("run"), CliText::tr("Run id."));
    const QCommandLineOption help = CliText::helpOption();
    const QCommandLineOption model({QStringLiteral("m"), QStringLiteral("model")},
                                   CliText::tr("The model that merges, PROVIDER:MODEL."),
                                   QStringLiteral("provider:model"));
    const QCommandLineOption mode(QStringLiteral("mode"), CliText::tr("fuse (default) or pick."),
                                  QStringLiteral("fuse|pick"), QStringLiteral("fuse"));
    const QCommandLineOption pick(QStringLiteral("pick"),
                                  CliText::tr("Keep this call's version of a section (repeatable); SECTION is its "
                                              "number in --sections or a heading, CALL_INDEX the call's place in the "
                                              "run."),
                                  QStringLiteral("section=call_index"));
    const QCommandLineOption sections(QStringLiteral("sections"),
                                      CliText::tr("List the run's sections as --pick names them; fuse nothing."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     CliText::tr("Server for a provider (repeatable), e.g. "
                                                 "local=http://localhost:11434/v1."),
                                     QStringLiteral("provider=url"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the plan and its lineage as JSON."));
    parser.addOptions({help, model, mode, pick, sections, baseUrl, json});
    if (!parser.parse(QStringList{QStringLiteral("contextbench fuse")} + args))
        return usage(io, parser.errorText());
    if (parser.isSet(help)) {
        io.out << CliText::helpText(parser, QStringLiteral("fuse"));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(io, CliText::tr("give one run id"));
    bool ok = false;
    const qint64 runId = positional.first().toLongLong(&ok);
    if (!ok || runId <= 0)
        return usage(io, CliText::tr("a run id is a positive number"));
    const QString modeName = parser.value(mode);
    if (modeName != QLatin1String("fuse") && modeName != QLatin1String("pick"))
        return usage(io, CliText::tr("--mode is fuse or pick"));
    const bool pickMode = modeName == QLatin1String("pick");
    if (pickMode && !parser.isSet(pick) && !parser.isSet(sections))
        return usage(io, CliText::tr("pick mode needs at least one --pick SECTION=CALL_INDEX (see --sections)"));
    Core::PlannedModel merger;
    if (!pickMode && !parser.isSet(sections)) {
        if (!parser.isSet(model))
            return usage(io, CliText::tr("give the model that merges: --model PROVIDER:MODEL (or --mode pick)"));
        auto parsed = Core::PlannedModel::parse(parser.value(model));
        if (!parsed)
            return usage(io, parsed.error().message);
        merger = *parsed;
    }
    const auto urls = CliBaseUrls::parse(parser.values(baseUrl));
    if (!urls)
        return usage(io, urls.error().message);

    ExperimentCli::Services services;
    if (auto opened = services.open(); !opened)
        return failure(io, opened.error().message);
    auto run = services.history->loadRun(runId);
    if (!run)
        return failure(io, run.error().message);
    const QList<Core::FusionAnswer> answers = Core::FusionAnswer::of(*run);
    QStringList texts;
    for (const Core::FusionAnswer& a : answers)
        texts.append(a.text);
    const Core::SectionGrid grid(texts);
    if (parser.isSet(sections)) {
        io.out << sectionList(grid, answers);
        return ExitOk;
    }
    Core::FusionRequest request;
    request.mode = pickMode ? QStringLiteral("pick") : parser.isSet(pick) ? QStringLiteral("guided") : QStringLiteral("fuse");
    request.model = merger;
    if (parser.isSet(pick)) {
        auto choices = parsePicks(parser.values(pick), grid, answers);
        if (!choices)
            return usage(io, choices.error().message);
        request.choices = *choices;
    }

    auto catalog = Core::ModelCatalog::loadDefault();
    if (!catalog && !pickMode)
        io.err << CliText::warning(
                      CliText::tr("no model catalog (%1); the cost is unknown").arg(catalog.error().message))
               << '\n';
    QNetworkAccessManager network;
    Core::CallLauncher launcher(&network, services.secrets.get(), Core::ProviderOptions{});
    const Core::CallRequestBuilder builder(catalog ? *catalog : Core::ModelCatalog{}, *urls);
    Core::RunSession session(*run);
    Core::FusionRunner runner(&session, launcher, builder, services.history.get());
    std::optional<Core::Error> error;
    bool done = false;
    QObject::connect(&runner, &Core::FusionRunner::fusionFinished, &runner, [&done] {
        done = true;
        QCoreApplication::quit();
    });
    QObject::connect(&runner, &Core::FusionRunner::fusionFailed, &runner, [&](qint64, const Core::Error& e) {
        error = e;
        done = true;
        QCoreApplication::quit();
    });
    auto started = runner.start(request);
    if (!started)
        return failure(io, started.error().message);
    if (!done) {
        io.err << CliText::tr("fusing %n answer(s) with %1…", nullptr, int(answers.size())).arg(merger.key()) << '\n';
        io.err.flush();
        QCoreApplication::exec();
    }
    const Core::FusionRecord* fusion = runner.fusion(*started);
    if (!fusion)
        return failure(io, CliText::tr("the fusion was lost"));
    if (parser.isSet(json)) {
        QJsonObject out = Core::FusionLineage::json(*fusion, session.record(), true);
        out.insert(QStringLiteral("run_id"), runId);
        io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        printText(io, *fusion, session.record());
    }
    io.out.flush();
    if (error)
        return failure(io, error->message);
    return ExitOk;
}

const CliRegistration reg{
    {QStringLiteral("fuse"),
     QStringLiteral("fuse RUN_ID --model PROVIDER:MODEL [--mode fuse|pick] [--pick SECTION=CALL_INDEX]... [--json]"),
     QT_TRANSLATE_NOOP("Cb::App::Cli", "one plan from a judged run's answers, with the sources of each section"),
     runFuse}};

} // namespace

} // namespace Cb::App

// `contextbench experiment run`: creates an experiment (one case per pack × goal), checks
// everything that can be checked before a request leaves (packs, models, keys), then starts it.
#include "cli/clibaseurls.h"
#include "cli/clicasevariables.h"
#include "cli/clitemplates.h"
#include "cli/clitext.h"
#include "cli/experimentcli.h"

#include "core/experiment/experimentpricing.h"
#include "core/experiment/experimentrunner.h"
#include "core/experiment/experimentstore.h"
#include "core/history/historystore.h"
#include "core/pack/packfile.h"
#include "core/prompt/promptassembler.h"
#include "core/prompt/templatelibrary.h"
#include "core/secrets/secretstore.h"
#include "core/tokenize/tokenizerregistry.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace Cb::App {

namespace ExperimentCli {

int runRun(const QStringList& args, CliIo& io)
{
    const QString sub = QStringLiteral("run");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Runs every case (each PACK, once per --goal) on every --model, --repeat times, and records each call "
        "in history (one run per case).\nBatch mode sends OpenAI and Anthropic calls through their batch APIs "
        "(half price, results within 24 h); other providers run live. Progress goes to stderr; the summary to "
        "stdout. Exit codes: 0 every call done, 1 none done, 2 usage, 3 some failed or still waiting."));
    parser.addPositionalArgument(QStringLiteral("packs"), CliText::tr("One or more .ctxpack files."));
    const QCommandLineOption help = CliText::helpOption();
    const QCommandLineOption model({QStringLiteral("m"), QStringLiteral("model")},
                                   CliText::tr("PROVIDER:MODEL, repeatable."), QStringLiteral("provider:model"));
    const QCommandLineOption repeat({QStringLiteral("k"), QStringLiteral("repeat")},
                                    CliText::tr("Independent calls per case and model (default 1)."),
                                    QStringLiteral("k"), QStringLiteral("1"));
    const QCommandLineOption goal(QStringLiteral("goal"),
                                  CliText::tr("A goal; each pack becomes one case per goal (repeatable)."),
                                  QStringLiteral("text"));
    const QCommandLineOption mode(QStringLiteral("mode"), CliText::tr("batch (default) or live."),
                                  QStringLiteral("live|batch"), QStringLiteral("batch"));
    const QCommandLineOption name(QStringLiteral("name"), CliText::tr("A name for the experiment."),
                                  QStringLiteral("text"));
    const QCommandLineOption effort(QStringLiteral("effort"), CliText::tr("Reasoning effort."),
                                    QStringLiteral("low|medium|high"));
    const QCommandLineOption maxOutput(QStringLiteral("max-output"), CliText::tr("Output token limit per call."),
                                       QStringLiteral("tokens"));
    const QCommandLineOption tmpl({QStringLiteral("t"), QStringLiteral("template")},
                                  CliText::tr("Template name or .cbtemplate file."), QStringLiteral("name|file"));
    const QCommandLineOption var(QStringLiteral("var"), CliText::tr("Set a template variable (repeatable)."),
                                 QStringLiteral("name=value"));
    const QCommandLineOption caseVars(
        QStringLiteral("case-vars"),
        CliText::tr("Template variables per case, over --var: a .json file [{\"pack\": FILE, \"goal\": TEXT, "
                    "\"variables\": {NAME: VALUE}}, ...] or a .csv file with the header pack,goal,NAME,... "
                    "(no goal: every case of that pack)."),
        QStringLiteral("file"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), CliText::tr("Server for a provider (repeatable)."),
                                     QStringLiteral("provider=url"));
    const QCommandLineOption detach(QStringLiteral("detach"),
                                    CliText::tr("Return once the batches are submitted; 'experiment resume' "
                                                "collects them later."));
    const QCommandLineOption poll(QStringLiteral("poll-interval"),
                                  CliText::tr("Seconds between status checks of a batch (default: 5, growing to 60)."),
                                  QStringLiteral("seconds"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the summary as JSON."));
    parser.addOptions(
        {help, model, repeat, goal, mode, name, effort, maxOutput, tmpl, var, caseVars, baseUrl, detach, json, poll});
    if (!parser.parse(QStringList{QStringLiteral("contextbench experiment run")} + args))
        return usage(io, sub, parser.errorText());
    if (parser.isSet(help)) {
        io.out << CliText::helpText(parser, QStringLiteral("experiment run"));
        return ExitOk;
    }
    bool ok = false;
    const int repeats = parser.value(repeat).toInt(&ok);
    if (!ok || repeats < 1 || repeats > 100)
        return usage(io, sub, CliText::tr("--repeat expects a number from 1 to 100"));
    const auto chosenMode = Core::ExperimentRecord::modeFromName(parser.value(mode));
    if (!chosenMode)
        return usage(io, sub, CliText::tr("--mode must be live or batch"));
    const auto urls = CliBaseUrls::parse(parser.values(baseUrl));
    if (!urls)
        return usage(io, sub, urls.error().message);
    const QStringList packs = parser.positionalArguments();
    if (packs.isEmpty())
        return usage(io, sub, CliText::tr("give at least one pack file"));

    auto catalog = Core::ModelCatalog::loadDefault();
    if (!catalog)
        io.err << CliText::warning(CliText::tr("no model catalog (%1); costs are unknown").arg(catalog.error().message))
               << '\n';
    Core::RunPlan plan;
    plan.repeats = repeats;
    for (const QString& m : parser.values(model)) {
        auto planned = Core::PlannedModel::parse(m);
        if (!planned)
            return usage(io, sub, planned.error().message);
        // Cloud models must be known: a typo would otherwise cost a whole batch of failures.
        if (catalog && planned->provider != QStringLiteral("openai-compatible") && !catalog->find(planned->key()))
            return usage(io, sub, CliText::tr("unknown model '%1' (see 'contextbench models')").arg(planned->key()));
        if (parser.isSet(effort))
            planned->params.insert(QStringLiteral("effort"), parser.value(effort));
        if (parser.isSet(maxOutput))
            planned->params.insert(QStringLiteral("max_output_tokens"), parser.value(maxOutput).toInt());
        plan.models.append(*planned);
    }
    if (plan.models.isEmpty())
        return usage(io, sub, CliText::tr("give at least one --model PROVIDER:MODEL"));

    const Core::TemplateLibrary library;
    auto chosen = CliTemplates::pick(parser.value(tmpl), library);
    if (!chosen)
        return chosen.error().code == Core::ErrorCode::NotFound ? usage(io, sub, chosen.error().message)
                                                                : failure(io, sub, chosen.error().message);
    auto variables = CliTemplates::parseVariables(parser.values(var));
    if (!variables)
        return usage(io, sub, variables.error().message);
    const QStringList goals = parser.values(goal);
    std::optional<CliCaseVariables> perCase;
    if (parser.isSet(caseVars)) {
        auto loaded = CliCaseVariables::load(parser.value(caseVars));
        if (!loaded)
            return usage(io, sub, loaded.error().message);
        if (auto checked = loaded->check(packs, goals, chosen->variableNames(), chosen->name); !checked)
            return usage(io, sub, checked.error().message);
        perCase = std::move(*loaded);
    }

    // Every pack is loaded and every prompt assembled before anything is sent.
    Core::ExperimentSpec spec;
    spec.mode = *chosenMode;
    spec.plan = plan;
    for (const QString& path : packs) {
        auto pack = Core::PackFile::load(path);
        if (!pack)
            return failure(io, sub, path + QStringLiteral(": ") + pack.error().message);
        for (const QString& g : goals.isEmpty() ? QStringList{QString()} : goals) {
            Core::Pack p = *pack;
            if (!g.isEmpty())
                p.goal = g;
            const QHash<QString, QString> values = perCase ? perCase->forCase(path, g, *variables) : *variables;
            const Core::AssembledPrompt prompt = Core::PromptAssembler::assemble(p, *chosen, values);
            const QString caseName = g.isEmpty() ? QFileInfo(path).fileName()
                                                 : QStringLiteral("%1 × \"%2\"").arg(QFileInfo(path).fileName(), g);
            // A case sent with a hole in its prompt would be paid for and useless.
            if (!prompt.missingVariables.isEmpty())
                return usage(io, sub, CliText::tr("%1 has no value for %2 (template '%3'); give it with --var "
                                                  "NAME=VALUE or --case-vars")
                                          .arg(caseName, prompt.missingVariables.join(QStringLiteral(", ")),
                                               chosen->name));
            for (const QString& w : prompt.warnings)
                io.err << CliText::warning(caseName + QStringLiteral(": ") + w) << '\n';
            QJsonObject variablesJson;
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                variablesJson.insert(it.key(), it.value());
            spec.cases.append({Core::RunInput::fromPack(p, path, prompt), variablesJson});
        }
    }
    // The default name is data (JSON, exports), the same whatever the interface language.
    spec.name = parser.isSet(name) ? parser.value(name)
                                   : QStringLiteral("%1 × %2 models × %3").arg(QFileInfo(packs.first()).completeBaseName())
                                         .arg(plan.models.size())
                                         .arg(repeats);

    // The price, live and batch side by side, before anything is sent. Prompts are counted with
    // o200k_base (exact for OpenAI, an estimate for the others).
    {
        const auto tokenizer = Core::TokenizerRegistry::shared().tokenizer(Core::Encoding::O200kBase);
        QList<Core::CostRequest> requests;
        QList<bool> batchable;
        const QStringList batchProviders = spec.mode == Core::ExperimentRecord::Mode::Batch
                                               ? Core::ExperimentRunner::batchProviders(plan)
                                               : QStringList();
        for (const Core::ExperimentCaseInput& c : spec.cases) {
            const QString text = c.input.prompt.instructions + c.input.prompt.input;
            const qint64 tokens = tokenizer ? qint64((*tokenizer)->count(text)) : text.size() / 4;
            for (const Core::PlannedModel& m : plan.models) {
                requests.append({m.key(), tokens, tokenizer && m.provider == QStringLiteral("openai"),
                                 m.params.value(QStringLiteral("max_output_tokens")).toInteger(), repeats});
                batchable.append(batchProviders.contains(m.provider));
            }
        }
        const auto price = Core::ExperimentPricing::estimate(
            Core::CostEstimator(catalog ? *catalog : Core::ModelCatalog{}), requests, batchable);
        io.err << CliText::tr("price estimate: live %1, this experiment (%2) %3")
                      .arg(price.live.text(), modeText(spec.mode), price.batch.text());
        if (price.unknownLines > 0)
            io.err << ' ' << CliText::tr("(+ %n model(s) of unknown price)", nullptr, int(price.unknownLines));
        io.err << '\n';
    }

    Services services;
    if (auto opened = services.open(); !opened)
        return failure(io, sub, opened.error().message);
    auto keys = services.keys(plan);
    if (!keys)
        return failure(io, sub, keys.error().message);

    QNetworkAccessManager network;
    auto made = makeRunner(services, &network, parser.value(poll), *urls, *keys);
    if (!made)
        return usage(io, sub, made.error().message);
    Core::ExperimentRunner& runner = **made;
    auto started = runner.start(spec);
    if (!started)
        return failure(io, sub, started.error().message);
    io.err << CliText::tr("experiment %1: %2 case(s) × %3 model(s) × %4 = %n call(s), %5 mode", nullptr,
                          int(spec.cases.size()) * plan.callCount())
                  .arg(*started)
                  .arg(spec.cases.size())
                  .arg(plan.models.size())
                  .arg(repeats)
                  .arg(modeText(spec.mode))
           << '\n';
    io.err.flush();
    return waitAndReport(runner, services, parser.isSet(json), parser.isSet(detach), io);
}

} // namespace ExperimentCli

} // namespace Cb::App

// `contextbench ask PACK.ctxpack --model PROVIDER:MODEL`: before an expensive run, a (cheap)
// model reads the pack's prompt and returns the clarifying questions a planner needs answered.
// The answers go back in with `contextbench pack note PACK --answers FILE`.
#include "cli/clibaseurls.h"
#include "cli/clicommand.h"
#include "cli/clitemplates.h"
#include "cli/clitext.h"

#include "core/harness/askfirst.h"
#include "core/history/askstore.h"
#include "core/history/database.h"
#include "core/models/costestimator.h"
#include "core/pack/packfile.h"
#include "core/prompt/promptassembler.h"
#include "core/prompt/templatelibrary.h"
#include "core/run/calllauncher.h"
#include "core/run/callmetrics.h"
#include "core/secrets/keychainbackend.h"
#include "core/secrets/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace Cb::App {

namespace {

int usage(CliIo& io, const QString& message)
{
    io.err << "contextbench ask: " << message << '\n'
           << CliText::seeHelp(QStringLiteral("contextbench ask")) << '\n';
    return ExitUsage;
}

int failure(CliIo& io, const QString& message)
{
    io.err << "contextbench ask: " << message << '\n';
    return ExitFailure;
}

QJsonValue costJson(const std::optional<double>& cost)
{
    return cost ? QJsonValue(*cost) : QJsonValue(QJsonValue::Null);
}

void printText(const Core::AskFirstResult& r, const QString& packPath, CliIo& io)
{
    if (r.questions.isEmpty())
        io.out << CliText::tr("%1 has no clarifying questions.").arg(r.answer.model) << '\n';
    for (qsizetype i = 0; i < r.questions.size(); ++i) {
        const Core::ClarifyingQuestion& q = r.questions.at(i);
        io.out << i + 1 << ". " << q.question << "\n   " << CliText::tr("Why it matters: %1").arg(q.whyItMatters)
               << "\n   " << CliText::tr("If unanswered, assumes: %1").arg(q.assumption) << "\n\n";
    }
    io.out << (r.answer.costUsd ? CliText::tr("asked by %1, cost %2")
                                      .arg(r.answer.model, Core::CostRange::formatUsd(*r.answer.costUsd))
                                : CliText::tr("asked by %1, cost unknown").arg(r.answer.model));
    if (r.answer.rounds > 1)
        io.out << ' ' << CliText::tr("(the first answer did not match the schema and was repaired)");
    io.out << '\n';
    if (!r.questions.isEmpty())
        io.out << CliText::tr("Answer them: save this with --json, add an \"answer\" to each question, then") << '\n'
               << "  contextbench pack note " << packPath << " --answers FILE\n";
}

int runAsk(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Asks a model for the clarifying questions a planner would need answered before planning from the pack: "
        "it reads the prompt a run would send (template, pack and goal) and answers through a JSON schema "
        "(question, why it matters, what it will assume if unanswered), validated and repaired once. Add the "
        "answers with 'contextbench pack note PACK --answers FILE'.\nExit codes: 0 done, 1 failed, 2 usage."));
    parser.addPositionalArgument(QStringLiteral("pack"), CliText::tr("The .ctxpack file."));
    const QCommandLineOption help = CliText::helpOption();
    const QCommandLineOption model({QStringLiteral("m"), QStringLiteral("model")},
                                   CliText::tr("The model that asks, PROVIDER:MODEL (default: the cheapest catalog "
                                               "model with a key)."),
                                   QStringLiteral("provider:model"));
    const QCommandLineOption maxQuestions(QStringLiteral("max-questions"),
                                          CliText::tr("At most this many questions (1-20, default 5)."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption tmpl({QStringLiteral("t"), QStringLiteral("template")},
                                  CliText::tr("Template name or .cbtemplate file of the run to come."),
                                  QStringLiteral("name|file"));
    const QCommandLineOption var(QStringLiteral("var"), CliText::tr("Set a template variable (repeatable)."),
                                 QStringLiteral("name=value"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     CliText::tr("Server for a provider (repeatable), e.g. "
                                                 "local=http://localhost:11434/v1."),
                                     QStringLiteral("provider=url"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CliText::tr("Print {\"model\",\"questions\":[…],\"cost_usd\",\"usage\"}."));
    parser.addOptions({help, model, maxQuestions, tmpl, var, baseUrl, json});
    if (!parser.parse(QStringList{QStringLiteral("contextbench ask")} + args))
        return usage(io, parser.errorText());
    if (parser.isSet(help)) {
        io.out << CliText::helpText(parser, QStringLiteral("ask"));
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(io, CliText::tr("expected one pack file"));
    std::optional<Core::PlannedModel> asker;
    if (parser.isSet(model)) {
        auto parsed = Core::PlannedModel::parse(parser.value(model));
        if (!parsed)
            return usage(io, parsed.error().message);
        asker = *parsed;
    }
    bool ok = false;
    const int limit = parser.value(maxQuestions).toInt(&ok);
    if (!ok || limit < 1 || limit > Core::AskFirst::MaxQuestionsLimit)
        return usage(io, CliText::tr("--max-questions expects a number from 1 to %1")
                             .arg(Core::AskFirst::MaxQuestionsLimit));
    const auto urls = CliBaseUrls::parse(parser.values(baseUrl));
    if (!urls)
        return usage(io, urls.error().message);
    const Core::TemplateLibrary library;
    auto chosen = CliTemplates::pick(parser.value(tmpl), library);
    if (!chosen)
        return chosen.error().code == Core::ErrorCode::NotFound ? usage(io, chosen.error().message)
                                                                 : failure(io, chosen.error().message);
    auto variables = CliTemplates::parseVariables(parser.values(var));
    if (!variables)
        return usage(io, variables.error().message);
    const QString packPath = parser.positionalArguments().first();
    auto pack = Core::PackFile::load(packPath);
    if (!pack)
        return failure(io, pack.error().message);
    const Core::AssembledPrompt prompt = Core::PromptAssembler::assemble(*pack, *chosen, *variables);

    auto catalog = Core::ModelCatalog::loadDefault();
    if (!catalog)
        io.err << CliText::warning(
                      CliText::tr("no model catalog (%1); the cost is unknown").arg(catalog.error().message))
               << '\n';
    QNetworkAccessManager network;
    Core::KeychainBackend keychain(QStringLiteral("ContextBench"));
    Core::SecretStore secrets(&keychain);
    Core::CallLauncher launcher(&network, &secrets, Core::ProviderOptions{});
    Core::AskFirst ask(launcher, Core::CallRequestBuilder(catalog ? *catalog : Core::ModelCatalog{}, *urls));
    if (!asker) {
        // No --model: the cheapest catalog model of a provider with a key, as the window picks it.
        std::optional<Core::ModelInfo> best;
        bool looked = false;
        Core::AskFirst::defaultModel(catalog ? *catalog : Core::ModelCatalog{}, secrets, prompt, &ask,
                                     [&best, &looked](const std::optional<Core::ModelInfo>& found) {
                                         best = found;
                                         looked = true;
                                         QCoreApplication::quit();
                                     });
        if (!looked) // the keychain answers later; environment variables at once
            QCoreApplication::exec();
        if (!best)
            return failure(io, CliText::tr("no catalog model to ask with: give one with --model PROVIDER:MODEL"));
        auto parsed = Core::PlannedModel::parse(best->key());
        if (!parsed)
            return failure(io, parsed.error().message);
        asker = *parsed;
        io.err << CliText::tr("no --model given: using %1, the cheapest model with a key").arg(asker->key()) << '\n';
    }

    std::optional<Core::AskFirstResult> result;
    std::optional<Core::Error> error;
    QString rawText;
    QObject::connect(&ask, &Core::AskFirst::finished, &ask, [&result](const Core::AskFirstResult& r) {
        result = r;
        QCoreApplication::quit();
    });
    QObject::connect(&ask, &Core::AskFirst::failed, &ask, [&](const Core::Error& e, const QString& raw) {
        error = e;
        rawText = raw;
        QCoreApplication::quit();
    });
    Core::AskFirstOptions options;
    options.model = *asker;
    options.maxQuestions = limit;
    if (auto started = ask.start(prompt, options); !started)
        return failure(io, started.error().message);
    io.err << CliText::tr("asking %1 for up to %n question(s)", nullptr, limit).arg(asker->key()) << '\n';
    io.err.flush();
    QCoreApplication::exec();

    if (error) {
        io.err << "contextbench ask: " << error->message << '\n';
        if (!rawText.isEmpty())
            io.err << CliText::tr("The model's answer, as received:") << '\n' << rawText << '\n';
        return ExitFailure;
    }
    // Its cost goes into the history like any model call's (without one, the answer still prints).
    if (auto db = Core::Database::open(Core::Database::defaultPath())) {
        Core::AskRecord record = Core::AskFirst::historyRecord(*result, pack->title, QFileInfo(packPath).absoluteFilePath());
        if (const auto added = Core::AskStore(**db).add(record); !added)
            io.err << CliText::warning(
                          CliText::tr("the ask was not recorded in the history: %1").arg(added.error().message))
                   << '\n';
    } else {
        io.err << CliText::warning(CliText::tr("no history (%1); the ask is not recorded").arg(db.error().message))
               << '\n';
    }
    if (parser.isSet(json)) {
        const QJsonObject out{{QStringLiteral("model"), result->answer.model},
                              {QStringLiteral("questions"), Core::ClarificationNote::questionsToJson(result->questions)},
                              {QStringLiteral("cost_usd"), costJson(result->answer.costUsd)},
                              {QStringLiteral("usage"), Core::CallMetrics::usageJson(result->answer.usage)},
                              {QStringLiteral("rounds"), result->answer.rounds}};
        io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        printText(*result, packPath, io);
    }
    io.out.flush();
    return ExitOk;
}

const CliRegistration reg{
    {QStringLiteral("ask"),
     QStringLiteral("ask FILE.ctxpack [--model PROVIDER:MODEL] [--max-questions N] [--json]"),
     QT_TRANSLATE_NOOP("Cb::App::Cli", "clarifying questions to answer before a run"),
     runAsk}};

} // namespace

} // namespace Cb::App

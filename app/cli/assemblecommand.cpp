// `contextbench assemble`: prints or writes exactly the prompt that would be sent for a pack.
// The output formats are documented in resources/templates/README.md ("Command line").
#include "cli/clicommand.h"
#include "cli/clitemplates.h"
#include "cli/clitext.h"

#include "core/pack/packfile.h"
#include "core/prompt/promptassembler.h"
#include "core/prompt/templatefile.h"
#include "core/prompt/templatelibrary.h"
#include "core/prompt/templatesyntax.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace Cb::App {

namespace {

using Core::ErrorCode;

QByteArray render(const Core::AssembledPrompt& prompt, const QString& part, bool json)
{
    if (json) {
        QJsonObject o{{QStringLiteral("template"), prompt.templateName},
                      {QStringLiteral("instructions"), prompt.instructions},
                      {QStringLiteral("input"), prompt.input},
                      {QStringLiteral("sha256"), QString::fromLatin1(prompt.sha256())},
                      {QStringLiteral("missing_variables"),
                       QJsonArray::fromStringList(prompt.missingVariables)},
                      {QStringLiteral("warnings"), QJsonArray::fromStringList(prompt.warnings)}};
        return QJsonDocument(o).toJson(QJsonDocument::Indented);
    }
    if (part == QLatin1String("instructions"))
        return prompt.instructions.toUtf8();
    if (part == QLatin1String("input"))
        return prompt.input.toUtf8();
    return prompt.transcript().toUtf8();
}

int listTemplates(const Core::TemplateLibrary& library, CliIo& io)
{
    for (const Core::PromptTemplate& t : library.templates())
        io.out << t.name << '\t' << Core::wrapStyleName(t.wrap) << '\t'
               << (t.builtIn ? "preset" : "user") << '\t' << t.description << '\n';
    return ExitOk;
}

int usage(CliIo& io, const QString& message)
{
    io.err << "contextbench assemble: " << message << '\n'
           << CliText::seeHelp(QStringLiteral("contextbench assemble")) << '\n';
    return ExitUsage;
}

int runAssemble(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Prints exactly what would be sent for a pack: the instructions and the "
                    "input, each after a marker line\n"
                    "(<<<contextbench:instructions>>>, <<<contextbench:input>>>), or one part "
                    "raw with --part, or JSON.\n"
                    "Exit codes: 0 done, 1 failure, 2 usage, 3 template variables left unfilled "
                    "(output still written)."));
    parser.addPositionalArgument(QStringLiteral("pack"), CliText::tr("The .ctxpack file."));
    const QCommandLineOption helpOption = CliText::helpOption();
    const QCommandLineOption templateOption(
        {QStringLiteral("t"), QStringLiteral("template")},
        CliText::tr("Template name or .cbtemplate file (default report-generator)."),
        QStringLiteral("name|file"));
    const QCommandLineOption goalOption(QStringLiteral("goal"),
                                        CliText::tr("Use this goal instead of the pack's."),
                                        QStringLiteral("text"));
    const QCommandLineOption varOption(QStringLiteral("var"),
                                       CliText::tr("Set a template variable (repeatable)."),
                                       QStringLiteral("name=value"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        CliText::tr("The date for {{date}} (default today)."),
                                        QStringLiteral("yyyy-mm-dd"));
    const QCommandLineOption wrapOption(QStringLiteral("wrap"),
                                        CliText::tr("Override the template's wrap style."),
                                        QStringLiteral("xml|markdown|plain"));
    const QCommandLineOption partOption(
        QStringLiteral("part"), CliText::tr("Which part to print (default both)."),
        QStringLiteral("both|instructions|input"), QStringLiteral("both"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), CliText::tr("Print JSON: template, instructions, input, sha256, "
                                            "missing_variables, warnings."));
    const QCommandLineOption outOption(
        {QStringLiteral("o"), QStringLiteral("out")},
        CliText::tr("Write to this file (atomically) instead of stdout."),
        QStringLiteral("file"));
    const QCommandLineOption listOption(QStringLiteral("list-templates"),
                                        CliText::tr("List the templates and exit."));
    parser.addOptions({helpOption, templateOption, goalOption, varOption, dateOption, wrapOption,
                       partOption, jsonOption, outOption, listOption});
    if (!parser.parse(QStringList{QStringLiteral("contextbench assemble")} + args))
        return usage(io, parser.errorText());
    if (parser.isSet(helpOption)) {
        io.out << CliText::helpText(parser, QStringLiteral("assemble"));
        return ExitOk;
    }

    const Core::TemplateLibrary library;
    for (const QString& error : library.loadErrors())
        io.err << CliText::warning(CliText::tr("template skipped: %1").arg(error)) << '\n';
    if (parser.isSet(listOption))
        return listTemplates(library, io);

    if (parser.positionalArguments().size() != 1)
        return usage(io, CliText::tr("expected one pack file"));
    const QString part = parser.value(partOption);
    if (!QStringList{QStringLiteral("both"), QStringLiteral("instructions"),
                     QStringLiteral("input")}
             .contains(part))
        return usage(io, CliText::tr("--part must be both, instructions or input"));
    auto variables = CliTemplates::parseVariables(parser.values(varOption));
    if (!variables)
        return usage(io, variables.error().message);
    QDate date = QDate::currentDate();
    if (parser.isSet(dateOption)) {
        date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!date.isValid())
            return usage(io, CliText::tr("--date expects yyyy-mm-dd"));
    }
    auto tmpl = CliTemplates::pick(parser.value(templateOption), library);
    if (!tmpl && tmpl.error().code == ErrorCode::NotFound)
        return usage(io, tmpl.error().message);
    if (!tmpl) {
        io.err << "contextbench assemble: " << tmpl.error().message << '\n';
        return ExitFailure;
    }
    if (parser.isSet(wrapOption)) {
        const auto wrap = Core::wrapStyleFromName(parser.value(wrapOption));
        if (!wrap)
            return usage(io, CliText::tr("--wrap must be xml, markdown or plain"));
        tmpl->wrap = *wrap;
    }

    auto pack = Core::PackFile::load(parser.positionalArguments().first());
    if (!pack) {
        io.err << "contextbench assemble: " << pack.error().message << '\n';
        return ExitFailure;
    }
    if (parser.isSet(goalOption))
        pack->goal = parser.value(goalOption);

    const Core::AssembledPrompt prompt =
        Core::PromptAssembler::assemble(*pack, *tmpl, *variables, date);
    const QByteArray bytes = render(prompt, part, parser.isSet(jsonOption));
    if (parser.isSet(outOption)) {
        QSaveFile file(parser.value(outOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            io.err << "contextbench assemble: "
                   << CliText::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()) << '\n';
            return ExitFailure;
        }
    } else {
        io.out.flush();
        QFile stdoutFile; // raw bytes, so the prompt reaches stdout without any re-encoding
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) ||
            stdoutFile.write(bytes) != bytes.size()) {
            io.err << "contextbench assemble: " << CliText::tr("cannot write to stdout") << '\n';
            return ExitFailure;
        }
        stdoutFile.flush();
    }
    for (const QString& warning : prompt.warnings)
        io.err << CliText::warning(warning) << '\n';
    if (!prompt.missingVariables.isEmpty()) {
        io.err << CliText::warning(CliText::tr("template variables without a value, left as {{name}} in the prompt: "
                                               "%1 (set them with --var NAME=VALUE)")
                                       .arg(prompt.missingVariables.join(QStringLiteral(", "))))
               << '\n';
        return ExitPartial;
    }
    return ExitOk;
}

const CliRegistration reg{
    {QStringLiteral("assemble"),
     QStringLiteral("assemble FILE.ctxpack [--template NAME|FILE] [--goal TEXT] [--var K=V]... [--out FILE]"),
     QT_TRANSLATE_NOOP("Cb::App::Cli", "print exactly what would be sent"),
     runAssemble}};

} // namespace

} // namespace Cb::App

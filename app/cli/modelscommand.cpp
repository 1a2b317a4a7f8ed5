// `contextbench models`: the model catalog (with the user's overrides) as a table or JSON.
#include "cli/clicommand.h"
#include "cli/clitext.h"

#include "core/models/tokenformat.h"
#include "core/models/usercatalog.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace Cb::App {

namespace {

QString price(const std::optional<double>& usd)
{
    return usd ? QStringLiteral("$%1").arg(*usd, 0, 'f', 2) : QStringLiteral("—");
}

void printTable(const Core::ModelCatalog& catalog, CliIo& io)
{
    const QStringList header{CliText::tr("MODEL"),   CliText::tr("NAME"),    CliText::tr("CONTEXT"),
                             CliText::tr("MAX OUT"), CliText::tr("IN $/M"),  CliText::tr("OUT $/M"),
                             CliText::tr("TOKENIZER")};
    QList<QStringList> rows{header};
    for (const Core::ModelInfo& m : catalog.models()) {
        const Core::TokenPrices& p = m.pricing.base;
        rows.append({m.key(), m.displayName, Core::compactTokens(m.contextWindow),
                     Core::compactTokens(m.maxOutput), price(p.input), price(p.output),
                     m.hasPublicTokenizer() ? m.encoding : CliText::tr("≈ (count endpoint)")});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], CliText::columns(row[c]));
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            // Numbers right-aligned, text left-aligned; two spaces between columns.
            const bool numeric = c >= 2 && c <= 5;
            line += CliText::padded(row[c], widths[c], numeric);
            if (c + 1 < row.size())
                line += QStringLiteral("  ");
        }
        io.out << line.trimmed() << '\n';
    }
    io.out << '\n'
           << CliText::tr("Catalog updated %1; prices in USD per million tokens. Check the provider's page before "
                          "relying on a price.")
                  .arg(catalog.updated().toString(Qt::ISODate))
           << '\n';
}

int runModels(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr(
            "Lists the models ContextBench knows: context window, output limit, prices and\n"
            "tokenizer, including your overrides (%1).")
            .arg(Core::UserCatalog::overridesPath()));
    const QCommandLineOption helpOption = CliText::helpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        CliText::tr("Print the catalog in its JSON format."));
    const QCommandLineOption overridesOption(QStringLiteral("overrides"),
                                             CliText::tr("Use this overrides file instead."),
                                             QStringLiteral("file"));
    parser.addOptions({helpOption, jsonOption, overridesOption});
    if (!parser.parse(QStringList{QStringLiteral("contextbench models")} + args)) {
        io.err << "contextbench models: " << parser.errorText() << '\n'
               << CliText::seeHelp(QStringLiteral("contextbench models")) << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        io.out << CliText::helpText(parser, QStringLiteral("models"));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.err << "contextbench models: "
               << CliText::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()) << '\n';
        return ExitUsage;
    }
    auto loaded = Core::UserCatalog::load(parser.value(overridesOption));
    if (!loaded) {
        io.err << "contextbench models: " << loaded.error().message << '\n';
        return ExitFailure;
    }
    if (!loaded->warning.isEmpty())
        io.err << CliText::warning(loaded->warning) << '\n';
    if (parser.isSet(jsonOption))
        io.out << QString::fromUtf8(loaded->catalog.toJson().toJson(QJsonDocument::Indented));
    else
        printTable(loaded->catalog, io);
    return ExitOk;
}

const CliRegistration reg{{QStringLiteral("models"),
                           QStringLiteral("models [--json]"),
                           QT_TRANSLATE_NOOP("Cb::App::Cli", "list the model catalog: windows, prices, tokenizers"),
                           runModels}};

} // namespace

} // namespace Cb::App

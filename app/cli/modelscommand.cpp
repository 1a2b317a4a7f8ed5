// `contextbench models`: the model catalog (with the user's overrides) as a table or JSON.
#include "cli/clicommand.h"

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
    const QStringList header{QStringLiteral("MODEL"),    QStringLiteral("NAME"),
                             QStringLiteral("CONTEXT"),  QStringLiteral("MAX OUT"),
                             QStringLiteral("IN $/M"),   QStringLiteral("OUT $/M"),
                             QStringLiteral("TOKENIZER")};
    QList<QStringList> rows{header};
    for (const Core::ModelInfo& m : catalog.models()) {
        const Core::TokenPrices& p = m.pricing.base;
        rows.append({m.key(), m.displayName, Core::compactTokens(m.contextWindow),
                     Core::compactTokens(m.maxOutput), price(p.input), price(p.output),
                     m.hasPublicTokenizer() ? m.encoding : QStringLiteral("≈ (count endpoint)")});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            // Numbers right-aligned, text left-aligned; two spaces between columns.
            const bool numeric = c >= 2 && c <= 5;
            line += numeric ? row[c].rightJustified(widths[c]) : row[c].leftJustified(widths[c]);
            if (c + 1 < row.size())
                line += QStringLiteral("  ");
        }
        io.out << line.trimmed() << '\n';
    }
    io.out << "\nCatalog updated " << catalog.updated().toString(Qt::ISODate)
           << "; prices in USD per million tokens. Check the provider's page before relying on "
              "a price.\n";
}

int runModels(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Lists the models ContextBench knows: context window, output limit, prices and\n"
            "tokenizer, including your overrides (%1).")
            .arg(Core::UserCatalog::overridesPath()));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the catalog in its JSON format."));
    const QCommandLineOption overridesOption(QStringLiteral("overrides"),
                                             QStringLiteral("Use this overrides file instead."),
                                             QStringLiteral("file"));
    parser.addOptions({helpOption, jsonOption, overridesOption});
    if (!parser.parse(QStringList{QStringLiteral("contextbench models")} + args)) {
        io.err << "contextbench models: " << parser.errorText()
               << "\nSee 'contextbench models --help'.\n";
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        io.out << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.err << "contextbench models: unexpected argument '"
               << parser.positionalArguments().first() << "'\n";
        return ExitUsage;
    }
    auto loaded = Core::UserCatalog::load(parser.value(overridesOption));
    if (!loaded) {
        io.err << "contextbench models: " << loaded.error().message << '\n';
        return ExitFailure;
    }
    if (!loaded->warning.isEmpty())
        io.err << "warning: " << loaded->warning << '\n';
    if (parser.isSet(jsonOption))
        io.out << QString::fromUtf8(loaded->catalog.toJson().toJson(QJsonDocument::Indented));
    else
        printTable(loaded->catalog, io);
    return ExitOk;
}

const CliRegistration reg{{QStringLiteral("models"),
                           QStringLiteral("models [--json]  list the model catalog: windows, "
                                          "prices, tokenizers"),
                           runModels}};

} // namespace

} // namespace Cb::App

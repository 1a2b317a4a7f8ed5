// `contextbench rate import FILE...`, `rate raters` and `rate rename RATER_ID NAME`: bringing a
// panel's verdicts back from ratings files (docs/RATINGS_FILE.md) and naming the raters.
#include "cli/clitext.h"
#include "cli/ratecommands.h"

#include "core/history/database.h"
#include "core/history/raterstore.h"
#include "core/rating/ratertally.h"
#include "core/rating/ratingsimporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace Cb::App {

namespace {

bool wantsHelp(const QStringList& args)
{
    return args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
}

Core::Result<std::unique_ptr<Core::Database>> openHistory() { return Core::Database::open(Core::Database::defaultPath()); }

int refuse(CliIo& io, const QString& sub, const QString& message, int code = ExitFailure)
{
    io.err << "contextbench rate " << sub << ": " << message << '\n';
    return code;
}

} // namespace

int runRateImport(const QStringList& args, CliIo& io)
{
    const QString sub = QStringLiteral("import");
    if (wantsHelp(args)) {
        io.out << CliText::tr("Usage: %1").arg(CliText::programName() + QStringLiteral(" rate import FILE...")) << "\n\n"
               << CliText::tr("Imports ratings files saved by rating kits ('Download my ratings'). Each vote "
                              "is stored\nwith its rater and kit. Every file is checked first; if one is refused "
                              "(not a ratings file,\nunknown kit, unknown item, integrity code that does not match), "
                              "none is imported.\nImporting the same file again changes nothing; a newer file for "
                              "the same kit replaces\nthat kit's votes.")
               << '\n';
        return ExitOk;
    }
    for (const QString& a : args)
        if (a.startsWith(QLatin1Char('-')))
            return refuse(io, sub, CliText::tr("unknown option '%1'").arg(a), ExitUsage);
    if (args.isEmpty())
        return refuse(io, sub, CliText::tr("give one or more ratings files (rate import FILE...)"), ExitUsage);
    auto db = openHistory();
    if (!db)
        return refuse(io, sub, db.error().message);
    auto results = Core::RatingsImporter(**db).importFiles(args);
    if (!results)
        return refuse(io, sub, results.error().message);
    for (const Core::RatingsImportResult& r : *results)
        io.out << r.path << ": " << r.summary() << '\n';
    return ExitOk;
}

int runRateRaters(const QStringList& args, CliIo& io)
{
    const QString sub = QStringLiteral("raters");
    if (wantsHelp(args)) {
        io.out << CliText::tr("Usage: %1").arg(CliText::programName() + QStringLiteral(" rate raters [--json]")) << "\n\n"
               << CliText::tr("Lists the raters (people given rating kits, and judge models) with their votes.")
               << '\n';
        return ExitOk;
    }
    const bool json = args.contains(QStringLiteral("--json"));
    for (const QString& a : args)
        if (a != QLatin1String("--json"))
            return refuse(io, sub, CliText::tr("unexpected argument '%1'").arg(a), ExitUsage);
    auto db = openHistory();
    if (!db)
        return refuse(io, sub, db.error().message);
    auto rows = Core::RaterTally::load(**db);
    if (!rows)
        return refuse(io, sub, rows.error().message);
    if (json) {
        QJsonArray array;
        for (const Core::RaterTallyRow& r : *rows)
            array.append(QJsonObject{{QStringLiteral("id"), r.rater.id},
                                     {QStringLiteral("name"), r.rater.name},
                                     {QStringLiteral("kind"), r.rater.kind},
                                     {QStringLiteral("votes"), r.votes},
                                     {QStringLiteral("rankings"), r.rankings},
                                     {QStringLiteral("kits"), r.kits}});
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("raters"), array}}).toJson());
        return ExitOk;
    }
    if (rows->isEmpty()) {
        io.out << CliText::tr("No raters yet: make rating kits with 'contextbench rate kit'.") << '\n';
        return ExitOk;
    }
    // Columns at least as wide as their header (numbers right-aligned); longer values push on.
    const QString idHeader = CliText::tr("id");
    const QString kindHeader = CliText::tr("kind");
    const QString votesHeader = CliText::tr("votes");
    const qsizetype idWidth = std::max<qsizetype>(4, CliText::columns(idHeader));
    const qsizetype kindWidth = std::max<qsizetype>(5, CliText::columns(kindHeader));
    const qsizetype votesWidth = std::max<qsizetype>(5, CliText::columns(votesHeader));
    const auto line = [&](const QString& id, const QString& kind, const QString& votes,
                           const QString& name) -> QString {
        return CliText::padded(id, idWidth, true) + QStringLiteral("  ") + CliText::padded(kind, kindWidth) +
               QStringLiteral("  ") + CliText::padded(votes, votesWidth, true) + QStringLiteral("  ") + name +
               QLatin1Char('\n');
    };
    io.out << line(idHeader, kindHeader, votesHeader, CliText::tr("name"));
    for (const Core::RaterTallyRow& r : *rows)
        io.out << line(QString::number(r.rater.id), r.rater.kind, QString::number(r.votes), r.rater.name);
    return ExitOk;
}

int runRateRename(const QStringList& args, CliIo& io)
{
    const QString sub = QStringLiteral("rename");
    if (wantsHelp(args)) {
        io.out << CliText::tr("Usage: %1").arg(CliText::programName() + QStringLiteral(" rate rename RATER_ID NAME")) << "\n\n"
               << CliText::tr("Renames a rater (see 'contextbench rate raters' for the ids). Their votes keep pointing "
                              "at them.")
               << '\n';
        return ExitOk;
    }
    if (args.size() != 2)
        return refuse(io, sub, CliText::tr("give a rater id and the new name (rate rename RATER_ID NAME)"), ExitUsage);
    bool ok = false;
    const qint64 id = args[0].toLongLong(&ok);
    if (!ok || id <= 0)
        return refuse(io, sub, CliText::tr("'%1' is not a rater id (a positive number)").arg(args[0]), ExitUsage);
    auto db = openHistory();
    if (!db)
        return refuse(io, sub, db.error().message);
    if (auto renamed = Core::RaterStore(**db).rename(id, args[1]); !renamed)
        return refuse(io, sub, renamed.error().message);
    io.out << CliText::tr("Rater %1 is now '%2'.").arg(id).arg(args[1].trimmed()) << '\n';
    return ExitOk;
}

namespace {

const RateRegistration importReg{{QStringLiteral("import"), QStringLiteral("contextbench rate import FILE..."), runRateImport}};
const RateRegistration ratersReg{{QStringLiteral("raters"), QStringLiteral("contextbench rate raters [--json]"), runRateRaters}};
const RateRegistration renameReg{
    {QStringLiteral("rename"), QStringLiteral("contextbench rate rename RATER_ID NAME"), runRateRename}};

} // namespace

} // namespace Cb::App

// `contextbench rate import FILE...`, `rate raters` and `rate rename RATER_ID NAME`: bringing a
// panel's verdicts back from ratings files (docs/RATINGS_FILE.md) and naming the raters.
#include "cli/ratecommands.h"

#include "core/history/database.h"
#include "core/history/raterstore.h"
#include "core/rating/ratertally.h"
#include "core/rating/ratingsimporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

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
        io.out << "Usage: contextbench rate import FILE...\n\n"
                  "Imports ratings files saved by rating kits ('Download my ratings'). Each vote is stored\n"
                  "with its rater and kit. Every file is checked first; if one is refused (not a ratings file,\n"
                  "unknown kit, unknown item, integrity code that does not match), none is imported.\n"
                  "Importing the same file again changes nothing; a newer file for the same kit replaces\n"
                  "that kit's votes.\n";
        return ExitOk;
    }
    for (const QString& a : args)
        if (a.startsWith(QLatin1Char('-')))
            return refuse(io, sub, QStringLiteral("unknown option '%1'").arg(a), ExitUsage);
    if (args.isEmpty())
        return refuse(io, sub, QStringLiteral("give one or more ratings files (rate import FILE...)"), ExitUsage);
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
        io.out << "Usage: contextbench rate raters [--json]\n\n"
                  "Lists the raters (people given rating kits, and judge models) with their votes.\n";
        return ExitOk;
    }
    const bool json = args.contains(QStringLiteral("--json"));
    for (const QString& a : args)
        if (a != QLatin1String("--json"))
            return refuse(io, sub, QStringLiteral("unexpected argument '%1'").arg(a), ExitUsage);
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
        io.out << "No raters yet: make rating kits with 'contextbench rate kit'.\n";
        return ExitOk;
    }
    io.out << QStringLiteral("%1  %2  %3  %4\n").arg(QStringLiteral("id"), 4).arg(QStringLiteral("kind"), -5)
                  .arg(QStringLiteral("votes"), 5).arg(QStringLiteral("name"));
    for (const Core::RaterTallyRow& r : *rows)
        io.out << QStringLiteral("%1  %2  %3  %4\n").arg(r.rater.id, 4).arg(r.rater.kind, -5).arg(r.votes, 5).arg(r.rater.name);
    return ExitOk;
}

int runRateRename(const QStringList& args, CliIo& io)
{
    const QString sub = QStringLiteral("rename");
    if (wantsHelp(args)) {
        io.out << "Usage: contextbench rate rename RATER_ID NAME\n\n"
                  "Renames a rater (see 'contextbench rate raters' for the ids). Their votes keep pointing at them.\n";
        return ExitOk;
    }
    if (args.size() != 2)
        return refuse(io, sub, QStringLiteral("give a rater id and the new name (rate rename RATER_ID NAME)"), ExitUsage);
    bool ok = false;
    const qint64 id = args[0].toLongLong(&ok);
    if (!ok || id <= 0)
        return refuse(io, sub, QStringLiteral("'%1' is not a rater id (a positive number)").arg(args[0]), ExitUsage);
    auto db = openHistory();
    if (!db)
        return refuse(io, sub, db.error().message);
    if (auto renamed = Core::RaterStore(**db).rename(id, args[1]); !renamed)
        return refuse(io, sub, renamed.error().message);
    io.out << QStringLiteral("Rater %1 is now '%2'.\n").arg(id).arg(args[1].trimmed());
    return ExitOk;
}

namespace {

const RateRegistration importReg{{QStringLiteral("import"), QStringLiteral("contextbench rate import FILE..."), runRateImport}};
const RateRegistration ratersReg{{QStringLiteral("raters"), QStringLiteral("contextbench rate raters [--json]"), runRateRaters}};
const RateRegistration renameReg{
    {QStringLiteral("rename"), QStringLiteral("contextbench rate rename RATER_ID NAME"), runRateRename}};

} // namespace

} // namespace Cb::App

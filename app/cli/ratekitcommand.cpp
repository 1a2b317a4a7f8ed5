// `contextbench rate kit`: one blind rating kit (a self-contained HTML file) per rater for a run
// or an experiment, recorded in the history so the ratings files can come back
// (docs/RATINGS_FILE.md).
#include "cli/ratecommands.h"

#include "core/experiment/experimentstore.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/rating/ratingkitplanner.h"
#include "formats/rating/ratingkitwriter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace Cb::App {

namespace {

int usage(CliIo& io, const QString& message)
{
    io.err << "contextbench rate kit: " << message << "\nSee 'contextbench rate kit --help'.\n";
    return ExitUsage;
}

int failure(CliIo& io, const QString& message)
{
    io.err << "contextbench rate kit: " << message << '\n';
    return ExitFailure;
}

qint64 positiveId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace

int runRateKit(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes one blind rating kit per rater: a single HTML file that works offline in any current\n"
        "browser, shows pairs of answers as Answer A / Answer B with nothing that identifies a model,\n"
        "and saves a ratings file for `contextbench rate import`. Prints the paths of the kits.\n"
        "Exit codes: 0 done, 1 failure (nothing recorded), 2 usage."));
    parser.addPositionalArgument(QStringLiteral("run"), QStringLiteral("The run id."), QStringLiteral("RUN_ID"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption experiment(QStringLiteral("experiment"),
                                        QStringLiteral("Make the kits from every case of an experiment."),
                                        QStringLiteral("id"));
    const QCommandLineOption rater(QStringLiteral("rater"),
                                   QStringLiteral("A rater's name (repeat for each rater; one kit each)."),
                                   QStringLiteral("name"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The folder to write the kits into."),
                                 QStringLiteral("dir"));
    parser.addOptions({help, experiment, rater, out});
    if (!parser.parse(QStringList{QStringLiteral("contextbench rate kit")} + args))
        return usage(io, parser.errorText());
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || positional.isEmpty() == !parser.isSet(experiment))
        return usage(io, QStringLiteral("give one run id or --experiment ID"));
    const qint64 id = positiveId(parser.isSet(experiment) ? parser.value(experiment) : positional.first());
    if (id == 0)
        return usage(io, QStringLiteral("the %1 id is a positive number")
                             .arg(parser.isSet(experiment) ? QStringLiteral("experiment") : QStringLiteral("run")));
    const QStringList raters = parser.values(rater);
    if (raters.isEmpty())
        return usage(io, QStringLiteral("give at least one --rater NAME"));
    for (const QString& name : raters)
        if (name.trimmed().isEmpty())
            return usage(io, QStringLiteral("a rater's name cannot be empty"));
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return usage(io, QStringLiteral("--out DIR is required"));

    const QString dbPath = Core::Database::defaultPath();
    if (!QFileInfo::exists(dbPath))
        return failure(io, QStringLiteral("no history yet (%1 does not exist)").arg(dbPath));
    auto db = Core::Database::open(dbPath);
    if (!db)
        return failure(io, db.error().message);
    Core::HistoryStore history(**db);
    Core::ExperimentStore experiments(**db);
    auto source = parser.isSet(experiment) ? Core::RatingKitPlanner::loadExperiment(history, experiments, id)
                                           : Core::RatingKitPlanner::loadRun(history, id);
    if (!source)
        return failure(io, source.error().message);
    const QString what = parser.isSet(experiment) ? QStringLiteral("experiment %1").arg(id)
                                                  : QStringLiteral("run %1").arg(id);
    if (Core::RatingKitPlanner::pairs(*source).isEmpty())
        return failure(io, QStringLiteral("%1 has no pairs to judge: a kit needs finished answers from at least two "
                                          "models to the same prompt and repeat (%2 model(s) answered).")
                               .arg(what)
                               .arg(Core::RatingKitPlanner::answeringModels(*source)));

    QList<Core::RatingKitDraft> drafts;
    for (const QString& name : raters) {
        auto draft = Core::RatingKitPlanner::plan(*source, name, Core::RatingKitPlanner::newSeed());
        if (!draft)
            return failure(io, draft.error().message);
        drafts.append(*draft);
    }
    // Files first, then the history rows; a failure of either leaves neither behind.
    auto paths = Formats::RatingKitWriter::writeAll(drafts, parser.value(out));
    if (!paths)
        return failure(io, paths.error().message);
    if (auto recorded = Core::RatingKitPlanner::record(**db, drafts); !recorded) {
        for (const QString& path : *paths)
            QFile::remove(path);
        return failure(io, recorded.error().message);
    }
    for (const QString& path : *paths)
        io.out << path << '\n';
    io.err << "wrote " << paths->size() << " rating kit(s) of " << drafts.first().questions.size() << " pairs for "
           << what << '\n';
    return ExitOk;
}

namespace {
const RateRegistration reg{{QStringLiteral("kit"),
                            QStringLiteral("contextbench rate kit (RUN_ID | --experiment ID) --rater NAME "
                                           "[--rater NAME]... --out DIR"),
                            runRateKit}};
} // namespace

} // namespace Cb::App

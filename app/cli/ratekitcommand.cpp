// `contextbench rate kit`: one blind rating kit (a self-contained HTML file) per rater for a run
// or an experiment, recorded in the history so the ratings files can come back
// (docs/RATINGS_FILE.md).
#include "cli/clitext.h"
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
    io.err << "contextbench rate kit: " << message << '\n'
           << CliText::seeHelp(QStringLiteral("contextbench rate kit")) << '\n';
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
    parser.setApplicationDescription(CliText::tr(
        "Writes one blind rating kit per rater: a single HTML file that works offline in any current\n"
        "browser, shows pairs of answers as Answer A / Answer B with nothing that identifies a model,\n"
        "and saves a ratings file for `contextbench rate import`. Prints the paths of the kits.\n"
        "Exit codes: 0 done, 1 failure (nothing recorded), 2 usage."));
    parser.addPositionalArgument(QStringLiteral("run"), CliText::tr("The run id."), QStringLiteral("RUN_ID"));
    const QCommandLineOption help = CliText::helpOption();
    const QCommandLineOption experiment(QStringLiteral("experiment"),
                                        CliText::tr("Make the kits from every case of an experiment."),
                                        QStringLiteral("id"));
    const QCommandLineOption rater(QStringLiteral("rater"),
                                   CliText::tr("A rater's name (repeat for each rater; one kit each)."),
                                   QStringLiteral("name"));
    const QCommandLineOption out(QStringLiteral("out"), CliText::tr("The folder to write the kits into."),
                                 QStringLiteral("dir"));
    parser.addOptions({help, experiment, rater, out});
    if (!parser.parse(QStringList{QStringLiteral("contextbench rate kit")} + args))
        return usage(io, parser.errorText());
    if (parser.isSet(help)) {
        io.out << CliText::helpText(parser, QStringLiteral("rate kit"));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || positional.isEmpty() == !parser.isSet(experiment))
        return usage(io, CliText::tr("give one run id or --experiment ID"));
    const qint64 id = positiveId(parser.isSet(experiment) ? parser.value(experiment) : positional.first());
    if (id == 0)
        return usage(io, parser.isSet(experiment) ? CliText::tr("the experiment id is a positive number")
                                                  : CliText::tr("the run id is a positive number"));
    const QStringList raters = parser.values(rater);
    if (raters.isEmpty())
        return usage(io, CliText::tr("give at least one --rater NAME"));
    for (const QString& name : raters)
        if (name.trimmed().isEmpty())
            return usage(io, CliText::tr("a rater's name cannot be empty"));
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return usage(io, CliText::tr("--out DIR is required"));

    const QString dbPath = Core::Database::defaultPath();
    if (!QFileInfo::exists(dbPath))
        return failure(io, CliText::tr("no history yet (%1 does not exist)").arg(dbPath));
    auto db = Core::Database::open(dbPath);
    if (!db)
        return failure(io, db.error().message);
    Core::HistoryStore history(**db);
    Core::ExperimentStore experiments(**db);
    auto source = parser.isSet(experiment) ? Core::RatingKitPlanner::loadExperiment(history, experiments, id)
                                           : Core::RatingKitPlanner::loadRun(history, id);
    if (!source)
        return failure(io, source.error().message);
    const QString what =
        parser.isSet(experiment) ? CliText::tr("experiment %1").arg(id) : CliText::tr("run %1").arg(id);
    if (Core::RatingKitPlanner::pairs(*source).isEmpty())
        return failure(io, CliText::tr("%1 has no pairs to judge: a kit needs finished answers from at least two "
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
    auto paths = Formats::RatingKitWriter::writeAll(drafts, parser.value(out), Formats::RatingKitWriter::interfaceLanguage());
    if (!paths)
        return failure(io, paths.error().message);
    if (auto recorded = Core::RatingKitPlanner::record(**db, drafts); !recorded) {
        for (const QString& path : *paths)
            QFile::remove(path);
        return failure(io, recorded.error().message);
    }
    for (const QString& path : *paths)
        io.out << path << '\n';
    io.err << CliText::tr("wrote %n rating kit(s) of %1 pairs for %2", nullptr, int(paths->size()))
                  .arg(drafts.first().questions.size())
                  .arg(what)
           << '\n';
    return ExitOk;
}

namespace {
const RateRegistration reg{{QStringLiteral("kit"),
                            QStringLiteral("contextbench rate kit (RUN_ID | --experiment ID) --rater NAME "
                                           "[--rater NAME]... --out DIR"),
                            runRateKit}};
} // namespace

} // namespace Cb::App

// `contextbench stats [RUN_ID | --experiment ID] [--json]`: the panel statistics of a run, an
// experiment or the whole history — win rates per pair and per rater, position bias, agreement,
// Bradley–Terry with a rater-item bootstrap, k-of-k and the verdict. Reads the history only.
#include "cli/clicommand.h"
#include "cli/clitext.h"

#include "core/compare/evaluationsummary.h"
#include "core/compare/panelinput.h"
#include "core/compare/spendingtotals.h"
#include "core/eval/panelverdict.h"
#include "core/eval/ratername.h"
#include "core/experiment/experimentevaluation.h"
#include "core/history/database.h"
#include "core/history/evaluationquery.h"
#include "core/history/historystore.h"
#include "core/judge/judgeagreementquery.h"
#include "formats/export/paneljson.h"
#include "ui/stats/reliabilitytext.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace Cb::App {

namespace {

using namespace Cb::Core;

int usage(CliIo& io, const QString& message)
{
    io.err << "contextbench stats: " << message << '\n'
           << CliText::seeHelp(QStringLiteral("contextbench stats")) << '\n';
    return ExitUsage;
}

int failure(CliIo& io, const QString& message)
{
    io.err << "contextbench stats: " << message << '\n';
    return ExitFailure;
}

QString percent(double v) { return QString::number(std::lround(v * 100.0)) + QLatin1Char('%'); }

QString rate(const WinRate& r)
{
    return r.defined() ? CliText::tr("%1 (95% CI %2–%3)").arg(percent(r.rate), percent(r.ci.low), percent(r.ci.high))
                       : QStringLiteral("—");
}

QString bias(int left, int right, const WinRate& r)
{
    if (left + right == 0)
        return CliText::tr("left side won: no decisive vote with a known side");
    return CliText::tr("left side won %1 of %2, %3").arg(left).arg(left + right).arg(rate(r));
}

QString pairLine(const PairStats& p)
{
    QString n = QString::number(p.votes);
    if (p.fromRankings > 0)
        n += CliText::tr(" (%1 from rankings)").arg(p.fromRankings);
    return CliText::tr("%1 vs %2: %3 wins, %4 wins, %5 ties, %6 both bad, n = %7; %1 %8; %9")
        .arg(p.first, p.second)
        .arg(p.wins)
        .arg(p.losses)
        .arg(p.ties - p.bothBad)
        .arg(p.bothBad)
        .arg(n, rate(p.rate), bias(p.leftWins, p.rightWins, p.leftRate));
}

QString readable(const PanelStats& s, const QString& scope)
{
    // People read this in the interface language, verdict and rater names too; --json keeps English.
    const ReportLanguage language = ReportLanguage::application();
    QString t;
    QTextStream out(&t);
    out << CliText::tr("Panel statistics of %1 (human votes only)").arg(scope) << '\n'
        << PanelVerdict::of(s, language) << "\n\n";
    if (!s.pairs.isEmpty()) {
        out << CliText::tr("Pairs (pooled; a tie or both-bad vote is half a win):") << '\n';
        for (const PairStats& p : s.pairs)
            out << "  " << pairLine(p) << '\n';
        out << "  " << CliText::tr("Pooled %1").arg(bias(s.bias.leftWins, s.bias.rightWins, s.bias.leftRate))
            << "\n\n";
        out << CliText::tr("Raters:") << '\n';
        for (const PanelStats::Rater& r : s.raters) {
            out << "  " << RaterName::of(r.id, r.name, language) << ": "
                << CliText::tr("%n vote(s)", nullptr, r.votes);
            if (r.rankings > 0)
                out << ' ' << CliText::tr("(%n ranking(s))", nullptr, r.rankings);
            out << "; " << bias(r.bias.leftWins, r.bias.rightWins, r.bias.leftRate) << '\n';
            for (const PairStats& p : r.pairs)
                out << "    " << pairLine(p) << '\n';
        }
        out << '\n' << PanelVerdict::agreementLine(s, language) << "\n\n";
    }
    if (s.bradleyTerry.entries.size() > 1) {
        out << CliText::tr("Bradley–Terry (strengths sum to 1; 95% intervals from %1 refits resampling %2 "
                           "rater-items, seed %3):")
                   .arg(s.resamples)
                   .arg(s.raterItems)
                   .arg(s.seed)
            << '\n';
        for (const BradleyTerry::Entry& e : s.bradleyTerry.entries)
            out << "  " << e.rank << ". " << e.model << "  " << QString::number(e.strength, 'f', 3) << " ("
                << QString::number(e.ci.low, 'f', 3) << "–" << QString::number(e.ci.high, 'f', 3) << ")"
                << (s.bradleyTerry.connected() ? QString()
                                               : QStringLiteral("  ") + CliText::tr("group %1").arg(e.group))
                << '\n';
        if (!s.bradleyTerry.connected())
            out << "  "
                << CliText::tr("The models fall into %1 groups never compared with each other: read ranks only "
                               "within a group.")
                       .arg(s.bradleyTerry.groups)
                << '\n';
        out << '\n';
    }
    bool anyK = false;
    for (const ReliabilityStats& r : s.reliability)
        anyK = anyK || !r.passAtK.isEmpty();
    if (anyK) {
        out << CliText::tr("k-of-k (runs whose k answers were all judged):") << '\n';
        for (const ReliabilityStats& r : s.reliability)
            if (!r.passAtK.isEmpty())
                out << "  " << r.model << ": " << Ui::ReliabilityText::passAtK(r, QStringLiteral("; ")) << '\n';
        out << '\n';
    }
    if (s.judge.votes > 0)
        out << CliText::tr("Judge models: %1 votes kept apart from the panel (%2).")
                   .arg(s.judge.votes)
                   .arg(s.judge.names.join(QStringLiteral(", ")))
            << '\n';
    return t;
}

QString usd(double v) { return QStringLiteral("$%1").arg(v, 0, 'f', 4); }

// "Spent $1.2345 in total: answers $1.2000 (12 of 12 calls priced), Ask first $0.0345 (3 asks)".
QString spendingLine(const SpendingTotals& s, bool withAsks)
{
    QString line = CliText::tr("Spent %1 in total: answers %2 (%3 of %4 calls priced)")
                       .arg(usd(withAsks ? s.totalUsd() : s.callsUsd), usd(s.callsUsd))
                       .arg(s.pricedCalls)
                       .arg(s.calls);
    if (withAsks)
        line += CliText::tr(", Ask first %1 (%2 of %3 asks priced)").arg(usd(s.asksUsd)).arg(s.pricedAsks).arg(s.asks);
    return line + QLatin1Char('.');
}

int runStats(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Panel statistics of a run, an experiment or the whole history (%1): win rates with Wilson "
                    "intervals per pair and per rater, position bias, inter-rater agreement, Bradley–Terry with "
                    "a rater-item bootstrap, k-of-k and a verdict. Votes of judge models are never pooled with "
                    "human votes. See docs/STATISTICS.md.\nExit codes: 0 done, 1 failure, 2 usage.")
            .arg(Database::defaultPath()));
    parser.addPositionalArgument(QStringLiteral("run"), CliText::tr("A run id (default: the whole history)."),
                                 QStringLiteral("[RUN_ID]"));
    const QCommandLineOption help = CliText::helpOption();
    const QCommandLineOption experiment(QStringLiteral("experiment"), CliText::tr("An experiment's runs."),
                                        QStringLiteral("ID"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print as JSON."));
    parser.addOptions({help, experiment, json});
    if (!parser.parse(QStringList{QStringLiteral("contextbench stats")} + args))
        return usage(io, parser.errorText());
    if (parser.isSet(help)) {
        io.out << CliText::helpText(parser, QStringLiteral("stats"));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && parser.isSet(experiment)))
        return usage(io, CliText::tr("give one run id, or --experiment ID, or nothing for the whole history"));
    const QString given = positional.isEmpty() ? parser.value(experiment) : positional.first();
    bool ok = true;
    const qint64 id = given.isEmpty() ? 0 : given.toLongLong(&ok);
    if (!given.isEmpty() && (!ok || id <= 0))
        return usage(io, CliText::tr("%1 must be a positive number, got '%2'")
                             .arg(parser.isSet(experiment) ? CliText::tr("the experiment id")
                                                           : CliText::tr("the run id"),
                                  given));

    const QString dbPath = Database::defaultPath();
    if (!QFileInfo::exists(dbPath))
        return failure(io, CliText::tr("no history yet (%1 does not exist)").arg(dbPath));
    auto db = Database::open(dbPath);
    if (!db)
        return failure(io, db.error().message);
    Result<EvaluationData> data = EvaluationData{};
    QString scope = CliText::tr("the whole history");
    QList<qint64> runIds; // empty: every run
    if (parser.isSet(experiment)) {
        auto experimentRuns = ExperimentEvaluation::load(**db, id);
        if (!experimentRuns)
            return failure(io, experimentRuns.error().message);
        data = experimentRuns->data;
        runIds = experimentRuns->runIds;
        scope = CliText::tr("experiment %1 \"%2\" (%3 runs)").arg(id).arg(experimentRuns->name).arg(runIds.size());
    } else if (id > 0) {
        auto run = HistoryStore(**db).loadRun(id);
        if (!run)
            return failure(io, run.error().message);
        data = EvaluationSummary::dataOf(*run);
        scope = CliText::tr("run %1").arg(id);
        runIds = {id};
    } else {
        data = EvaluationQuery(**db).load();
    }
    if (!data)
        return failure(io, data.error().message);
    const PanelStats stats = PanelInput::statsOf(*data, PanelStats::Options{});
    // Each judge model held to the humans of the same scope (kept apart from the panel).
    QList<JudgeAgreement> judges;
    for (const QString& judge : stats.judge.names) {
        auto agreement = JudgeAgreementQuery::load(**db, judge, runIds);
        if (!agreement)
            return failure(io, agreement.error().message);
        judges.append(*agreement);
    }
    // Ask first calls belong to no run: they count in the whole history's totals only.
    auto spending = runIds.isEmpty() && !parser.isSet(experiment) ? SpendingTotals::withAsks(**db, *data, {})
                                                                   : Result<SpendingTotals>(SpendingTotals::ofCalls(*data));
    if (!spending)
        return failure(io, spending.error().message);
    if (parser.isSet(json)) {
        QJsonObject out = Formats::PanelJson::of(stats);
        out.insert(QStringLiteral("spending"), spending->toJson());
        QJsonObject judge = out.value(QStringLiteral("judge")).toObject();
        QJsonArray agreements;
        for (const JudgeAgreement& j : judges)
            agreements.append(j.toJson());
        judge.insert(QStringLiteral("agreement_with_humans"), agreements);
        out.insert(QStringLiteral("judge"), judge);
        io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        io.out << readable(stats, scope);
        for (const JudgeAgreement& j : judges)
            io.out << "  " << j.summaryLine() << '\n';
        io.out << spendingLine(*spending, runIds.isEmpty() && !parser.isSet(experiment)) << '\n';
    }
    return ExitOk;
}

const CliRegistration reg{{QStringLiteral("stats"),
                           QStringLiteral("stats [RUN_ID | --experiment ID] [--json]"),
                           QT_TRANSLATE_NOOP("Cb::App::Cli", "panel statistics: win rates, raters, agreement, verdict"),
                           runStats}};

} // namespace

} // namespace Cb::App

#include "ui/stats/reportcharts.h"

#include "core/compare/evaluationsummary.h"
#include "formats/export/runexporter.h"
#include "ui/stats/statscharts.h"

#include <QObject>
#include <QSet>

namespace Cb::Ui {

namespace {

// Laid out small, so the chart's own text stays legible at page width in a PDF, and drawn at
// twice that for sharp lines (1440 × 760 pixels).
constexpr QSize kChartSize(720, 380);
constexpr qreal kChartScale = 2;
// Same seed and resample count as the Stats dialog, so report and dialog show the same intervals.
constexpr int kResamples = 1000;
constexpr quint64 kSeed = 20260101;

} // namespace

bool ReportCharts::worthDrawing(const Core::RunRecord& run)
{
    if (!run.votes.isEmpty() || !run.rankings.isEmpty())
        return true;
    for (const Core::CallRecord& c : run.calls)
        if (!c.judgement.isEmpty())
            return true;
    return false;
}

QList<Formats::ReportChart> ReportCharts::render(const Core::RunRecord& run,
                                                 const Formats::ExportOptions& options)
{
    const Core::RunRecord selected = Formats::RunExporter::prepare(run, options);
    if (!worthDrawing(selected))
        return {};
    // An unknown language draws nothing: the export itself fails on it with a clear error.
    const auto language = Core::ReportLanguage::load(options.language);
    if (!language)
        return {};
    return render(Core::EvaluationSummary::build(Core::EvaluationSummary::dataOf(selected)), *language);
}

QList<Formats::ReportChart> ReportCharts::render(const Core::EvaluationSummary& summary,
                                                 const Core::ReportLanguage& l)
{
    StatsChartData data;
    data.summary = summary;
    QList<Formats::ReportChart> charts;
    auto add = [&](StatsChartKind kind, const QString& title, const QString& caption) {
        charts.append({title, caption, renderStatsChart(kind, data, kChartSize, kChartScale, l)});
    };
    const Core::EvaluationSummary& s = data.summary;
    if (!s.pairs.isEmpty())
        add(StatsChartKind::WinRates, l.translate("QObject", "Win rates"),
            l.translate("QObject",
                "Each bar is the first model's share of the pair's votes (a tie counts half); the "
                "whiskers are the 95% Wilson interval, wide when there are few votes."));
    QSet<QString> voted;
    for (const Core::Vote& v : s.votes)
        voted << v.modelA << v.modelB;
    if (voted.size() >= 3) {
        data.ranking = Core::BradleyTerry::fitWithBootstrap(s.votes, {}, kResamples, kSeed);
        add(StatsChartKind::BradleyTerry, l.translate("QObject", "Ranking"),
            l.translate("QObject",
                "Bradley–Terry strengths from all votes (summing to 1), with 95% intervals from "
                "%1 bootstrap refits.")
                .arg(kResamples));
    }
    bool judged = false;
    for (const Core::ReliabilityStats& r : s.reliability)
        judged = judged || r.judged() > 0;
    if (judged)
        add(StatsChartKind::PassRate, l.translate("QObject", "Pass rate"),
            l.translate("QObject", "Attempts judged pass per model (k-of-k), with the 95% Wilson interval."));
    bool economics = false;
    for (const Core::ModelEconomics& e : s.economics)
        economics = economics || e.costed > 0 || e.timed > 0;
    if (economics)
        add(StatsChartKind::CostVsTime, l.translate("QObject", "Cost and time"),
            l.translate("QObject", "Mean cost against mean time of each model's answers; lower left is "
                        "cheaper and faster."));
    return charts;
}

} // namespace Cb::Ui

#pragma once

#include "core/common/reportlanguage.h"
#include "core/compare/evaluationsummary.h"
#include "core/eval/bradleyterry.h"

#include <QImage>
#include <QSize>

class QChart;

namespace Cb::Ui {

enum class StatsChartKind
{
    WinRates,     // per model pair: first model's win rate, bar + 95 % Wilson whisker
    BradleyTerry, // per model: strength, bar + bootstrap whisker
    PassRate,     // per model: k-of-k pass rate, bar + Wilson whisker
    CostVsTime    // per model: mean cost against mean time, one point each
};

struct StatsChartData
{
    Core::EvaluationSummary summary;
    Core::BradleyTerry::Fit ranking; // empty until the bootstrap finished
};

// Builds the statistics charts (Qt Charts). The same builders feed the Stats dialog and the
// exported report, which embeds renderStatsChart()'s image. Needs a QApplication (Qt Charts
// are graphics-view widgets); GUI thread. Titles, axes and series names are in `language`: the
// interface's for the dialogs, the report's for an exported report.
class StatsCharts
{
public:
    static QChart* build(StatsChartKind kind, const StatsChartData& data, // caller owns
                         const Core::ReportLanguage& language = Core::ReportLanguage::application());
};

// The chart laid out at `size` and drawn into an image `scale` times as large (white
// background), for PDF and HTML reports: a small layout keeps the text legible at page width,
// the scale keeps it sharp.
QImage renderStatsChart(StatsChartKind kind, const StatsChartData& data, QSize size, qreal scale = 1,
                        const Core::ReportLanguage& language = Core::ReportLanguage::application());

} // namespace Cb::Ui

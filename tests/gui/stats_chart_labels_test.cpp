// The win-rate chart names each pair of models under its bar. "claude-sonnet-4-5 vs gpt-4.1" on
// one line was elided to "claude-sonnet-4…" at the size the Experiments window and the
// exported report give the chart; one model per line keeps every name whole.
#include "core/compare/evaluationsummary.h"
#include "gui/screenshots.h"
#include "ui/stats/statscharts.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>

#include <gtest/gtest.h>

using namespace Cb;

namespace {

// Three models with long names, every pair voted on.
Ui::StatsChartData threeLongModels()
{
    const QString sonnet = QStringLiteral("anthropic:claude-sonnet-4-5");
    const QString gpt = QStringLiteral("openai:gpt-4.1-mini");
    const QString gemini = QStringLiteral("gemini:gemini-2.5-flash");
    Core::EvaluationData eval;
    eval.votes = {{1, sonnet, gpt, QStringLiteral("left"), true, {}},
                  {1, gpt, sonnet, QStringLiteral("right"), true, {}},
                  {2, sonnet, gemini, QStringLiteral("left"), true, {}},
                  {2, gemini, sonnet, QStringLiteral("left"), true, {}},
                  {3, gpt, gemini, QStringLiteral("right"), true, {}}};
    Ui::StatsChartData data;
    data.summary = Core::EvaluationSummary::build(eval);
    return data;
}

QStringList axisLabels(QChartView& view)
{
    QStringList out;
    for (QGraphicsItem* item : view.scene()->items())
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
            out << text->toPlainText();
    return out;
}

} // namespace

TEST(StatsChartLabels, winRatePairs_everyModelNameWholeAtTheWindowsChartSize)
{
    const Ui::StatsChartData data = threeLongModels();
    ASSERT_EQ(data.summary.pairs.size(), 3);
    QChartView view;
    view.setChart(Ui::StatsCharts::build(Ui::StatsChartKind::WinRates, data));
    view.resize(620, 300); // a Results-tab chart in a 1280 px window
    view.show();
    QApplication::processEvents();
    const QStringList labels = axisLabels(view);
    int pairLabels = 0;
    for (const QString& label : labels) {
        EXPECT_FALSE(label.contains(QStringLiteral("...")) || label.contains(QChar(0x2026)))
            << "elided: " << label.toStdString();
        pairLabels += label.contains(QStringLiteral("vs")) ? 1 : 0;
    }
    EXPECT_EQ(pairLabels, 3) << labels.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(labels.join(QLatin1Char('\n')).contains(QStringLiteral("claude-sonnet-4-5")))
        << labels.join(QStringLiteral(" | ")).toStdString();
    Cb::Test::saveScreenshot(&view, QStringLiteral("stats_win_rate_pairs"));
}

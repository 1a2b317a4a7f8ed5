#include "ui/stats/statscharts.h"

#include "core/compare/modelidentity.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QGraphicsScene>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

namespace Cb::Ui {

namespace {

struct Bar
{
    QString label;
    double value = 0;
    double low = 0;
    double high = 0;
};

// Labels drop the provider only where no other model of the chart has the same name.
struct Labeler
{
    QStringList keys;
    QString operator()(const QString& key) const { return Core::ModelIdentity::shortLabel(key, keys); }
};

// Bars with interval whiskers: a bar series for the estimate and a box-plot series whose box
// collapses onto the estimate, leaving only the whiskers at the interval's ends.
QChart* barsWithIntervals(const QString& title, const QString& axisTitle, const QList<Bar>& bars, double maxY)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    auto* set = new QBarSet(axisTitle);
    set->setColor(QColor(0x42, 0x85, 0xf4));
    auto* whiskers = new QBoxPlotSeries;
    whiskers->setBoxWidth(0.15);
    QStringList categories;
    for (const Bar& b : bars) {
        *set << b.value;
        auto* box = new QBoxSet(b.low, b.value, b.value, b.value, b.high, b.label);
        box->setBrush(Qt::NoBrush);
        box->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.5));
        whiskers->append(box);
        categories << b.label;
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.5);
    chart->addSeries(series);
    chart->addSeries(whiskers);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, maxY);
    y->setTitleText(axisTitle);
    y->setLabelFormat(QStringLiteral("%.2g"));
    y->setTickCount(6); // 0, 0.2, … 1.0 for rates
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

QChart* costVsTime(const StatsChartData& data, const Core::ReportLanguage& l)
{
    auto* chart = new QChart;
    chart->setTitle(l.translate("QObject", "Mean cost against mean time per answer"));
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    x->setTitleText(l.translate("QObject", "seconds"));
    y->setTitleText(l.translate("QObject", "USD"));
    double maxX = 1;
    double maxY = 0.01;
    const Labeler shortModel{data.summary.models()};
    for (const Core::ModelEconomics& e : data.summary.economics) {
        auto* s = new QScatterSeries;
        // A model nobody judged has no pass rate: "0% pass" would be a verdict it never got.
        s->setName(e.judged > 0 ? l.translate("QObject", "%1 (%2% pass)").arg(shortModel(e.model)).arg(qRound(e.passRate * 100))
                                : l.translate("QObject", "%1 (not judged)").arg(shortModel(e.model)));
        s->setMarkerSize(12);
        s->append(e.meanSeconds, e.meanCostUsd);
        maxX = std::max(maxX, e.meanSeconds);
        maxY = std::max(maxY, e.meanCostUsd);
        chart->addSeries(s);
    }
    x->setRange(0, maxX * 1.15);
    y->setRange(0, maxY * 1.15);
    x->applyNiceNumbers();
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

QChart* StatsCharts::build(StatsChartKind kind, const StatsChartData& data, const Core::ReportLanguage& l)
{
    QList<Bar> bars;
    const Labeler shortModel{data.summary.models()};
    switch (kind) {
    case StatsChartKind::WinRates:
        // One model per line: "claude-sonnet-4-5 vs gpt-4.1" on one line is elided to
        // "claude-sonnet-4…" in a column of a few pairs, and so is "vs gemini-2.5-flash" (axis
        // labels are rich text).
        for (const Core::PairStats& p : data.summary.pairs)
            bars.append({l.translate("QObject", "%1<br>vs<br>%2")
                             .arg(shortModel(p.first).toHtmlEscaped(), shortModel(p.second).toHtmlEscaped()),
                         p.rate.rate, p.rate.ci.low, p.rate.ci.high});
        return barsWithIntervals(l.translate("QObject", "Win rate of the first model, with 95 % Wilson interval"),
                                 l.translate("QObject", "win rate"), bars, 1.0);
    case StatsChartKind::BradleyTerry: {
        double maxY = 0.1;
        for (const Core::BradleyTerry::Entry& e : data.ranking.entries) {
            bars.append({shortModel(e.model), e.strength, e.ci.low, e.ci.high});
            maxY = std::max(maxY, std::max(e.ci.high, e.strength));
        }
        return barsWithIntervals(l.translate("QObject", "Bradley–Terry strength, with 95 % bootstrap interval"),
                                 l.translate("QObject", "strength"), bars, std::min(1.0, maxY * 1.1));
    }
    case StatsChartKind::PassRate:
        for (const Core::ReliabilityStats& r : data.summary.reliability) {
            // Not judged is not 0 %: no bar and no 0–100 % whisker, only the label saying so.
            if (r.judged() == 0)
                bars.append({l.translate("QObject", "%1 not judged").arg(shortModel(r.model)), 0, 0, 0});
            else
                bars.append({shortModel(r.model) + QStringLiteral(" ") + r.kOfK(), r.passRate.rate, r.passRate.ci.low,
                             r.passRate.ci.high});
        }
        return barsWithIntervals(l.translate("QObject", "Pass rate per model (k-of-k), with 95 % Wilson interval"),
                                 l.translate("QObject", "pass rate"), bars, 1.0);
    case StatsChartKind::CostVsTime:
        return costVsTime(data, l);
    }
    return new QChart;
}

QImage renderStatsChart(StatsChartKind kind, const StatsChartData& data, QSize size, qreal scale,
                        const Core::ReportLanguage& language)
{
    QGraphicsScene scene;
    QChart* chart = StatsCharts::build(kind, data, language);
    scene.addItem(chart); // the scene owns and deletes it
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    chart->setAnimationOptions(QChart::NoAnimation);
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    painter.end();
    image.setDevicePixelRatio(scale); // so HTML can size it in CSS pixels
    return image;
}

} // namespace Cb::Ui

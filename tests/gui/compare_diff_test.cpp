#include "core/eval/textcheck.h"
#include "core/run/runsession.h"
#include "gui/comparesessions.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/diffdialog.h"
#include "ui/stats/statscharts.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Cb;

namespace {

Core::RunRecord twoPlans()
{
    Core::RunRecord run;
    run.id = 7;
    for (qint64 id : {1, 2}) {
        Core::CallRecord c;
        c.id = id;
        c.provider = QStringLiteral("openai");
        c.model = id == 1 ? QStringLiteral("o3") : QStringLiteral("o3-pro");
        c.status = Core::CallStatus::Done;
        run.calls.append(c);
    }
    run.calls[0].text = QStringLiteral("# Goals\nLaunch in May with two engineers.\n# Budget\nSmall.\n");
    run.calls[1].text = QStringLiteral("# Goals\nLaunch in June with two engineers.\n# Risks\nVendor.\n");
    return run;
}

} // namespace

TEST(DiffDialog_knownOutputs, showsChangedWordsAndSectionsOnlyOneHas)
{
    const Core::RunRecord run = twoPlans();
    Ui::DiffDialog dialog(run, {{1, QStringLiteral("o3")}, {2, QStringLiteral("o3-pro")}});
    QSignalSpy shown(&dialog, &Ui::DiffDialog::diffShown);
    ASSERT_TRUE(shown.wait(5000));
    const QString html = dialog.wordView()->toHtml();
    EXPECT_TRUE(html.contains(QStringLiteral("line-through")));
    EXPECT_TRUE(dialog.wordView()->toPlainText().contains(QStringLiteral("MayJune")));
    // "May Budget Small" vs "June Risks Vendor": 3 words each side; Goals, Launch, in, with, two, engineers shared.
    EXPECT_TRUE(dialog.summary()->text().startsWith(QStringLiteral("6 words shared, 3 only in A, 3 only in B")))
        << dialog.summary()->text().toStdString();
    EXPECT_TRUE(dialog.summary()->text().contains(QStringLiteral("sections: 1 only in A, 1 only in B")));

    QTreeWidget* sections = dialog.sectionView();
    ASSERT_EQ(sections->topLevelItemCount(), 3);
    EXPECT_EQ(sections->topLevelItem(0)->text(0), QStringLiteral("Goals"));
    EXPECT_EQ(sections->topLevelItem(0)->text(1), QStringLiteral("Goals"));
    // B's extra section comes right after the section it follows in B.
    EXPECT_EQ(sections->topLevelItem(1)->text(1), QStringLiteral("Risks"));
    EXPECT_EQ(sections->topLevelItem(1)->text(2), QStringLiteral("only in B"));
    EXPECT_EQ(sections->topLevelItem(2)->text(0), QStringLiteral("Budget"));
    EXPECT_EQ(sections->topLevelItem(2)->text(2), QStringLiteral("only in A"));

    dialog.setPair(2, 1); // swapped sides swap the roles
    ASSERT_TRUE(shown.wait(5000));
    EXPECT_EQ(sections->topLevelItem(1)->text(1), QStringLiteral("Budget"));
    EXPECT_EQ(sections->topLevelItem(1)->text(2), QStringLiteral("only in B"));
}

TEST(ComparePanel_checks, automaticCheckMarksEachAnswerWithItsReason)
{
    Core::RunSession session(twoPlans());
    Ui::ComparePanel panel;
    panel.showSession(&session);
    panel.applyCheck(Core::TextCheck::contains(QStringLiteral("Risks")));
    EXPECT_EQ(session.call(1)->judgement, QStringLiteral("fail"));
    EXPECT_EQ(session.call(2)->judgement, QStringLiteral("pass"));
    EXPECT_FALSE(session.call(1)->judgementReason.isEmpty());
    EXPECT_TRUE(panel.reliabilityLabel()->text().contains(QStringLiteral("<b>o3-pro</b> 1/1")));
}

TEST(StatsCharts_render, drawsEachChartIntoAnImageOfTheGivenSize)
{
    Ui::StatsChartData data;
    Core::EvaluationData eval;
    eval.votes = {{1, QStringLiteral("openai:o3"), QStringLiteral("openai:o3-pro"), QStringLiteral("right"), true, {}},
                  {1, QStringLiteral("openai:o3-pro"), QStringLiteral("openai:o3"), QStringLiteral("left"), true, {}},
                  {1, QStringLiteral("openai:o3"), QStringLiteral("openai:o3-pro"), QStringLiteral("left"), true, {}}};
    eval.calls = {{1, 1, QStringLiteral("openai:o3"), QStringLiteral("done"), QStringLiteral("pass"), 0.1, 40000, {}},
                  {1, 2, QStringLiteral("openai:o3-pro"), QStringLiteral("done"), QStringLiteral("pass"), 1.3, 180000, {}}};
    data.summary = Core::EvaluationSummary::build(eval);
    data.ranking = Core::BradleyTerry::fitWithBootstrap(data.summary.votes, {}, 50, 1);
    for (Ui::StatsChartKind kind : {Ui::StatsChartKind::WinRates, Ui::StatsChartKind::BradleyTerry,
                                    Ui::StatsChartKind::PassRate, Ui::StatsChartKind::CostVsTime}) {
        const QImage image = Ui::renderStatsChart(kind, data, QSize(640, 400));
        ASSERT_EQ(image.size(), QSize(640, 400));
        if (const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR"); !dir.isEmpty())
            image.save(dir + QStringLiteral("/stats-chart-%1.png").arg(int(kind)));
        int dark = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        EXPECT_GT(dark, 50) << "chart " << int(kind) << " looks empty";
    }
}

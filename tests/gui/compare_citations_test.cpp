// The citation line and footnotes of an answer's column, and the pack coverage view.
// Screenshots: CB_SCREENSHOT_DIR=/tmp/shots build/tests/cb_gui_tests --gtest_filter='CompareCitations*'
#include "core/eval/citationchecker.h"
#include "core/eval/textcheck.h"
#include "core/run/runsession.h"
#include "gui/screenshots.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/coveragedialog.h"
#include "ui/compare/markdownstreamview.h"
#include "ui/compare/outputcolumn.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Cb;

namespace {

const QStringList kIds{QStringLiteral("a1a1a1a1-0000-4000-8000-000000000001"),
                       QStringLiteral("b2b2b2b2-0000-4000-8000-000000000002"),
                       QStringLiteral("c3c3c3c3-0000-4000-8000-000000000003"),
                       QStringLiteral("d4d4d4d4-0000-4000-8000-000000000004")};
const QStringList kTitles{QStringLiteral("Launch planning call"), QStringLiteral("Budget memo"),
                          QStringLiteral("회의록 (3월)"), QStringLiteral("Competitor notes")};
const QStringList kTexts{QStringLiteral("Mina: the beta opens on March 3.\nJoon: churn is 4.2% per month."),
                         QStringLiteral("The marketing budget is capped at $40,000 for Q2."),
                         QStringLiteral("유지율 개선이 최우선 과제입니다."),
                         QStringLiteral("Rival ships offline mode in May.")};

Core::Pack pack()
{
    Core::Pack p;
    Core::PackSection s;
    s.name = QStringLiteral("Material");
    for (int i = 0; i < kIds.size(); ++i) {
        Core::PackItem item = Core::PackItem::note(kTitles[i], kTexts[i]);
        item.id = kIds[i];
        s.items << item;
    }
    p.sections << s;
    return p;
}

Core::RunRecord citedRun()
{
    Core::RunRecord run;
    run.id = 3;
    for (int i = 0; i < kIds.size(); ++i)
        run.manifest.append(QJsonObject{{QStringLiteral("id"), kIds[i]},
                                        {QStringLiteral("section"), QStringLiteral("Material")},
                                        {QStringLiteral("title"), kTitles[i]}});
    for (qint64 id : {1, 2}) {
        Core::CallRecord c;
        c.id = id;
        c.provider = id == 1 ? QStringLiteral("openai") : QStringLiteral("anthropic");
        c.model = id == 1 ? QStringLiteral("o3") : QStringLiteral("claude-sonnet-4-5");
        c.status = Core::CallStatus::Done;
        c.totalMs = 41000;
        run.calls.append(c);
    }
    Core::CallRecord& first = run.calls[0];
    first.text = QStringLiteral(
        "# Plan\n\n1. Open the beta on **March 3** [[a1a1a1: “the beta opens on March 3”]].\n"
        "2. Cut churn below 3% (today 4.2% [[a1a1a1: \"churn is 4.2% per month\"]]).\n"
        "3. Spend $60,000 on launch marketing [[b2b2b2: \"budget is $60,000\"]].\n"
        "4. 유지율 개선을 먼저 합니다 [[c3c3c3: \"유지율 개선이 최우선 과제입니다\"]].\n");
    first.citations = Core::CitationChecker(pack()).check(first.text);
    run.calls[1].text = QStringLiteral("# Plan\n\nRead the call and the memo, then ship.\n");
    run.calls[1].toolTrail = {
        {0, 0, QStringLiteral("search_pack"), QStringLiteral("{\"query\":\"budget\"}"), 300, 80, false,
         QStringLiteral("searched 'budget' → 1 hit"), {kIds[1]}},
        {1, 0, QStringLiteral("read_item"), QStringLiteral("{\"id\":\"a1a1a1\"}"), 120, 30, false,
         QStringLiteral("read Launch planning call 30 tokens"), {kIds[0]}}};
    return run;
}

} // namespace

TEST(CompareCitations_column, showsCountsFootnotesAndSources_failedHighlighted)
{
    Core::RunSession session(citedRun());
    ASSERT_EQ(session.record().calls[0].citations.total(), 4);
    Ui::ComparePanel panel;
    panel.resize(1280, 800);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.showSession(&session);
    panel.flush();
    QTest::qWait(50);

    Ui::OutputColumn* cited = panel.column(1);
    ASSERT_TRUE(cited);
    EXPECT_TRUE(cited->citationsLabel()->isVisible());
    const QString line = cited->citationsLabel()->text();
    EXPECT_TRUE(line.contains(QStringLiteral("claims cited 4, verified 3, ")));
    EXPECT_TRUE(line.contains(QStringLiteral("#c62828"))); // the failure is highlighted
    EXPECT_TRUE(line.contains(QStringLiteral("not found 1")));
    const QString shown = cited->view()->toPlainText();
    EXPECT_FALSE(shown.contains(QStringLiteral("[[a1a1a1")));
    EXPECT_TRUE(shown.contains(QStringLiteral("March 3¹")));
    EXPECT_TRUE(shown.contains(QStringLiteral("³✗")));
    EXPECT_TRUE(shown.contains(QStringLiteral("Sources — claims cited 4, verified 3, not found 1")));
    EXPECT_TRUE(shown.contains(QStringLiteral("✗ not found (quote not in item) Budget memo — “budget is $60,000”")))
        << shown.toStdString();
    EXPECT_FALSE(panel.column(2)->citationsLabel()->isVisible()); // nothing cited, nothing to say
    Cb::Test::saveScreenshot(&panel, QStringLiteral("compare-citations"));

    // "Every citation verified" as a check: the cited answer fails on its one miss; the other
    // answer's citations were never checked.
    panel.applyCheck(Core::TextCheck::citations(1, true));
    EXPECT_EQ(session.call(1)->judgement, QStringLiteral("fail"));
    EXPECT_EQ(session.call(1)->judgementReason, QStringLiteral("claims cited 4, verified 3, not found 1"));
    EXPECT_EQ(session.call(2)->judgement, QStringLiteral("fail"));
}

TEST(CompareCitations_followUp, checkedReplyShowsFootnotesAndSourcesLikeTheAnswer)
{
    Core::RunSession session(citedRun());
    Ui::ComparePanel panel;
    panel.resize(1280, 800);
    panel.showSession(&session);
    Core::FollowUpRecord f;
    f.callId = 2;
    f.message = QStringLiteral("What is the budget?");
    f.status = Core::CallStatus::Done;
    f.text = QStringLiteral("The cap is $40,000 [[b2b2b2: \"capped at $40,000\"]] and churn 5% "
                            "[[a1a1a1: \"churn is 5%\"]].");
    f.citations = Core::CitationChecker(pack()).check(f.text);
    ASSERT_EQ(f.citations.verified(), 1);
    ASSERT_EQ(session.addFollowUp(f), 0);
    panel.flush();
    const QString shown = panel.column(2)->followUpView()->toPlainText();
    EXPECT_FALSE(shown.contains(QStringLiteral("[[b2b2b2"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("$40,000¹")));
    EXPECT_TRUE(shown.contains(QStringLiteral("Sources — claims cited 2, verified 1, not found 1"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("✗ not found (quote not in item) Launch planning call — “churn is 5%”")));
}

TEST(CompareCitations_coverage, toolbarOpensTableOfReadCitedAndUnusedItems)
{
    Core::RunSession session(citedRun());
    Ui::ComparePanel panel;
    panel.resize(1280, 800);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.showSession(&session);
    auto* button = panel.findChild<QToolButton*>(QStringLiteral("coverageButton"));
    ASSERT_TRUE(button);
    button->click();
    auto* dialog = panel.findChild<Ui::CoverageDialog*>();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    QTableWidget* table = dialog->table();
    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_EQ(table->item(0, 1)->text(), kTitles[0]);
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("claude-sonnet-4-5"));
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("o3"));
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("2 of 2"));
    EXPECT_EQ(table->item(1, 4)->text(), QStringLiteral("0 of 1"));
    EXPECT_EQ(table->item(2, 2)->text(), QStringLiteral("—"));
    EXPECT_EQ(table->item(3, 2)->text(), QStringLiteral("—"));
    EXPECT_EQ(table->item(3, 3)->text(), QStringLiteral("—"));
    // The unused item is tinted; a used one is not.
    EXPECT_NE(table->item(3, 1)->background().style(), Qt::NoBrush);
    EXPECT_EQ(table->item(0, 1)->background().style(), Qt::NoBrush);
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QStringLiteral("1 used by no answer")));
    Cb::Test::saveScreenshot(dialog, QStringLiteral("coverage-dialog"));
    dialog->close();
}

// "By section" reading (issue 17 item 2): the answers' sections line up in rows across models,
// what only one version says is highlighted, and a section only one model wrote is marked.
#include "core/run/runsession.h"
#include "gui/comparesessions.h"
#include "gui/screenshots.h"
#include "support/providertesting.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/sectionreadingview.h"

#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Cb;

TEST(ComparePanel_bySection, linesUpSectionsAcrossModels_andMarksWhatDiffers)
{
    Core::RunRecord run =
        Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro"), QStringLiteral("gpt-4.1")}, 1, true);
    ASSERT_EQ(run.calls.size(), 3);
    run.calls[0].text = QStringLiteral("# Plan\n## Goals\nShip v2 in March.\n## Timeline\nFour weeks.\n## Risks\nChurn.\n");
    run.calls[1].text = QStringLiteral("## 1. Goals\nShip v2 in April.\n## Budget\nTen thousand dollars.\n## Risks\nChurn.\n");
    run.calls[2].text = QStringLiteral("## 목표\n3월 출시.\n## Goals\nShip v2 in March.\n");
    Core::RunSession session(run);
    Ui::ComparePanel panel;
    panel.resize(1200, 700);
    panel.show();
    panel.showSession(&session);
    panel.toolButton(QStringLiteral("bySectionButton"))->setChecked(true);
    Ui::SectionReadingView* view = panel.sectionView();
    ASSERT_TRUE(view->isVisible());
    ASSERT_TRUE(Cb::Test::waitFor([&] { return !view->isComputing() && view->rowCount() > 0; }, 5000));

    QStringList rows;
    for (int r = 0; r < view->rowCount(); ++r)
        rows.append(view->rowTitle(r));
    const QString all = rows.join(QLatin1Char('\n'));
    ASSERT_EQ(view->rowCount(), 6) << all.toStdString();
    // Rows follow the first answer; a section only a later answer has comes after that
    // answer's previous section (목표 opens gpt-4.1's answer, so it comes first).
    const int goals = int(rows.indexOf(QRegularExpression(QStringLiteral(".*Goals.*"))));
    ASSERT_GE(goals, 0) << all.toStdString();
    EXPECT_FALSE(rows[goals].contains(QStringLiteral("Not in"))) << "all three wrote Goals";
    EXPECT_LT(goals, int(rows.indexOf(QRegularExpression(QStringLiteral(".*Risks.*")))));
    const int budget = int(rows.indexOf(QRegularExpression(QStringLiteral(".*Budget.*"))));
    ASSERT_GE(budget, 0) << all.toStdString();
    EXPECT_TRUE(rows[budget].contains(QStringLiteral("Only in o3-pro"))) << rows[budget].toStdString();
    const int korean = int(rows.indexOf(QRegularExpression(QStringLiteral(".*목표.*"))));
    ASSERT_GE(korean, 0);
    EXPECT_TRUE(rows[korean].contains(QStringLiteral("Only in gpt-4.1")));
    // April is o3-pro's alone; March is shared by o3 and gpt-4.1, so not highlighted there.
    EXPECT_TRUE(view->cellText(goals, 1).contains(QStringLiteral("background:#fff0a8\">April")));
    EXPECT_FALSE(view->cellText(goals, 0).contains(QStringLiteral("background")));
    EXPECT_TRUE(view->cellText(budget, 0).contains(QStringLiteral("No such section")));
    Cb::Test::saveScreenshot(&panel, QStringLiteral("compare-by-section"));

    // Back to columns, and blind voting keeps working on the same panel.
    panel.toolButton(QStringLiteral("bySectionButton"))->setChecked(false);
    EXPECT_FALSE(view->isVisible());
}

// Korean headings and an answer without any heading line up too, and every row holds all the
// answers' versions of one section at the same height: scrolling to a section shows each
// model's version of it together (in step by section, not by pixel per column).
TEST(ComparePanel_bySection, koreanAndHeadinglessAnswers_rowsScrollInStepBySection)
{
    Core::RunRecord run =
        Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro"), QStringLiteral("gpt-4.1")}, 1, true);
    ASSERT_EQ(run.calls.size(), 3);
    QString longRisk;
    for (int i = 0; i < 40; ++i)
        longRisk += QStringLiteral("이탈 위험 %1: 고객이 떠날 수 있습니다.\n\n").arg(i);
    run.calls[0].text = QStringLiteral("## 목표\n3월 출시.\n## 위험\n") + longRisk + QStringLiteral("## 일정\n4주.\n");
    run.calls[1].text = QStringLiteral("## 일정\n6주.\n## 위험\n비용 초과.\n");
    run.calls[2].text = QStringLiteral("그냥 한 문단으로 된 답입니다. 제목이 없습니다.\n");
    Core::RunSession session(run);
    Ui::ComparePanel panel;
    panel.resize(1280, 700);
    panel.show();
    panel.showSession(&session);
    panel.toolButton(QStringLiteral("bySectionButton"))->setChecked(true);
    Ui::SectionReadingView* view = panel.sectionView();
    ASSERT_TRUE(Cb::Test::waitFor([&] { return !view->isComputing() && view->rowCount() > 0; }, 5000));

    QStringList rows;
    for (int r = 0; r < view->rowCount(); ++r)
        rows.append(view->rowTitle(r));
    const QString all = rows.join(QLatin1Char('\n'));
    ASSERT_EQ(view->rowCount(), 4) << all.toStdString(); // (before the first heading) | 목표 | 위험 | 일정
    const int intro = int(rows.indexOf(QRegularExpression(QStringLiteral(".*before the first heading.*"))));
    const int risks = int(rows.indexOf(QRegularExpression(QStringLiteral(".*위험.*"))));
    const int schedule = int(rows.indexOf(QRegularExpression(QStringLiteral(".*일정.*"))));
    ASSERT_GE(intro, 0) << all.toStdString();
    ASSERT_GE(risks, 0) << all.toStdString();
    ASSERT_GE(schedule, 0) << all.toStdString();
    EXPECT_TRUE(rows[intro].contains(QStringLiteral("Only in gpt-4.1"))) << rows[intro].toStdString();
    EXPECT_TRUE(view->cellText(intro, 2).contains(QStringLiteral("제목이 없습니다")));
    EXPECT_TRUE(rows[risks].contains(QStringLiteral("Not in gpt-4.1"))) << rows[risks].toStdString();
    EXPECT_TRUE(view->cellText(schedule, 1).contains(QStringLiteral("6주")));

    // Every row's versions start at one height.
    ASSERT_TRUE(Cb::Test::waitFor([&] { return view->cell(schedule, 0) && view->cell(schedule, 0)->y() > 0; }));
    for (int r = 0; r < view->rowCount(); ++r)
        for (int a = 1; a < 3; ++a)
            EXPECT_EQ(view->cell(r, a)->y(), view->cell(r, 0)->y()) << "row " << r << ", answer " << a;

    // The long Risks row pushes 일정 below the fold; scrolling to it brings all three versions.
    QWidget* viewport = view->scrollArea()->viewport();
    auto onScreen = [&](QWidget* w) {
        const QPoint top = w->mapTo(viewport, QPoint(0, 0));
        return top.y() >= 0 && top.y() < viewport->height();
    };
    EXPECT_FALSE(onScreen(view->rowHeading(schedule)));
    view->scrollArea()->verticalScrollBar()->setValue(view->rowHeading(schedule)->y());
    EXPECT_TRUE(onScreen(view->rowHeading(schedule)));
    for (int a = 0; a < 3; ++a)
        EXPECT_TRUE(onScreen(view->cell(schedule, a))) << "answer " << a;
    Cb::Test::saveScreenshot(&panel, QStringLiteral("compare-by-section-korean-headingless"));
}

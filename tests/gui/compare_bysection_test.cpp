// "By section" reading (issue 17 item 2): the answers' sections line up in rows across models,
// what only one version says is highlighted, and a section only one model wrote is marked.
#include "core/run/runsession.h"
#include "gui/comparesessions.h"
#include "gui/screenshots.h"
#include "support/providertesting.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/sectionreadingview.h"

#include <QRegularExpression>
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

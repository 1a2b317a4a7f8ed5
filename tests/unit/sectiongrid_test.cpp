#include "core/compare/sectiongrid.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

QString titles(const SectionGrid& grid)
{
    QStringList out;
    for (const SectionGridRow& row : grid.rows()) {
        QString cells;
        for (int c : row.cells)
            cells += c < 0 ? QLatin1Char('-') : QLatin1Char('x');
        out.append(row.title + QLatin1Char(':') + cells);
    }
    return out.join(QLatin1Char('|'));
}

} // namespace

TEST(SectionGrid_align, differentlyNamedAndOrderedHeadingsShareRows)
{
    const QString a = QStringLiteral("# Plan\n## Goals\nShip v2.\n## Timeline\nQ1.\n## Risks\nChurn.\n");
    const QString b = QStringLiteral("## 1. Goals\nShip v2 fast.\n## Budget\n$10k.\n## Timeline and milestones\nQ1.\n");
    const QString c = QStringLiteral("## Risks\nChurn and cost.\n## Goals:\nShip v2.\n");
    const SectionGrid grid({a, b, c});
    // Rows follow the first answer; Budget (only b) comes after b's Goals; c's Risks joins a's
    // Risks even though c put it first (in-order matching lets one of Goals/Risks pair exactly,
    // the other comes as its own row).
    EXPECT_EQ(titles(grid), QStringLiteral("Plan:x--|Goals:xxx|Budget:-x-|Timeline:xx-|Risks:x-x"))
        << titles(grid).toStdString();
    const SectionGridRow& budget = grid.rows()[2];
    EXPECT_TRUE(budget.soleAuthor());
    EXPECT_EQ(grid.section(2, 1)->body.trimmed(), QStringLiteral("$10k."));
    EXPECT_EQ(grid.section(2, 0), nullptr);
}

TEST(SectionGrid_unique, marksOnlyWhatNoOtherVersionSays)
{
    const SectionGrid grid({QStringLiteral("## Goals\nShip v2 in March.\n"), QStringLiteral("## Goals\nShip v2 in April.\n"),
                            QStringLiteral("## Goals\nShip v2 in March with care.\n")});
    ASSERT_EQ(grid.rows().size(), 1);
    const SectionGridRow& row = grid.rows()[0];
    const auto text = [&](int answer) {
        QStringList parts;
        for (auto [start, end] : row.unique[answer])
            parts.append(grid.section(0, answer)->body.mid(start, end - start));
        return parts.join(QLatin1Char('|'));
    };
    EXPECT_EQ(text(0), QString()) << "March is also in the third answer";
    EXPECT_EQ(text(1), QStringLiteral("April"));
    EXPECT_EQ(text(2), QStringLiteral("with care"));
}

TEST(SectionGrid_align, koreanHeadingsAndAnswersWithoutHeadings)
{
    const SectionGrid grid({QStringLiteral("## 목표\n출시.\n## 위험\n이탈.\n"), QStringLiteral("## 위험\n비용.\n"),
                            QStringLiteral("그냥 한 문단으로 된 답입니다.\n")});
    EXPECT_EQ(titles(grid), QStringLiteral(":--x|목표:x--|위험:xx-")) << titles(grid).toStdString();
    EXPECT_TRUE(grid.rows()[0].soleAuthor());
    EXPECT_EQ(grid.section(0, 2)->body.trimmed(), QStringLiteral("그냥 한 문단으로 된 답입니다."));
}

TEST(SectionGrid_align, noAnswersAndOneAnswer)
{
    EXPECT_TRUE(SectionGrid(QStringList{}).rows().isEmpty());
    const SectionGrid one({QStringLiteral("## A\nx\n## B\ny\n")});
    EXPECT_EQ(titles(one), QStringLiteral("A:x|B:x"));
    EXPECT_TRUE(one.rows()[0].unique[0].isEmpty());
}

#include "core/compare/headingalignment.h"

#include <gtest/gtest.h>

using namespace Cb::Core;
using Presence = SectionRow::Presence;

TEST(HeadingAlignment_sections, splitsAtHeadingsAndIgnoresFencedCode)
{
    const QString md = QStringLiteral("Intro line\n# Plan\nDo it.\n```\n# not a heading\n```\n## Risks ##\nFire.\n");
    const auto sections = HeadingAlignment::sections(md);
    ASSERT_EQ(sections.size(), 3);
    EXPECT_EQ(sections[0].level, 0);
    EXPECT_EQ(sections[0].body, QStringLiteral("Intro line"));
    EXPECT_EQ(sections[1].title, QStringLiteral("Plan"));
    EXPECT_EQ(sections[1].level, 1);
    EXPECT_TRUE(sections[1].body.contains(QStringLiteral("# not a heading")));
    EXPECT_EQ(sections[2].title, QStringLiteral("Risks"));
    EXPECT_EQ(sections[2].level, 2);
    EXPECT_EQ(sections[2].line, 6);
}

TEST(HeadingAlignment_normalizedTitle, dropsNumberingCaseAndEmphasis)
{
    EXPECT_EQ(HeadingAlignment::normalizedTitle(QStringLiteral("2.1 **Risks** & Mitigations")),
              QStringLiteral("risks mitigations"));
    EXPECT_EQ(HeadingAlignment::normalizedTitle(QStringLiteral("Step 3: Timeline")), QStringLiteral("timeline"));
    EXPECT_EQ(HeadingAlignment::normalizedTitle(QStringLiteral("B) Budget")), QStringLiteral("budget"));
    EXPECT_EQ(HeadingAlignment::normalizedTitle(QStringLiteral("2026 roadmap")), QStringLiteral("roadmap"));
}

TEST(HeadingAlignment_align, showsSectionsOnlyOneReportHas)
{
    const auto left = HeadingAlignment::sections(QStringLiteral(
        "# Goals\na\n# 1. Timeline\nb\n# Budget\nc\n# Risks\nd\n"));
    const auto right = HeadingAlignment::sections(QStringLiteral(
        "# Goals\na\n# Staffing\nx\n# Timeline\nb\n# Risks and mitigations\nd\n# Open questions\ne\n"));
    const auto rows = HeadingAlignment::align(left, right);
    // Goals=, Staffing(right only), Timeline=, Budget(left only), Risks~, Open questions(right only)
    ASSERT_EQ(rows.size(), 6);
    EXPECT_EQ(rows[0].presence, Presence::Both);
    EXPECT_EQ(rows[1].presence, Presence::RightOnly);
    EXPECT_EQ(right[rows[1].right].title, QStringLiteral("Staffing"));
    EXPECT_EQ(rows[2].presence, Presence::Both);
    EXPECT_TRUE(rows[2].exact);
    EXPECT_EQ(rows[3].presence, Presence::LeftOnly);
    EXPECT_EQ(left[rows[3].left].title, QStringLiteral("Budget"));
    EXPECT_EQ(rows[4].presence, Presence::Both);
    EXPECT_FALSE(rows[4].exact); // "Risks" ~ "Risks and mitigations" by shared words
    EXPECT_EQ(rows[5].presence, Presence::RightOnly);
}

TEST(HeadingAlignment_align, unrelatedTitlesStayApart)
{
    const auto left = HeadingAlignment::sections(QStringLiteral("# Alpha\n# Beta\n"));
    const auto right = HeadingAlignment::sections(QStringLiteral("# Gamma\n"));
    const auto rows = HeadingAlignment::align(left, right);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].presence, Presence::RightOnly);
    EXPECT_EQ(rows[1].presence, Presence::LeftOnly);
    EXPECT_EQ(rows[2].presence, Presence::LeftOnly);
}

#include "core/pack/packdocument.h"
#include "core/pack/packfiltermodel.h"
#include "core/pack/packtreemodel.h"
#include "support/packsamples.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

Pack filterPack()
{
    Pack pack = Cb::Test::PackSamples::withSections(
        {QStringLiteral("Meetings"), QStringLiteral("Notes"), QStringLiteral("Code")});
    PackItem standup =
        PackItem::note(QStringLiteral("Standup 3 March"), QStringLiteral("Pricing slipped to Q4."));
    standup.tags = {QStringLiteral("launch")};
    pack.sections[0].items = {
        standup, PackItem::note(QStringLiteral("Retro"), QStringLiteral("Nothing about money."))};
    pack.sections[1].items = {
        PackItem::note(QStringLiteral("Ideas"), QStringLiteral("Launch party in Berlin"))};
    pack.sections[2].items = {
        PackItem::note(QStringLiteral("main.cpp"), QStringLiteral("int main() {}"))};
    return pack;
}

QStringList visibleTitles(const QAbstractItemModel& model)
{
    QStringList out;
    for (int s = 0; s < model.rowCount(); ++s) {
        const QModelIndex section = model.index(s, 0);
        for (int r = 0; r < model.rowCount(section); ++r)
            out.append(model.index(r, 0, section).data(Qt::EditRole).toString());
    }
    return out;
}

} // namespace

TEST(PackFilterModel_filter, matchesTitleTagsAndTextAndKeepsTheirSections)
{
    PackDocument doc;
    doc.reset(filterPack());
    PackTreeModel source(&doc);
    PackFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&source);
    EXPECT_EQ(filter.rowCount(), 3);

    filter.setFilterText(QStringLiteral("pricing")); // text, case-insensitive
    EXPECT_EQ(visibleTitles(filter), QStringList{QStringLiteral("Standup 3 March")});
    EXPECT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(filter.index(0, 0).data(Qt::EditRole).toString(), QStringLiteral("Meetings"));

    filter.setFilterText(QStringLiteral("LAUNCH")); // a tag and a text
    EXPECT_EQ(visibleTitles(filter),
              (QStringList{QStringLiteral("Standup 3 March"), QStringLiteral("Ideas")}));

    filter.setFilterText(QStringLiteral("launch berlin")); // every word must match
    EXPECT_EQ(visibleTitles(filter), QStringList{QStringLiteral("Ideas")});

    filter.setFilterText(QStringLiteral("code")); // a section name shows the whole section
    EXPECT_EQ(visibleTitles(filter), QStringList{QStringLiteral("main.cpp")});

    filter.setFilterText(QStringLiteral("   "));
    EXPECT_EQ(visibleTitles(filter).size(), 4);
}

TEST(PackFilterModel_edits, followTheDocumentWhileFiltered)
{
    PackDocument doc;
    doc.reset(filterPack());
    PackTreeModel source(&doc);
    PackFilterModel filter;
    filter.setSourceModel(&source);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setFilterText(QStringLiteral("budget"));
    EXPECT_EQ(filter.rowCount(), 0);

    doc.insertItems(1, -1, {PackItem::note(QStringLiteral("Budget"), QStringLiteral("40k"))});
    EXPECT_EQ(visibleTitles(filter), QStringList{QStringLiteral("Budget")});

    PackItem renamed = doc.pack().sections[0].items[1];
    renamed.text = QStringLiteral("The budget is fixed.");
    doc.updateItem(0, 1, renamed);
    EXPECT_EQ(visibleTitles(filter),
              (QStringList{QStringLiteral("Retro"), QStringLiteral("Budget")}));

    doc.moveItem(1, 1, 2, 0);
    EXPECT_EQ(visibleTitles(filter),
              (QStringList{QStringLiteral("Retro"), QStringLiteral("Budget")}));
    doc.removeItem(0, 1);
    EXPECT_EQ(visibleTitles(filter), QStringList{QStringLiteral("Budget")});
    doc.removeSection(2);
    EXPECT_EQ(filter.rowCount(), 0);
}

TEST(PackFilterModel_sort, ordersSizesAsNumbers)
{
    PackDocument doc;
    Pack pack = filterPack();
    pack.sections[1].items = {
        PackItem::note(QStringLiteral("small"), QString(9, QLatin1Char('x'))),
        PackItem::note(QStringLiteral("big"), QString(1000, QLatin1Char('x'))),
        PackItem::note(QStringLiteral("mid"), QString(100, QLatin1Char('x')))};
    doc.reset(pack);
    PackTreeModel source(&doc);
    PackFilterModel filter;
    filter.setSourceModel(&source);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.sort(PackTreeModel::SizeColumn, Qt::DescendingOrder);
    // Sections sort by their total size too: Notes is the heaviest.
    const QModelIndex notes = filter.index(0, 0);
    EXPECT_EQ(notes.data(Qt::EditRole).toString(), QStringLiteral("Notes"));
    ASSERT_EQ(filter.rowCount(notes), 3);
    EXPECT_EQ(filter.index(0, 0, notes).data(Qt::EditRole).toString(), QStringLiteral("big"));
    EXPECT_EQ(filter.index(2, 0, notes).data(Qt::EditRole).toString(), QStringLiteral("small"));
}

#include "core/pack/packdocument.h"
#include "core/pack/packduplicateindex.h"
#include "core/pack/packtreemodel.h"
#include "support/packsamples.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {
Pack twoCopies()
{
    Pack pack =
        Cb::Test::PackSamples::withSections({QStringLiteral("Documents"), QStringLiteral("Notes")});
    pack.sections[0].items = {
        PackItem::note(QStringLiteral("spec.md"), QStringLiteral("# Spec\nSame.")),
        PackItem::note(QStringLiteral("other"), QStringLiteral("Different"))};
    pack.sections[1].items = {
        PackItem::note(QStringLiteral("spec copy"), QStringLiteral("# Spec\nSame.")),
        PackItem::note(QStringLiteral("empty a"), QString()),
        PackItem::note(QStringLiteral("empty b"), QString())};
    return pack;
}
} // namespace

TEST(PackDuplicateIndex_sameText, marksBothAndNamesTheLaterCopy)
{
    const Pack pack = twoCopies();
    PackDuplicateIndex index;
    const QSet<QString> changed = index.update(pack);
    const QString first = pack.sections[0].items[0].id;
    const QString copy = pack.sections[1].items[0].id;
    EXPECT_EQ(changed, (QSet<QString>{first, copy}));
    EXPECT_EQ(index.duplicatesOf(first), QStringList{copy});
    EXPECT_EQ(index.duplicatesOf(copy), QStringList{first});
    EXPECT_TRUE(index.duplicatesOf(pack.sections[0].items[1].id).isEmpty());
    // Empty notes are not duplicates of each other.
    EXPECT_TRUE(index.duplicatesOf(pack.sections[1].items[1].id).isEmpty());
    EXPECT_EQ(index.laterCopies(pack), QStringList{copy});
    EXPECT_TRUE(index.update(pack).isEmpty()); // nothing changed, nothing reported
}

TEST(PackDuplicateIndex_textEdited, clearsTheMark)
{
    Pack pack = twoCopies();
    PackDuplicateIndex index;
    index.update(pack);
    pack.sections[1].items[0].text += QStringLiteral(" Edited.");
    const QSet<QString> changed = index.update(pack);
    EXPECT_EQ(changed.size(), 2);
    EXPECT_TRUE(index.isEmpty());
}

TEST(PackTreeModel_duplicates, tooltipNamesTheOtherItem)
{
    PackDocument doc;
    doc.reset(twoCopies());
    PackTreeModel model(&doc);
    const QModelIndex copy = model.itemIndex(1, 0);
    EXPECT_EQ(copy.data(PackTreeModel::DuplicateOfRole).toStringList(),
              QStringList{QStringLiteral("“spec.md” (Documents)")});
    EXPECT_TRUE(
        copy.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Same text as “spec.md”")));
    // Editing the copy's text updates the mark through the model.
    PackItem edited = doc.pack().sections[1].items[0];
    edited.text = QStringLiteral("now unique");
    doc.updateItem(1, 0, edited);
    EXPECT_TRUE(
        model.itemIndex(0, 0).data(PackTreeModel::DuplicateOfRole).toStringList().isEmpty());
}

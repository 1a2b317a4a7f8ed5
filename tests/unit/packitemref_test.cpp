#include "core/pack/pack.h"
#include "core/pack/packitemref.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

Pack packWithIds(const QStringList& uuids)
{
    Pack pack;
    PackSection section;
    section.name = QStringLiteral("Notes");
    for (const QString& uuid : uuids) {
        PackItem item = PackItem::note(QStringLiteral("n"), QStringLiteral("text"));
        item.id = uuid;
        section.items << item;
    }
    pack.sections << section;
    return pack;
}

} // namespace

TEST(PackItemRef, shortIds_distinctPrefixes_areSixCharacters)
{
    const Pack pack = packWithIds({QStringLiteral("3F2A9C11-0000-4000-8000-000000000001"),
                                   QStringLiteral("77aa0b22-0000-4000-8000-000000000002")});
    const auto ids = PackItemRef::shortIds(pack);
    EXPECT_EQ(ids.value(QStringLiteral("3F2A9C11-0000-4000-8000-000000000001")), QStringLiteral("3f2a9c"));
    EXPECT_EQ(ids.value(QStringLiteral("77aa0b22-0000-4000-8000-000000000002")), QStringLiteral("77aa0b"));
}

TEST(PackItemRef, shortIds_sharedPrefix_growsUntilUnique)
{
    const Pack pack = packWithIds({QStringLiteral("abcdef12-0000-4000-8000-000000000001"),
                                   QStringLiteral("abcdef13-0000-4000-8000-000000000002"),
                                   QStringLiteral("99999999-0000-4000-8000-000000000003")});
    const auto ids = PackItemRef::shortIds(pack);
    EXPECT_EQ(ids.value(QStringLiteral("abcdef12-0000-4000-8000-000000000001")), QStringLiteral("abcdef12"));
    EXPECT_EQ(ids.value(QStringLiteral("abcdef13-0000-4000-8000-000000000002")), QStringLiteral("abcdef13"));
    EXPECT_EQ(ids.value(QStringLiteral("99999999-0000-4000-8000-000000000003")), QStringLiteral("999999"));
}

TEST(PackItemRef, resolve_shortOrFullIdAnyCase_findsItem_unknownIsEmpty)
{
    const QString uuid = QStringLiteral("3f2a9c11-0000-4000-8000-000000000001");
    const Pack pack = packWithIds({uuid, QStringLiteral("77aa0b22-0000-4000-8000-000000000002")});
    EXPECT_EQ(PackItemRef::resolve(pack, QStringLiteral(" 3F2A9C ")), uuid);
    EXPECT_EQ(PackItemRef::resolve(pack, uuid.toUpper()), uuid);
    EXPECT_EQ(PackItemRef::resolve(pack, QStringLiteral("3f2a9")), QString());
    EXPECT_EQ(PackItemRef::resolve(pack, QStringLiteral("nothing")), QString());
    EXPECT_EQ(PackItemRef::resolve(pack, QString()), QString());
}

#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/history/raterstore.h"
#include "core/rating/ratingkitstore.h"
#include "core/rating/ratingsintegrity.h"
#include "support/tempworkspace.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Cb::Core;

// The digest was computed independently with Python's hashlib over the documented canonical
// string (docs/RATINGS_FILE.md); answers arrive out of order and a comment holds a tab.
TEST(RatingsIntegrity_code, matchesAnIndependentDigest)
{
    const QList<RatingAnswer> answers{{QStringLiteral("q2"), QStringLiteral("both_bad"), QStringLiteral("둘 다 부족")},
                                      {QStringLiteral("q1"), QStringLiteral("a"), QStringLiteral("good\tpoint")}};
    EXPECT_EQ(RatingsIntegrity::code(QStringLiteral("0123456789abcdef0123456789abcdef"), QStringLiteral("kit-1"),
                                     QStringLiteral("Ana"), answers),
              QStringLiteral("61d5a2323345bf99b765b3e443d48af3c62da3d5e7646d47e60b062b2dd6d499"));
}

TEST(RatingsIntegrity_code, changesWithAnyEditOrAnotherKit)
{
    const QString secret = QStringLiteral("s");
    QList<RatingAnswer> answers{{QStringLiteral("q1"), QStringLiteral("a")}};
    const QString original = RatingsIntegrity::code(secret, QStringLiteral("k"), QStringLiteral("Ana"), answers);
    EXPECT_NE(RatingsIntegrity::code(secret, QStringLiteral("k2"), QStringLiteral("Ana"), answers), original);
    EXPECT_NE(RatingsIntegrity::code(QStringLiteral("t"), QStringLiteral("k"), QStringLiteral("Ana"), answers), original);
    answers[0].verdict = QStringLiteral("b");
    EXPECT_NE(RatingsIntegrity::code(secret, QStringLiteral("k"), QStringLiteral("Ana"), answers), original);
    // An escaped tab cannot be confused with a field separator.
    const QList<RatingAnswer> spill{{QStringLiteral("q1"), QStringLiteral("a"), QStringLiteral("x\tb")}};
    const QList<RatingAnswer> plain{{QStringLiteral("q1"), QStringLiteral("a"), QStringLiteral("x\\tb")}};
    EXPECT_NE(RatingsIntegrity::canonical(secret, QStringLiteral("k"), QStringLiteral("Ana"), spill),
              RatingsIntegrity::canonical(secret, QStringLiteral("k"), QStringLiteral("Ana"), plain));
}

TEST(RatingKitStore_kits, roundTripAndVanishWithTheirRun)
{
    Cb::Test::TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    HistoryStore history(**db);
    RunRecord run;
    for (const char* model : {"o3", "o3-pro"}) {
        CallRecord c;
        c.provider = QStringLiteral("openai");
        c.model = QString::fromLatin1(model);
        run.calls.append(c);
    }
    ASSERT_TRUE(history.insertRun(run));
    auto rater = RaterStore(**db).add(QStringLiteral("Ana"));
    ASSERT_TRUE(rater);

    RatingKitStore kits(**db);
    RatingKitRecord kit;
    kit.raterId = *rater;
    kit.runId = run.id;
    kit.seed = 0xfedcba9876543210ULL; // above INT64_MAX: must survive SQLite's signed integers
    kit.items = {{QStringLiteral("qa1"), run.id, run.calls[1].id, run.calls[0].id}};
    ASSERT_TRUE(kits.insert(kit));
    EXPECT_EQ(kit.secret.size(), 32);

    auto found = kits.findByUuid(kit.uuid);
    ASSERT_TRUE(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->raterName, QStringLiteral("Ana"));
    EXPECT_EQ((*found)->seed, kit.seed);
    EXPECT_EQ((*found)->secret, kit.secret);
    ASSERT_EQ((*found)->items.size(), 1);
    EXPECT_EQ((*found)->items[0].leftCallId, run.calls[1].id);
    EXPECT_TRUE((*found)->importedSha256.isEmpty());
    ASSERT_TRUE(kits.markImported(kit.id, QStringLiteral("abc")));
    EXPECT_EQ((*kits.forRun(run.id)).first().importedSha256, QStringLiteral("abc"));

    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM runs WHERE id = %1").arg(run.id)));
    auto gone = kits.findByUuid(kit.uuid);
    ASSERT_TRUE(gone);
    EXPECT_FALSE(gone->has_value());
}

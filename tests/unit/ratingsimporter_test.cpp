#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/history/raterstore.h"
#include "core/rating/ratertally.h"
#include "core/rating/ratingkitstore.h"
#include "core/rating/ratingsimporter.h"
#include "support/ratingsfixture.h"
#include "support/tempworkspace.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::RatingsFixture;
using Cb::Test::TempWorkspace;

namespace {

class RatingsImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        db = std::move(*opened);
        fixture = std::make_unique<RatingsFixture>(*db);
        ASSERT_TRUE(fixture->ok());
    }

    QString write(const QString& name, const QByteArray& bytes) const { return ws.write(name, bytes); }
    Result<QList<RatingsImportResult>> import(const QStringList& paths) { return RatingsImporter(*db).importFiles(paths); }

    // (id, outcome, comment) of every vote, in id order.
    QList<std::tuple<qint64, QString, QString>> votes() const
    {
        QList<std::tuple<qint64, QString, QString>> out;
        QSqlQuery q(db->connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT id, outcome, comment FROM votes ORDER BY id")));
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
        return out;
    }

    static QList<RatingAnswer> firstAnswers()
    {
        return {{QStringLiteral("q2b"), QStringLiteral("a"), QStringLiteral("Names an owner.")},
                {QStringLiteral("q1a"), QStringLiteral("tie")}};
    }

    TempWorkspace ws;
    std::unique_ptr<Database> db;
    std::unique_ptr<RatingsFixture> fixture;
};

} // namespace

TEST_F(RatingsImport, freshFile_addsBlindVotesWithRaterKitAndComment)
{
    auto done = import({write(QStringLiteral("ana.json"), fixture->file(firstAnswers()))});
    ASSERT_TRUE(done) << done.error().message.toStdString();
    ASSERT_EQ(done->size(), 1);
    EXPECT_EQ(done->at(0).added, 2);
    EXPECT_EQ(done->at(0).replaced, 0);
    EXPECT_FALSE(done->at(0).alreadyImported);
    EXPECT_EQ(done->at(0).raterName, QStringLiteral("Ana"));

    auto run = HistoryStore(*db).loadRun(fixture->run.id);
    ASSERT_TRUE(run);
    ASSERT_EQ(run->votes.size(), 2);
    QHash<qint64, VoteRecord> byLeft;
    for (const VoteRecord& v : run->votes)
        byLeft.insert(v.leftCallId, v);
    const VoteRecord q2 = byLeft.value(fixture->run.calls[2].id); // item q2b: A = call 2, B = call 1
    EXPECT_EQ(q2.rightCallId, fixture->run.calls[1].id);
    EXPECT_EQ(q2.outcome, QStringLiteral("left"));
    EXPECT_EQ(q2.comment, QStringLiteral("Names an owner."));
    EXPECT_TRUE(q2.blind);
    EXPECT_EQ(q2.raterId, fixture->raterId);
    EXPECT_EQ(q2.raterName, QStringLiteral("Ana"));
    EXPECT_EQ(q2.kitId, fixture->kit.id);
    EXPECT_EQ(byLeft.value(fixture->run.calls[0].id).outcome, QStringLiteral("tie"));

    auto kit = RatingKitStore(*db).findByUuid(fixture->kit.uuid);
    ASSERT_TRUE(kit && *kit);
    EXPECT_EQ((*kit)->importedSha256.size(), 64);
}

TEST_F(RatingsImport, sameFileTwice_changesNothing)
{
    const QString path = write(QStringLiteral("ana.json"), fixture->file(firstAnswers()));
    ASSERT_TRUE(import({path}));
    const auto before = votes();
    auto again = import({path});
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_TRUE(again->at(0).alreadyImported);
    EXPECT_EQ(again->at(0).added, 0);
    EXPECT_EQ(again->at(0).unchanged, 2);
    EXPECT_TRUE(again->at(0).summary().contains(QStringLiteral("already imported")));
    EXPECT_EQ(votes(), before); // same ids, same outcomes
    // Given twice in one import, it is written once.
    ASSERT_TRUE(import({path, path}));
    EXPECT_EQ(votes(), before);
}

TEST_F(RatingsImport, newerFileForTheSameKit_replacesItsVotes)
{
    ASSERT_TRUE(import({write(QStringLiteral("ana-1.json"), fixture->file(firstAnswers()))}));
    // The person at the keyboard voted too: a kit's import never touches that vote.
    VoteRecord mine{0, fixture->run.id, fixture->run.calls[0].id, fixture->run.calls[1].id, QStringLiteral("right"), true, {}};
    ASSERT_TRUE(HistoryStore(*db).addVote(mine));
    QList<RatingAnswer> more = firstAnswers();
    more[0].verdict = QStringLiteral("b");
    more.append({QStringLiteral("q3c"), QStringLiteral("both_bad"), QStringLiteral("Neither\ncites.")});
    auto done = import({write(QStringLiteral("ana-2.json"), fixture->file(more))});
    ASSERT_TRUE(done) << done.error().message.toStdString();
    EXPECT_EQ(done->at(0).added, 3);
    EXPECT_EQ(done->at(0).replaced, 2);
    const auto now = votes();
    ASSERT_EQ(now.size(), 4);
    EXPECT_EQ(std::get<0>(now[0]), mine.id);
    QStringList outcomes;
    for (int i = 1; i < now.size(); ++i)
        outcomes << std::get<1>(now[i]);
    EXPECT_EQ(outcomes, (QStringList{QStringLiteral("right"), QStringLiteral("tie"), QStringLiteral("both_bad")}));
    EXPECT_EQ(std::get<2>(now[3]), QStringLiteral("Neither\ncites."));
}

TEST_F(RatingsImport, tamperedVerdict_isRefusedAndNothingWritten)
{
    QByteArray bytes = fixture->file(firstAnswers());
    ASSERT_TRUE(bytes.contains("\"verdict\": \"tie\""));
    bytes.replace("\"verdict\": \"tie\"", "\"verdict\": \"b\"");
    auto done = import({write(QStringLiteral("ana.json"), bytes)});
    ASSERT_FALSE(done);
    EXPECT_TRUE(done.error().message.contains(QStringLiteral("ana.json: its integrity code does not match")))
        << done.error().message.toStdString();
    EXPECT_TRUE(votes().isEmpty());
    auto kit = RatingKitStore(*db).findByUuid(fixture->kit.uuid);
    EXPECT_TRUE((*kit)->importedSha256.isEmpty());
}

TEST_F(RatingsImport, fileSignedWithAnotherKitsSecret_isRefused)
{
    const QByteArray bytes = RatingsFixture::fileFor(fixture->kit.uuid, QStringLiteral("ffffffffffffffffffffffffffffffff"),
                                                     fixture->kit.raterName, firstAnswers());
    auto done = import({write(QStringLiteral("ana.json"), bytes)});
    ASSERT_FALSE(done);
    EXPECT_TRUE(done.error().message.contains(QStringLiteral("integrity code does not match")));
    EXPECT_TRUE(votes().isEmpty());
}

TEST_F(RatingsImport, unknownKitUuid_isRefused)
{
    const QByteArray bytes = RatingsFixture::fileFor(QStringLiteral("00000000-1111-4222-8333-444444444444"),
                                                     fixture->kit.secret, fixture->kit.raterName, firstAnswers());
    auto done = import({write(QStringLiteral("other.json"), bytes)});
    ASSERT_FALSE(done);
    EXPECT_TRUE(done.error().message.contains(QStringLiteral("which this history does not have")));
    EXPECT_TRUE(votes().isEmpty());
}

TEST_F(RatingsImport, kitWhoseRunWasDeleted_isRefusedSayingSo)
{
    const QString path = write(QStringLiteral("ana.json"), fixture->file(firstAnswers()));
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM runs WHERE id = %1").arg(fixture->run.id)));
    auto done = import({path});
    ASSERT_FALSE(done);
    EXPECT_TRUE(done.error().message.startsWith(QStringLiteral("Nothing was imported.\nana.json: ")));
    EXPECT_TRUE(done.error().message.contains(QStringLiteral("its run or experiment may have been deleted")))
        << done.error().message.toStdString();
    EXPECT_TRUE(votes().isEmpty());
}

TEST_F(RatingsImport, callBehindAnItemGone_isRefused)
{
    const QString path = write(QStringLiteral("ana.json"), fixture->file(firstAnswers()));
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM calls WHERE id = %1").arg(fixture->run.calls[2].id)));
    auto done = import({path});
    ASSERT_FALSE(done);
    EXPECT_TRUE(done.error().message.contains(QStringLiteral("the answers behind item 'q2b'")))
        << done.error().message.toStdString();
    EXPECT_TRUE(votes().isEmpty());
}

TEST_F(RatingsImport, itemNotInTheKit_isRefused)
{
    auto done = import({write(QStringLiteral("ana.json"),
                              fixture->file({{QStringLiteral("q1a"), QStringLiteral("a")}, {QStringLiteral("zz9"), QStringLiteral("b")}}))});
    ASSERT_FALSE(done);
    EXPECT_TRUE(done.error().message.contains(QStringLiteral("item 'zz9' is not a question of kit")));
    EXPECT_TRUE(votes().isEmpty());
}

TEST_F(RatingsImport, malformedJson_isRefused)
{
    auto done = import({write(QStringLiteral("broken.json"), fixture->file(firstAnswers()).left(40))});
    ASSERT_FALSE(done);
    EXPECT_TRUE(done.error().message.contains(QStringLiteral("broken.json: it is not JSON")));
}

TEST_F(RatingsImport, secondOfTwoFilesBad_importsNeither)
{
    RatingsFixture bea(*db, QStringLiteral("Bea"));
    ASSERT_TRUE(bea.ok());
    const QString good = write(QStringLiteral("ana.json"), fixture->file(firstAnswers()));
    const QString bad = write(QStringLiteral("bea.json"), bea.file({{QStringLiteral("q1a"), QStringLiteral("a")}},
                                                                    QString(64, QLatin1Char('0'))));
    auto done = import({good, bad});
    ASSERT_FALSE(done);
    EXPECT_TRUE(done.error().message.contains(QStringLiteral("bea.json: its integrity code")));
    EXPECT_FALSE(done.error().message.contains(QStringLiteral("ana.json")));
    EXPECT_TRUE(votes().isEmpty());
    auto kit = RatingKitStore(*db).findByUuid(fixture->kit.uuid);
    EXPECT_TRUE((*kit)->importedSha256.isEmpty());
}

TEST_F(RatingsImport, twoDifferentFilesForOneKit_areRefused)
{
    QList<RatingAnswer> other = firstAnswers();
    other[1].verdict = QStringLiteral("a");
    auto done = import({write(QStringLiteral("a1.json"), fixture->file(firstAnswers())),
                        write(QStringLiteral("a2.json"), fixture->file(other))});
    ASSERT_FALSE(done);
    EXPECT_TRUE(done.error().message.contains(QStringLiteral("same kit")));
    EXPECT_TRUE(votes().isEmpty());
}

TEST_F(RatingsImport, renamedRater_keepsVotesAndTallies)
{
    ASSERT_TRUE(import({write(QStringLiteral("ana.json"), fixture->file(firstAnswers()))}));
    ASSERT_TRUE(RaterStore(*db).rename(fixture->raterId, QStringLiteral("Ana Kovač")));
    auto rows = RaterTally::load(*db);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->at(0).rater.name, QStringLiteral("Ana Kovač"));
    EXPECT_EQ(rows->at(0).votes, 2);
    EXPECT_EQ(rows->at(0).kits, 1);
    // The file still names the rater as the kit did; the import credits the renamed rater.
    QList<RatingAnswer> more = firstAnswers();
    more.append({QStringLiteral("q3c"), QStringLiteral("b")});
    auto again = import({write(QStringLiteral("ana-2.json"), fixture->file(more))});
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_EQ(again->at(0).raterName, QStringLiteral("Ana Kovač"));
}

TEST_F(RatingsImport, newerFileMissingImportedAnswers_isRefusedAndKeepsThem)
{
    ASSERT_TRUE(import({write(QStringLiteral("ana-1.json"), fixture->file(firstAnswers()))}));
    const auto before = votes();
    // Saved from another browser: only one of the two answers, and a new one.
    auto done = import({write(QStringLiteral("ana-2.json"), fixture->file({{QStringLiteral("q1a"), QStringLiteral("a")},
                                                                          {QStringLiteral("q3c"), QStringLiteral("b")}}))});
    ASSERT_FALSE(done);
    EXPECT_TRUE(done.error().message.contains(QStringLiteral("ana-2.json: it lacks 1 of the 2 answer(s) imported")))
        << done.error().message.toStdString();
    EXPECT_EQ(votes(), before);
}

#include "core/rating/ratingsfile.h"
#include "support/ratingsfixture.h"

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::RatingsFixture;

namespace {

const QString kUuid = QStringLiteral("6f1c2d3e-0000-4000-8000-00000000abcd");
const QString kSecret = QStringLiteral("0123456789abcdef0123456789abcdef");

QByteArray good(const QList<RatingAnswer>& answers)
{
    return RatingsFixture::fileFor(kUuid, kSecret, QStringLiteral("Ana"), answers);
}

std::string errorOf(const QByteArray& bytes)
{
    auto parsed = RatingsFile::parse(bytes);
    return parsed ? std::string("parsed") : parsed.error().message.toStdString();
}

} // namespace

TEST(RatingsFile_parse, wellFormedFile_keepsEveryAnswerAndTheFileDigest)
{
    const QByteArray bytes = good({{QStringLiteral("q1"), QStringLiteral("a"), QStringLiteral("tab\there")},
                                   {QStringLiteral("q2"), QStringLiteral("both_bad")}});
    auto file = RatingsFile::parse(bytes);
    ASSERT_TRUE(file) << file.error().message.toStdString();
    EXPECT_EQ(file->kitUuid, kUuid);
    EXPECT_EQ(file->rater, QStringLiteral("Ana"));
    ASSERT_EQ(file->answers.size(), 2);
    EXPECT_EQ(file->answers[0].comment, QStringLiteral("tab\there"));
    EXPECT_EQ(file->answers[1].verdict, QStringLiteral("both_bad"));
    EXPECT_EQ(file->integrity, RatingsIntegrity::code(kSecret, kUuid, QStringLiteral("Ana"), file->answers));
    EXPECT_EQ(file->savedAt, QDateTime(QDate(2026, 12, 6), QTime(10, 15), Qt::UTC));
    EXPECT_EQ(file->sha256.size(), 64);
    EXPECT_NE(file->sha256, RatingsFile::parse(bytes + "\n")->sha256);
}

TEST(RatingsFile_parse, verdicts_mapToVoteOutcomes)
{
    EXPECT_EQ(RatingsFile::outcomeFor(QStringLiteral("a")), QStringLiteral("left"));
    EXPECT_EQ(RatingsFile::outcomeFor(QStringLiteral("b")), QStringLiteral("right"));
    EXPECT_EQ(RatingsFile::outcomeFor(QStringLiteral("tie")), QStringLiteral("tie"));
    EXPECT_EQ(RatingsFile::outcomeFor(QStringLiteral("both_bad")), QStringLiteral("both_bad"));
    EXPECT_TRUE(RatingsFile::outcomeFor(QStringLiteral("left")).isEmpty());
}

TEST(RatingsFile_parse, notJson_saysSo)
{
    EXPECT_NE(errorOf("{\"format\": \"contextbench-ratings\", ").find("not JSON"), std::string::npos);
}

TEST(RatingsFile_parse, otherJson_isNotARatingsFile)
{
    EXPECT_NE(errorOf("{\"format\": \"contextpack\"}").find("not a ContextBench ratings file"), std::string::npos);
    EXPECT_NE(errorOf("[1, 2]").find("not a ContextBench ratings file"), std::string::npos);
}

TEST(RatingsFile_parse, unknownVersion_isNamed)
{
    QByteArray bytes = good({});
    bytes.replace("\"version\": 1", "\"version\": 2");
    const std::string error = errorOf(bytes);
    EXPECT_NE(error.find("version 2"), std::string::npos) << error;
    EXPECT_EQ(RatingsFile::parse(bytes).error().code, ErrorCode::Unsupported);
}

TEST(RatingsFile_parse, missingFields_areNamed)
{
    for (const char* field : {"kit", "rater", "answers", "integrity", "version"}) {
        QByteArray bytes = good({{QStringLiteral("q1"), QStringLiteral("a")}});
        const QByteArray key = QByteArray("\"") + field + "\":";
        ASSERT_TRUE(bytes.contains(key)) << field;
        bytes.replace(key, "\"unused\":");
        const std::string error = errorOf(bytes);
        EXPECT_NE(error.find(std::string("no \"") + field + "\""), std::string::npos) << field << ": " << error;
    }
}

TEST(RatingsFile_parse, answerWithoutVerdict_namesTheAnswer)
{
    QByteArray bytes = good({{QStringLiteral("q1"), QStringLiteral("a")}, {QStringLiteral("q2"), QStringLiteral("b")}});
    bytes.replace("\"verdict\": \"b\"", "\"verdikt\": \"b\"");
    EXPECT_EQ(errorOf(bytes), "answer 2 has no \"verdict\" field");
}

TEST(RatingsFile_parse, duplicateItem_isRefused)
{
    const std::string error = errorOf(good({{QStringLiteral("q1"), QStringLiteral("a")},
                                            {QStringLiteral("q2"), QStringLiteral("b")},
                                            {QStringLiteral("q1"), QStringLiteral("tie")}}));
    EXPECT_EQ(error, "answers 1 and 3 are both for item 'q1'");
}

TEST(RatingsFile_parse, unknownVerdict_isRefused)
{
    const std::string error = errorOf(good({{QStringLiteral("q1"), QStringLiteral("maybe")}}));
    EXPECT_NE(error.find("unknown verdict 'maybe'"), std::string::npos) << error;
}

TEST(RatingsFile_parse, integrityNotHex_isRefused)
{
    const std::string error = errorOf(good({}).replace("\"integrity\": \"", "\"integrity\": \"zz"));
    EXPECT_NE(error.find("not 64 hexadecimal"), std::string::npos) << error;
}

TEST(RatingsFile_read, missingFile_namesIt)
{
    auto file = RatingsFile::read(QStringLiteral("/nonexistent/ana-ratings.json"));
    ASSERT_FALSE(file);
    EXPECT_TRUE(file.error().message.startsWith(QStringLiteral("ana-ratings.json: cannot be read")));
}

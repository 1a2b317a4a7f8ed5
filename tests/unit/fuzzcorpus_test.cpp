#include "fuzz/core/corpusreplay.h"

#include <gtest/gtest.h>
#include "cb_test_paths.h"

using namespace Cb::Fuzz;

// Every saved fuzz input (seed corpus and past crashes) of the cb_core fuzz targets goes through
// the same entry function the libFuzzer binary calls: no crash, no property failure.
// The formats targets are replayed by tests/integration/hostilefuzzcorpus_test.cpp.
namespace {

class FuzzCorpusCore : public ::testing::TestWithParam<NamedEntry>
{
};

std::string entryName(const ::testing::TestParamInfo<NamedEntry>& info)
{
    return info.param.name;
}

} // namespace

TEST_P(FuzzCorpusCore, savedInputs_replayWithoutCrashOrPropertyFailure)
{
    const QString target = QString::fromLatin1(GetParam().name);
    const QStringList files = CorpusReplay::files(QStringLiteral(CB_SOURCE_DIR), target);
    ASSERT_GE(files.size(), 3) << "fuzz/corpus/" << target.toStdString() << " is missing or tiny";
    const QStringList failures = CorpusReplay::run(GetParam().entry, files);
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Replay, FuzzCorpusCore, ::testing::ValuesIn(coreEntries().toVector()),
                         entryName);

TEST(FuzzCorpus_propertyCheck, failureIsReportedWithTheFileName)
{
    // The replay must be able to fail: an entry that always violates its property.
    const Entry alwaysFails = [](const uint8_t*, size_t) {
        check(false, QStringLiteral("deliberate"));
        return 0;
    };
    const QStringList files =
        CorpusReplay::files(QStringLiteral(CB_SOURCE_DIR), QStringLiteral("sse"));
    ASSERT_FALSE(files.isEmpty());
    const QStringList failures = CorpusReplay::run(alwaysFails, files.mid(0, 1));
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures.first().startsWith(files.first()));
    EXPECT_TRUE(failures.first().endsWith(QStringLiteral("deliberate")));
}

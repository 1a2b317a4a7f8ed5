#include "fuzz/core/corpusreplay.h"
#include "fuzz/formats/formatsfuzzentries.h"

#include <gtest/gtest.h>
#include "cb_test_paths.h"

using namespace Cb::Fuzz;

// Saved fuzz inputs (seed corpus and past crashes) of the importer fuzz targets — hostile DOCX,
// HTML and subtitle files — replayed through the libFuzzer entry functions.
namespace {

class FuzzCorpusFormats : public ::testing::TestWithParam<NamedEntry>
{
};

std::string entryName(const ::testing::TestParamInfo<NamedEntry>& info)
{
    return info.param.name;
}

} // namespace

TEST_P(FuzzCorpusFormats, savedInputs_replayWithoutCrashOrPropertyFailure)
{
    const QString target = QString::fromLatin1(GetParam().name);
    const QStringList files = CorpusReplay::files(QStringLiteral(CB_SOURCE_DIR), target);
    ASSERT_GE(files.size(), 3) << "fuzz/corpus/" << target.toStdString() << " is missing or tiny";
    const QStringList failures = CorpusReplay::run(GetParam().entry, files);
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Replay, FuzzCorpusFormats,
                         ::testing::ValuesIn(formatsEntries().toVector()), entryName);

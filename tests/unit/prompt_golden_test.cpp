// Golden files: every shipped preset in every wrap style on the fixed pack of GoldenPack.
// Regenerate with CB_UPDATE_GOLDENS=1 (see tests/data/golden/README.md).
#include "core/prompt/promptassembler.h"
#include "core/prompt/templatelibrary.h"
#include "support/goldenpack.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <gtest/gtest.h>
#include "cb_test_paths.h"

using namespace Cb::Core;
using Cb::Test::GoldenPack;
using Cb::Test::TempWorkspace;

namespace {

QString goldenDir()
{
    return QStringLiteral(CB_TEST_DATA_DIR "/golden");
}

bool updating()
{
    return qEnvironmentVariableIntValue("CB_UPDATE_GOLDENS") == 1;
}

// The first line where two texts differ, so a failure says where to look.
std::string firstDifference(const QString& expected, const QString& actual)
{
    const QStringList e = expected.split(QLatin1Char('\n'));
    const QStringList a = actual.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < qMax(e.size(), a.size()); ++i)
        if (e.value(i) != a.value(i))
            return QStringLiteral("line %1\n  golden: %2\n  actual: %3")
                .arg(i + 1)
                .arg(e.value(i), a.value(i))
                .toStdString();
    return "no difference";
}

} // namespace

TEST(PromptGolden_everyPresetAndWrapStyle, matchesTheGoldenFiles)
{
    TempWorkspace noUserTemplates;
    const TemplateLibrary library(TemplateLibrary::defaultPresetDir(), noUserTemplates.path());
    ASSERT_TRUE(library.loadErrors().isEmpty())
        << library.loadErrors().join(QLatin1Char('\n')).toStdString();
    for (const char* required :
         {"report-generator", "executive-summary", "red-team-review", "meeting-digest"})
        ASSERT_TRUE(library.hasPreset(QString::fromLatin1(required))) << required;

    const Pack pack = GoldenPack::pack();
    QSet<QString> expectedFiles;
    for (PromptTemplate tmpl : library.templates()) {
        for (WrapStyle style : {WrapStyle::Xml, WrapStyle::Markdown, WrapStyle::Plain}) {
            tmpl.wrap = style;
            const QString fileName =
                tmpl.name + QLatin1Char('.') + wrapStyleName(style) + QStringLiteral(".txt");
            expectedFiles.insert(fileName);
            SCOPED_TRACE(fileName.toStdString());
            const AssembledPrompt prompt =
                PromptAssembler::assemble(pack, tmpl, GoldenPack::variables(), GoldenPack::date());
            EXPECT_TRUE(prompt.missingVariables.isEmpty());
            const QByteArray actual = prompt.transcript().toUtf8();
            QFile file(goldenDir() + QLatin1Char('/') + fileName);
            if (updating()) {
                ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    << file.errorString().toStdString();
                file.write(actual);
                continue;
            }
            ASSERT_TRUE(file.open(QIODevice::ReadOnly))
                << "missing golden file; run with CB_UPDATE_GOLDENS=1";
            const QByteArray golden = file.readAll();
            EXPECT_EQ(golden, actual)
                << firstDifference(QString::fromUtf8(golden), QString::fromUtf8(actual));
        }
    }
    // A golden file nobody produces any more would silently stop being checked.
    const QStringList onDisk = QDir(goldenDir()).entryList({QStringLiteral("*.txt")}, QDir::Files);
    for (const QString& file : onDisk)
        EXPECT_TRUE(expectedFiles.contains(file)) << "stale golden file " << file.toStdString();
}

// `contextbench assemble`, run as a process on packs written by the test.
#include "core/pack/packfile.h"
#include "core/prompt/assembledprompt.h"
#include "support/clirun.h"
#include "support/goldenpack.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>
#include "cb_test_paths.h"

using namespace Cb::Core;
using Cb::Test::CliRun;
using Cb::Test::GoldenPack;
using Cb::Test::TempWorkspace;

namespace {

class AssembleCommand : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(PackFile::save(GoldenPack::pack(), m_pack)); }

    // User templates come from XDG_DATA_HOME: point it at the workspace so the developer's own
    // templates never change what the test sees.
    CliRun run(const QStringList& args) const
    {
        return CliRun::run(QStringList{QStringLiteral("assemble")} + args,
                           m_ws.filePath(QStringLiteral("data")));
    }

    static QByteArray golden(const QString& name)
    {
        return TempWorkspace::read(QStringLiteral(CB_TEST_DATA_DIR "/golden/") + name);
    }

    TempWorkspace m_ws;
    QString m_pack = m_ws.filePath(QStringLiteral("golden.ctxpack"));
    const QString m_date = QStringLiteral("--date=2026-03-14");
    const QString m_audience = QStringLiteral("--var=audience=the leadership team");
};

} // namespace

TEST_F(AssembleCommand, goldenPack_printsTheGoldenTranscript)
{
    const CliRun r = run({m_pack, m_date, m_audience});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, golden(QStringLiteral("report-generator.xml.txt")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("</document>")))
        << "the memo's closing tag is reported";

    const CliRun md = run({m_pack, m_date, m_audience, QStringLiteral("--template"),
                           QStringLiteral("executive-summary"), QStringLiteral("--wrap"),
                           QStringLiteral("plain")});
    EXPECT_EQ(md.exitCode, 0) << md.err.toStdString();
    EXPECT_EQ(md.out, golden(QStringLiteral("executive-summary.plain.txt")));
}

TEST_F(AssembleCommand, missingVariable_warnsExitsPartialAndKeepsTheSlot)
{
    const CliRun r =
        run({m_pack, m_date, QStringLiteral("-t"), QStringLiteral("executive-summary")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.out.contains("You write executive summaries for {{audience}}."));
    EXPECT_TRUE(r.err.contains(QStringLiteral("audience"))) << r.err.toStdString();
}

TEST_F(AssembleCommand, jsonWithGoalOverride_hasEveryFieldAndTheRunHash)
{
    const CliRun r = run({m_pack, m_date, QStringLiteral("--json"), QStringLiteral("--goal"),
                          QStringLiteral("Ship ✓ today."), QStringLiteral("--template"),
                          QStringLiteral("executive-summary"), QStringLiteral("--wrap=xml")});
    EXPECT_EQ(r.exitCode, 3);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    EXPECT_EQ(o[QStringLiteral("template")].toString(), QStringLiteral("executive-summary"));
    AssembledPrompt p;
    p.instructions = o[QStringLiteral("instructions")].toString();
    p.input = o[QStringLiteral("input")].toString();
    EXPECT_TRUE(
        p.input.endsWith(QStringLiteral("Question the summary must answer:\nShip ✓ today.")));
    EXPECT_FALSE(p.input.contains(GoldenPack::pack().goal));
    EXPECT_EQ(o[QStringLiteral("sha256")].toString(), QString::fromLatin1(p.sha256()));
    EXPECT_EQ(o[QStringLiteral("missing_variables")].toArray(),
              QJsonArray{QStringLiteral("audience")});
    EXPECT_EQ(o[QStringLiteral("warnings")].toArray().size(), 1) << "the memo's </document>";
}

TEST_F(AssembleCommand, outAndPart_writeExactlyThatPartToTheFile)
{
    const QString out = m_ws.filePath(QStringLiteral("input.txt"));
    const CliRun r = run({m_pack, m_date, QStringLiteral("--part"), QStringLiteral("input"),
                          QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    const QByteArray transcript = golden(QStringLiteral("report-generator.xml.txt"));
    const QByteArray marker = "<<<contextbench:input>>>\n";
    const QByteArray expectedInput =
        transcript.mid(transcript.indexOf(marker) + marker.size()).chopped(1);
    EXPECT_EQ(TempWorkspace::read(out), expectedInput);
}

TEST_F(AssembleCommand, templateFile_isReadFromThePathWithVariables)
{
    const QString file =
        m_ws.write(QStringLiteral("mine.cbtemplate"),
                   "name: mine\nwrap: markdown\n@@ instructions\nFor {{who}}.\n@@ input\n"
                   "{{section:notes}}\n{{section:Budget}}");
    const CliRun r =
        run({m_pack, QStringLiteral("--template"), file, QStringLiteral("--var"),
             QStringLiteral("who=Ana=B"), QStringLiteral("--part"), QStringLiteral("both")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(r.out),
              QStringLiteral(
                  "<<<contextbench:instructions>>>\nFor Ana=B.\n<<<contextbench:input>>>\n"
                  "### Testers: 한국어 ✓\n\nSeoul pilot: 12 technicians, Ünïcödé names.\n\n\n"));
    EXPECT_TRUE(r.err.contains(QStringLiteral("{{section:Budget}}"))) << r.err.toStdString();
}

TEST_F(AssembleCommand, badInput_givesUsageOrFailureCodes)
{
    const CliRun unknown = run({m_pack, QStringLiteral("--template"), QStringLiteral("nope")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("report-generator")))
        << "lists what is available";
    EXPECT_EQ(run({m_pack, QStringLiteral("--var"), QStringLiteral("no-equals-sign")}).exitCode, 2);
    EXPECT_EQ(run({m_pack, QStringLiteral("--date"), QStringLiteral("14/03/2026")}).exitCode, 2);
    EXPECT_EQ(run({m_pack, QStringLiteral("--bogus")}).exitCode, 2);
    EXPECT_EQ(run({}).exitCode, 2);
    const CliRun missing = run({m_ws.filePath(QStringLiteral("absent.ctxpack"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(missing.err.isEmpty());
}

TEST_F(AssembleCommand, userTemplate_overridesThePresetOfTheSameName)
{
    // AppDataLocation of the app: $XDG_DATA_HOME/<organisation>/<application>.
    m_ws.write(
        QStringLiteral("data/ContextBench/contextbench/templates/report-generator.cbtemplate"),
        "name: report-generator\n@@ input\nmine: {{goal}}");
    const CliRun r = run({m_pack, QStringLiteral("--part=input")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(r.out), QStringLiteral("mine: ") + GoldenPack::pack().goal);
}

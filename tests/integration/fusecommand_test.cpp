// `contextbench fuse` as a process: a run recorded by `contextbench run` against fake providers
// (two plans with headings), refused before the blind vote, then fused in pick mode (no
// model) and in fuse mode by a fake OpenAI-compatible model, printing plan and lineage.
#include "core/history/database.h"
#include "core/history/fusionstore.h"
#include "core/history/historystore.h"
#include "core/pack/packfile.h"
#include "support/cliprocess.h"
#include "support/fakehttpserver.h"
#include "support/goldenpack.h"
#include "support/planstream.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

const QString kPlanA = QStringLiteral("## Goals\nShip v2 in March.\n\n## Risks\nChurn.\n");
const QString kPlanB = QStringLiteral("## 1. Goals\nShip v2 fast.\n\n## Budget\n$10k.\n");

class FuseCommand : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(PackFile::save(GoldenPack::pack(), pack));
        const QByteArray a = planStream(QStringLiteral("responses"), kPlanA);
        const QByteArray b = planStream(QStringLiteral("anthropic"), kPlanB);
        openai.setHandler([a](const RecordedRequest&) -> std::optional<FakeResponse> { return FakeResponse::sse(a); });
        anthropic.setHandler([b](const RecordedRequest&) -> std::optional<FakeResponse> { return FakeResponse::sse(b); });
        CliProcess p(data, keys);
        p.start({QStringLiteral("run"), pack, QStringLiteral("--model"), QStringLiteral("openai:o3"),
                 QStringLiteral("--model"), QStringLiteral("anthropic:claude-sonnet-4-5"), QStringLiteral("--json"),
                 QStringLiteral("--base-url"), QStringLiteral("openai=") + openai.baseUrl(QStringLiteral("/v1")),
                 QStringLiteral("--base-url"), QStringLiteral("anthropic=") + anthropic.baseUrl()});
        ASSERT_TRUE(p.waitForExit()) << p.err().toStdString();
        ASSERT_EQ(p.exitCode(), 0) << p.err().toStdString();
        runId = QJsonDocument::fromJson(p.out()).object().value(QStringLiteral("run_id")).toInteger();
        ASSERT_GT(runId, 0);
        historyPath = p.historyPath();
    }

    void voteBlind()
    {
        auto db = Database::open(historyPath);
        ASSERT_TRUE(db);
        HistoryStore store(**db);
        const RunRecord run = store.loadRun(runId).value();
        VoteRecord v{0, runId, run.calls[1].id, run.calls[0].id, QStringLiteral("left"), true, {}};
        ASSERT_TRUE(store.addVote(v));
    }

    // Runs `fuse RUN_ID args…`; returns the process's stdout.
    QByteArray fuse(const QStringList& args, int expectedExit, QString* err = nullptr)
    {
        CliProcess p(data, keys);
        p.start(QStringList{QStringLiteral("fuse"), QString::number(runId)} + args);
        EXPECT_TRUE(p.waitForExit()) << p.err().toStdString();
        EXPECT_EQ(p.exitCode(), expectedExit) << p.err().toStdString();
        if (err)
            *err = p.err();
        return p.out();
    }

    TempWorkspace ws;
    QString data = ws.filePath(QStringLiteral("data"));
    QString pack = ws.filePath(QStringLiteral("plan.ctxpack"));
    QHash<QString, QString> keys{{QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-test")},
                                 {QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-test")}};
    FakeHttpServer openai;
    FakeHttpServer anthropic;
    FakeHttpServer merger;
    qint64 runId = 0;
    QString historyPath;
};

} // namespace

TEST_F(FuseCommand, beforeTheBlindVote_refusesAndRecordsNothing)
{
    QString err;
    fuse({QStringLiteral("--mode"), QStringLiteral("pick"), QStringLiteral("--pick"), QStringLiteral("1=1")}, 1, &err);
    EXPECT_TRUE(err.contains(QStringLiteral("Vote on every blind pair (0 of 1 done)"))) << err.toStdString();
    auto db = Database::open(historyPath);
    ASSERT_TRUE(db);
    EXPECT_TRUE(FusionStore(**db).ofRun(runId).value().isEmpty());
}

TEST_F(FuseCommand, pickMode_assemblesThePickedSectionsWithExactLineage)
{
    voteBlind();
    QString err;
    // Sections by heading (either answer's name for it) or by number; calls by their place.
    const QJsonObject out = QJsonDocument::fromJson(fuse({QStringLiteral("--mode"), QStringLiteral("pick"),
                                                          QStringLiteral("--pick"), QStringLiteral("1. Goals=2"),
                                                          QStringLiteral("--pick"), QStringLiteral("Risks=1"),
                                                          QStringLiteral("--pick"), QStringLiteral("2=2"),
                                                          QStringLiteral("--json")},
                                                         0, &err))
                                .object();
    EXPECT_EQ(out.value(QStringLiteral("plan")).toString(),
              QStringLiteral("## 1. Goals\n\nShip v2 fast.\n\n## Budget\n\n$10k.\n\n## Risks\n\nChurn.\n"))
        << err.toStdString();
    EXPECT_EQ(out.value(QStringLiteral("mode")).toString(), QStringLiteral("pick"));
    EXPECT_TRUE(out.value(QStringLiteral("merged_by")).isNull());
    const QJsonArray sections = out.value(QStringLiteral("sections")).toArray();
    ASSERT_EQ(sections.size(), 3);
    EXPECT_EQ(sections[0][QStringLiteral("sources")][0][QStringLiteral("call_index")].toInt(), 2);
    EXPECT_EQ(sections[2][QStringLiteral("sources")][0][QStringLiteral("call_index")].toInt(), 1);
    EXPECT_EQ(sections[2][QStringLiteral("note")].toString(), QStringLiteral("from o3 #1, as written"));

    // Plain text: the plan, then a Sources line per section.
    const QString text = QString::fromUtf8(fuse({QStringLiteral("--mode"), QStringLiteral("pick"),
                                                 QStringLiteral("--pick"), QStringLiteral("Goals=1")},
                                                0));
    EXPECT_TRUE(text.startsWith(QStringLiteral("## Goals\n\nShip v2 in March.\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Sources:\n  Goals: from o3 #1, as written"))) << text.toStdString();

    // Both are in the history with the run.
    auto db = Database::open(historyPath);
    ASSERT_TRUE(db);
    EXPECT_EQ(FusionStore(**db).ofRun(runId).value().size(), 2);
}

TEST_F(FuseCommand, pickOfAMissingSection_isAUsageErrorNamingTheSections)
{
    voteBlind();
    QString err;
    fuse({QStringLiteral("--mode"), QStringLiteral("pick"), QStringLiteral("--pick"), QStringLiteral("Budget=1")}, 2, &err);
    EXPECT_TRUE(err.contains(QStringLiteral("call 1 (o3 #1) has no section \"Budget\""))) << err.toStdString();
}

TEST_F(FuseCommand, fuseMode_sendsTheAnswersToTheModelAndPrintsItsLineage)
{
    voteBlind();
    const QByteArray reply = planStream(QStringLiteral("chat"),
                                        QStringLiteral("## Goals\n<!-- sources: 1, 2 -->\nShip v2 in March, fast.\n"));
    merger.setHandler([reply](const RecordedRequest&) -> std::optional<FakeResponse> { return FakeResponse::sse(reply); });
    QString err;
    const QJsonObject out = QJsonDocument::fromJson(fuse({QStringLiteral("--model"), QStringLiteral("local:merger"),
                                                          QStringLiteral("--base-url"),
                                                          QStringLiteral("local=") + merger.baseUrl(QStringLiteral("/v1")),
                                                          QStringLiteral("--json")},
                                                         0, &err))
                                .object();
    ASSERT_EQ(merger.requestCount(), 1) << err.toStdString();
    const QString body = QString::fromUtf8(merger.lastRequest().body);
    EXPECT_TRUE(body.contains(QStringLiteral("Ship v2 fast."))) << body.toStdString();
    EXPECT_TRUE(body.contains(QStringLiteral("<!-- sources: 1, 3 -->")));
    EXPECT_EQ(out.value(QStringLiteral("plan")).toString(), QStringLiteral("## Goals\n\nShip v2 in March, fast.\n"));
    EXPECT_EQ(out.value(QStringLiteral("merged_by")).toString(), QStringLiteral("openai-compatible:merger"));
    EXPECT_EQ(out[QStringLiteral("sections")][0][QStringLiteral("note")].toString(),
              QStringLiteral("from o3 #1 and claude-sonnet-4-5 #1, merged by merger"));
    EXPECT_TRUE(out[QStringLiteral("prompt")][QStringLiteral("input")].toString().contains(QStringLiteral("<answer number=\"2\">")));
}

TEST_F(FuseCommand, exportAfterAPick_reportCarriesTheFusedPlanAndItsSources)
{
    voteBlind();
    fuse({QStringLiteral("--mode"), QStringLiteral("pick"), QStringLiteral("--pick"), QStringLiteral("Goals=1")}, 0);
    const QString out = ws.filePath(QStringLiteral("report.md"));
    CliProcess p(data, keys);
    p.start({QStringLiteral("export"), QString::number(runId), QStringLiteral("--out"), out});
    ASSERT_TRUE(p.waitForExit()) << p.err().toStdString();
    ASSERT_EQ(p.exitCode(), 0) << p.err().toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(md.contains(QStringLiteral("## Fused plan"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("> *Sources: from o3 #1, as written*"))) << md.toStdString();
}

// The command line in Korean: `contextbench` under LANG=ko_KR.UTF-8 (or with Korean chosen in
// Settings) speaks Korean — help, errors, progress and tables — while everything a script reads
// (--json, tab-separated lists, exit codes) stays byte for byte what it is in English.
#include "core/experiment/experimentstore.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/pack/packfile.h"
#include "exportfixture.h"
#include "support/cliprocess.h"
#include "support/clilanguage.h"
#include "support/clirun.h"
#include "support/goldenpack.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Cb::Core;
using Cb::Test::CliRun;
using Cb::Test::TempWorkspace;

namespace {

const QString kKorean = QStringLiteral("ko_KR.UTF-8");
const QString kEnglish = QStringLiteral("C.UTF-8");

// Hangul syllables: the output is Korean, not English with a Korean file name in it.
bool hasHangul(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

class CliKorean : public ::testing::Test
{
protected:
    // A history with one judged o3 vs o3-pro run, and an experiment whose one case is that run.
    void SetUp() override
    {
        const QString dir = m_ws.filePath(QStringLiteral("data/ContextBench/contextbench"));
        ASSERT_TRUE(QDir().mkpath(dir));
        auto db = Database::open(dir + QStringLiteral("/history.sqlite"));
        ASSERT_TRUE(db) << db.error().message.toStdString();
        HistoryStore store(**db);
        RunRecord run = Cb::Test::comparisonRun();
        auto id = Cb::Test::insertRunWithVotes(store, run);
        ASSERT_TRUE(id) << id.error().message.toStdString();
        m_runId = *id;
        ExperimentRecord e;
        e.name = QStringLiteral("plans");
        e.cases = {{0, 0, QStringLiteral("/p/a.ctxpack"), QStringLiteral("h1"), QString(), {}, 0}};
        ExperimentStore experiments(**db);
        auto experiment = experiments.insertExperiment(e);
        ASSERT_TRUE(experiment);
        m_experimentId = *experiment;
        ASSERT_TRUE(experiments.setCaseRun(e.cases[0].id, m_runId));
        ASSERT_TRUE(PackFile::save(Cb::Test::GoldenPack::pack(), m_pack));
    }

    CliRun run(const QStringList& args, const QString& lang) const
    {
        return CliRun::run(args, m_ws.filePath(QStringLiteral("data")), lang);
    }

    // The interface language saved in Settings › General, as the window writes it.
    void saveLanguage(const QString& language) const
    {
        m_ws.write(QStringLiteral("data/config/ContextBench/contextbench.ini"),
                   "[app]\nlanguage=" + language.toUtf8() + "\n");
    }

    TempWorkspace m_ws;
    QString m_pack = m_ws.filePath(QStringLiteral("golden.ctxpack"));
    qint64 m_runId = 0;
    qint64 m_experimentId = 0;
};

} // namespace

TEST_F(CliKorean, help_koreanUnderAKoreanLocale_englishUnderC)
{
    const CliRun ko = run({QStringLiteral("--help")}, kKorean);
    ASSERT_EQ(ko.exitCode, 0) << ko.err.toStdString();
    const QString koOut = QString::fromUtf8(ko.out);
    EXPECT_TRUE(koOut.contains(QStringLiteral("명령:"))) << ko.out.toStdString();
    EXPECT_TRUE(koOut.contains(QStringLiteral("정확한 토큰 수"))) << ko.out.toStdString();
    EXPECT_FALSE(koOut.contains(QStringLiteral("Commands:")));
    // Command names and their options are what the user types: never translated.
    EXPECT_TRUE(koOut.contains(QStringLiteral("  count [--encoding o200k_base|cl100k_base] [--json] PATH...  ")));

    const CliRun en = run({QStringLiteral("--help")}, kEnglish);
    ASSERT_EQ(en.exitCode, 0);
    const QString enOut = QString::fromUtf8(en.out);
    EXPECT_TRUE(enOut.contains(QStringLiteral("Commands:\n")));
    EXPECT_TRUE(enOut.contains(QStringLiteral("  count [--encoding o200k_base|cl100k_base] [--json] PATH...  "
                                              "exact token counts (a .ctxpack counts its prompt)\n")));
    EXPECT_FALSE(hasHangul(enOut)) << en.out.toStdString();

    // A subcommand's own help: its description and options in Korean too.
    const CliRun stats = run({QStringLiteral("stats"), QStringLiteral("--help")}, kKorean);
    ASSERT_EQ(stats.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(stats.out).contains(QStringLiteral("JSON으로 출력합니다."))) << stats.out.toStdString();
    EXPECT_TRUE(stats.out.contains("--experiment <ID>"));
}

// A subcommand's help names the program as the user typed it (argv[0]'s file name) and the
// subcommand, not the binary's path: "Usage: contextbench run [options] pack".
TEST_F(CliKorean, subcommandHelp_usageLineIsTheProgramNameAndCommand_inBothLanguages)
{
    const QString binaryDir = QFileInfo(QStringLiteral(CB_APP_BINARY)).absolutePath();
    const QList<QPair<QStringList, QString>> commands{
        {{QStringLiteral("run"), QStringLiteral("--help")}, QStringLiteral("contextbench run %1 pack")},
        {{QStringLiteral("pack"), QStringLiteral("add"), QStringLiteral("--help")},
         QStringLiteral("contextbench pack add %1 file PATH...")},
        {{QStringLiteral("pack"), QStringLiteral("new"), QStringLiteral("-h")}, QStringLiteral("contextbench pack new %1 file")},
        {{QStringLiteral("experiment"), QStringLiteral("status"), QStringLiteral("--help")},
         QStringLiteral("contextbench experiment status %1 id")},
        {{QStringLiteral("experiment"), QStringLiteral("resume"), QStringLiteral("--help")},
         QStringLiteral("contextbench experiment resume %1 id")},
        {{QStringLiteral("rate"), QStringLiteral("kit"), QStringLiteral("--help")},
         QStringLiteral("contextbench rate kit %1 RUN_ID")},
    };
    for (const auto& [args, usage] : commands) {
        const CliRun en = run(args, kEnglish);
        ASSERT_EQ(en.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << en.err.toStdString();
        const QString enOut = QString::fromUtf8(en.out);
        EXPECT_EQ(enOut.section(QLatin1Char('\n'), 0, 0), QStringLiteral("Usage: ") + usage.arg(QStringLiteral("[options]")))
            << enOut.toStdString();
        EXPECT_FALSE(enOut.contains(binaryDir)) << enOut.toStdString();

        const CliRun ko = run(args, kKorean);
        ASSERT_EQ(ko.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << ko.err.toStdString();
        const QString koOut = QString::fromUtf8(ko.out);
        const QString koUsage = koOut.section(QLatin1Char('\n'), 0, 0);
        EXPECT_TRUE(koUsage.contains(usage.arg(QStringLiteral("[옵션]")))) << koOut.toStdString();
        EXPECT_TRUE(hasHangul(koUsage.section(QStringLiteral("contextbench"), 0, 0))) << koUsage.toStdString();
        EXPECT_FALSE(koOut.contains(binaryDir)) << koOut.toStdString();
    }

    // Started by another name (a link, as a package might install one), the help says that name.
    const QString link = m_ws.filePath(QStringLiteral("cbench"));
    ASSERT_TRUE(QFile::link(QStringLiteral(CB_APP_BINARY), link));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_ws.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_ws.filePath(QStringLiteral("data/config")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    Cb::Test::setCliLanguage(env, kEnglish);
    process.setProcessEnvironment(env);
    const QList<QPair<QStringList, QString>> linked{
        {{QStringLiteral("count"), QStringLiteral("--help")}, QStringLiteral("Usage: cbench count [options] PATH...")},
        {{QStringLiteral("rate"), QStringLiteral("raters"), QStringLiteral("--help")},
         QStringLiteral("Usage: cbench rate raters [--json]")},
    };
    for (const auto& [args, usage] : linked) {
        process.start(link, args);
        ASSERT_TRUE(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        EXPECT_EQ(out.section(QLatin1Char('\n'), 0, 0), usage) << out.toStdString();
        EXPECT_FALSE(out.contains(m_ws.path())) << out.toStdString();
    }
}

TEST_F(CliKorean, savedInterfaceLanguageWinsOverTheLocale)
{
    saveLanguage(QStringLiteral("en"));
    const CliRun english = run({QStringLiteral("--help")}, kKorean);
    EXPECT_TRUE(english.out.contains("Commands:")) << english.out.toStdString();
    saveLanguage(QStringLiteral("ko"));
    const CliRun korean = run({QStringLiteral("--help")}, kEnglish);
    EXPECT_TRUE(QString::fromUtf8(korean.out).contains(QStringLiteral("명령:"))) << korean.out.toStdString();
    saveLanguage(QStringLiteral("system")); // the default: the locale decides
    EXPECT_TRUE(run({QStringLiteral("--help")}, kEnglish).out.contains("Commands:"));
}

TEST_F(CliKorean, failingRunsAndUsageErrors_koreanOnStderr_sameExitCodes)
{
    const QString missing = m_ws.filePath(QStringLiteral("missing.ctxpack"));
    const QStringList noPack{QStringLiteral("run"), missing, QStringLiteral("--model"), QStringLiteral("openai:o3"),
                             QStringLiteral("--no-history")};
    const CliRun ko = run(noPack, kKorean);
    EXPECT_EQ(ko.exitCode, 1);
    EXPECT_TRUE(ko.err.contains(QStringLiteral("팩 파일이 없습니다: ") + missing)) << ko.err.toStdString();
    const CliRun en = run(noPack, kEnglish);
    EXPECT_EQ(en.exitCode, 1);
    EXPECT_EQ(en.err, QStringLiteral("contextbench run: The pack %1 does not exist.\n").arg(missing));

    // Usage errors: the reason and the pointer to --help in Korean, exit code 2 in both.
    const CliRun repeat = run({QStringLiteral("run"), m_pack, QStringLiteral("--model"), QStringLiteral("openai:o3"),
                               QStringLiteral("--repeat"), QStringLiteral("0")},
                              kKorean);
    EXPECT_EQ(repeat.exitCode, 2);
    EXPECT_TRUE(repeat.err.contains(QStringLiteral("--repeat에는 1부터 100까지의 숫자를 지정하세요"))) << repeat.err.toStdString();
    EXPECT_TRUE(repeat.err.contains(QStringLiteral("'contextbench run --help'를 참고하세요."))) << repeat.err.toStdString();

    // An unknown model is refused before an experiment sends anything.
    const CliRun model = run({QStringLiteral("experiment"), QStringLiteral("run"), m_pack, QStringLiteral("--model"),
                              QStringLiteral("openai:no-such-model")},
                             kKorean);
    EXPECT_EQ(model.exitCode, 2);
    EXPECT_TRUE(model.err.contains(QStringLiteral("알 수 없는 모델 'openai:no-such-model'"))) << model.err.toStdString();

    const CliRun command = run({QStringLiteral("cuont")}, kKorean);
    EXPECT_EQ(command.exitCode, 2);
    EXPECT_TRUE(command.err.contains(QStringLiteral("가장 비슷한 명령은 'count'입니다"))) << command.err.toStdString();
}

TEST_F(CliKorean, runWithoutAKey_progressAndSummaryInKorean_jsonUnchanged)
{
    const QStringList args{QStringLiteral("run"), m_pack, QStringLiteral("--model"), QStringLiteral("openai:o3"),
                           QStringLiteral("--no-history")};
    Cb::Test::CliProcess ko(m_ws.filePath(QStringLiteral("data")), {{QStringLiteral("LANG"), kKorean}});
    ko.start(args);
    ASSERT_TRUE(ko.waitForExit());
    EXPECT_EQ(ko.exitCode(), 1) << ko.err().toStdString();
    EXPECT_TRUE(ko.err().contains(QStringLiteral("[openai:o3 #0] 실패"))) << ko.err().toStdString();
    EXPECT_TRUE(QString::fromUtf8(ko.out()).contains(QStringLiteral("== [openai:o3 #0] 실패"))) << ko.out().toStdString();

    // The JSON summary is the same in both languages (the message inside is the provider's
    // error as the history records it).
    Cb::Test::CliProcess koJson(m_ws.filePath(QStringLiteral("data")), {{QStringLiteral("LANG"), kKorean}});
    koJson.start(args + QStringList{QStringLiteral("--json")});
    Cb::Test::CliProcess enJson(m_ws.filePath(QStringLiteral("data")), {});
    enJson.start(args + QStringList{QStringLiteral("--json")});
    ASSERT_TRUE(koJson.waitForExit() && enJson.waitForExit());
    const auto firstCall = [](const QByteArray& out) {
        return QJsonDocument::fromJson(out).object().value(QStringLiteral("calls"))[0].toObject();
    };
    const QJsonObject koCall = firstCall(koJson.out());
    const QJsonObject enCall = firstCall(enJson.out());
    EXPECT_EQ(koCall.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    EXPECT_EQ(koCall.keys(), enCall.keys());
    EXPECT_EQ(koCall.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
              enCall.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")));
}

TEST_F(CliKorean, countStatsModelsAndExperimentStatus_readableInKorean_machineOutputIdentical)
{
    const CliRun count = run({QStringLiteral("count"), m_pack}, kKorean);
    ASSERT_EQ(count.exitCode, 0) << count.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(count.out).contains(QStringLiteral("  합계 (o200k_base)\n"))) << count.out.toStdString();
    EXPECT_TRUE(run({QStringLiteral("count"), m_pack}, kEnglish).out.contains("  total (o200k_base)\n"));

    const CliRun stats = run({QStringLiteral("stats"), QString::number(m_runId)}, kKorean);
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    const QString statsOut = QString::fromUtf8(stats.out);
    EXPECT_TRUE(statsOut.startsWith(QStringLiteral("실행 %1의 패널 통계(사람 투표만)\n").arg(m_runId))) << stats.out.toStdString();
    EXPECT_TRUE(statsOut.contains(QStringLiteral("평가자:\n"))) << stats.out.toStdString();
    // The person at the keyboard and the verdict in Korean too, not "You" and "preferred in".
    EXPECT_TRUE(statsOut.contains(QStringLiteral("평가자:\n  나: 투표 3회;"))) << stats.out.toStdString();
    EXPECT_TRUE(statsOut.contains(QStringLiteral("판정 3건 중 "))) << stats.out.toStdString();
    EXPECT_FALSE(statsOut.contains(QStringLiteral("You"))) << stats.out.toStdString();
    EXPECT_FALSE(statsOut.contains(QStringLiteral("preferred"))) << stats.out.toStdString();
    const QByteArray statsEn = run({QStringLiteral("stats"), QString::number(m_runId)}, kEnglish).out;
    EXPECT_TRUE(statsEn.startsWith(QStringLiteral("Panel statistics of run %1 (human votes only)\n").arg(m_runId).toUtf8()))
        << statsEn.toStdString();
    EXPECT_TRUE(statsEn.contains("Raters:\n  You: 3 votes;")) << statsEn.toStdString();
    EXPECT_TRUE(statsEn.contains(" preferred in ")) << statsEn.toStdString();

    const CliRun models = run({QStringLiteral("models")}, kKorean);
    ASSERT_EQ(models.exitCode, 0) << models.err.toStdString();
    const QString header = QString::fromUtf8(models.out).section(QLatin1Char('\n'), 0, 0);
    EXPECT_TRUE(header.startsWith(QStringLiteral("모델"))) << header.toStdString();
    EXPECT_TRUE(header.contains(QStringLiteral("토크나이저"))) << header.toStdString();

    const CliRun status = run({QStringLiteral("experiment"), QStringLiteral("status"), QString::number(m_experimentId)},
                              kKorean);
    const QString statusOut = QString::fromUtf8(status.out);
    EXPECT_TRUE(statusOut.startsWith(QStringLiteral("실험 %1 \"plans\" (배치, 진행 중)\n").arg(m_experimentId)))
        << status.out.toStdString();
    EXPECT_TRUE(statusOut.contains(QStringLiteral("케이스 0: /p/a.ctxpack\n"))) << status.out.toStdString();
    EXPECT_TRUE(statusOut.contains(QStringLiteral("  openai:o3 #1 완료\n"))) << status.out.toStdString();
    const CliRun statusEn = run({QStringLiteral("experiment"), QStringLiteral("status"), QString::number(m_experimentId)},
                                kEnglish);
    EXPECT_EQ(status.exitCode, statusEn.exitCode);
    EXPECT_TRUE(statusEn.out.contains("  openai:o3 #1 done\n")) << statusEn.out.toStdString();

    // What scripts read is byte-identical: JSON and the tab-separated pack listing.
    const QList<QStringList> machine{
        {QStringLiteral("count"), QStringLiteral("--json"), m_pack},
        {QStringLiteral("stats"), QString::number(m_runId), QStringLiteral("--json")},
        {QStringLiteral("stats"), QStringLiteral("--experiment"), QString::number(m_experimentId), QStringLiteral("--json")},
        {QStringLiteral("models"), QStringLiteral("--json")},
        {QStringLiteral("experiment"), QStringLiteral("status"), QString::number(m_experimentId), QStringLiteral("--json")},
        {QStringLiteral("pack"), QStringLiteral("list"), m_pack},
        {QStringLiteral("pack"), QStringLiteral("list"), m_pack, QStringLiteral("--json")},
        {QStringLiteral("rate"), QStringLiteral("raters"), QStringLiteral("--json")},
        {QStringLiteral("assemble"), QStringLiteral("--list-templates")},
    };
    for (const QStringList& args : machine) {
        const CliRun ko = run(args, kKorean);
        const CliRun en = run(args, kEnglish);
        EXPECT_EQ(ko.exitCode, en.exitCode) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(en.out.isEmpty()) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(ko.out, en.out) << args.join(QLatin1Char(' ')).toStdString();
    }
}

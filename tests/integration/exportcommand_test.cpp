// `contextbench export`, run as a process against a history database the test writes into a
// temporary XDG_DATA_HOME.
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "exportfixture.h"
#include "formats/export/runexporter.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>
#include "cb_test_paths.h"

using namespace Cb::Core;
using namespace Cb::Formats;
using Cb::Test::TempWorkspace;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString err;
};

class ExportCommand : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Where QStandardPaths::AppDataLocation points for org "ContextBench", app "contextbench".
        const QString dir = m_ws.filePath(QStringLiteral("data/ContextBench/contextbench"));
        ASSERT_TRUE(QDir().mkpath(dir));
        auto db = Database::open(dir + QStringLiteral("/history.sqlite"));
        ASSERT_TRUE(db) << db.error().message.toStdString();
        HistoryStore store(**db);
        RunRecord run = Cb::Test::comparisonRun();
        auto id = Cb::Test::insertRunWithVotes(store, run);
        ASSERT_TRUE(id) << id.error().message.toStdString();
        for (int i = 0; i < run.calls.size(); ++i) {
            const CallRecord& c = run.calls[i];
            ASSERT_TRUE(store.setReview(c.id, c.rating, c.note));
            ASSERT_TRUE(store.setJudgement(c.id, c.judgement, c.judgementReason));
        }
        auto loaded = store.loadRun(*id);
        ASSERT_TRUE(loaded);
        m_run = *loaded;
    }

    // `locale`: the system locale the command sees (the report language follows the interface
    // language, which follows the settings, then the system locale).
    CliRun run(const QStringList& args, const QString& locale = QStringLiteral("C.UTF-8")) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_ws.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_ws.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), locale);
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command picks offscreen itself
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CB_APP_BINARY), QStringList{QStringLiteral("export")} + args);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString out(const QString& name) const { return m_ws.filePath(name); }

    TempWorkspace m_ws;
    RunRecord m_run;
};

} // namespace

TEST_F(ExportCommand, lastRunAsMarkdown_matchesTheLibraryExport)
{
    const CliRun r =
        run({QStringLiteral("--last"), QStringLiteral("--format"), QStringLiteral("md"),
             QStringLiteral("--out"), out(QStringLiteral("r.md"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ExportOptions options;
    options.format = ExportFormat::Markdown;
    auto expected = RunExporter::render(m_run, options);
    ASSERT_TRUE(expected);
    EXPECT_EQ(TempWorkspace::read(out(QStringLiteral("r.md"))).toStdString(), expected->toStdString());
    EXPECT_TRUE(expected->contains("## Votes"));
}

TEST_F(ExportCommand, runIdAsLetterPdf_writesAReadablePdf)
{
    const CliRun r = run({QString::number(m_run.id), QStringLiteral("--format=pdf"),
                          QStringLiteral("--page-size"), QStringLiteral("Letter"),
                          QStringLiteral("--out"), out(QStringLiteral("r.pdf"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList pages =
        Cb::Test::pdfPageTexts(TempWorkspace::read(out(QStringLiteral("r.pdf"))));
    ASSERT_GE(pages.size(), 3);
    EXPECT_TRUE(pages.join(QLatin1Char('\n')).contains(QStringLiteral("Output 2 — o3-pro")));
}

TEST_F(ExportCommand, formatFromExtension_jsonAndCsv)
{
    ASSERT_EQ(run({QStringLiteral("--last"), QStringLiteral("-o"), out(QStringLiteral("r.json"))})
                  .exitCode,
              0);
    EXPECT_TRUE(
        TempWorkspace::read(out(QStringLiteral("r.json"))).contains("\"contextbench.run\""));
    ASSERT_EQ(run({QStringLiteral("--last"), QStringLiteral("-o"), out(QStringLiteral("r.csv"))})
                  .exitCode,
              0);
    EXPECT_TRUE(
        TempWorkspace::read(out(QStringLiteral("r.csv"))).startsWith("call_id,provider,model"));
}

TEST_F(ExportCommand, unknownRun_failsAndWritesNothing)
{
    const CliRun r = run({QStringLiteral("9999"), QStringLiteral("--format=html"),
                          QStringLiteral("--out"), out(QStringLiteral("x.html"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("9999")));
    EXPECT_FALSE(QFile::exists(out(QStringLiteral("x.html"))));
}

TEST_F(ExportCommand, badArguments_exitWithUsage)
{
    EXPECT_EQ(run({QStringLiteral("--last"), QStringLiteral("--format=docx"),
                   QStringLiteral("--out"), out(QStringLiteral("x"))})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("--last"), QStringLiteral("--out"), out(QStringLiteral("x.pdf")),
                   QStringLiteral("--page-size=A3")})
                  .exitCode,
              2);
    EXPECT_EQ(
        run({QStringLiteral("--format=md"), QStringLiteral("--out"), out(QStringLiteral("x.md"))})
            .exitCode,
        2);
    EXPECT_EQ(run({QStringLiteral("--last"), QStringLiteral("--format=md")}).exitCode, 2);
}

TEST_F(ExportCommand, runWithVotes_pdfAndHtmlCarryTheStatisticsCharts)
{
    // The fixture run has votes and judgements: win rates, pass rate and cost/time charts.
    ASSERT_EQ(run({QStringLiteral("--last"), QStringLiteral("--out"), out(QStringLiteral("r.html"))}).exitCode, 0);
    const QString html = QString::fromUtf8(TempWorkspace::read(out(QStringLiteral("r.html"))));
    EXPECT_EQ(html.count(QStringLiteral("<img src=\"data:image/png;base64,")), 3);
    EXPECT_TRUE(html.contains(QStringLiteral("<figcaption><strong>Win rates.</strong>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<figcaption><strong>Pass rate.</strong>")));

    const CliRun r = run({QStringLiteral("--last"), QStringLiteral("--out"), out(QStringLiteral("r.pdf"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QByteArray pdf = TempWorkspace::read(out(QStringLiteral("r.pdf")));
    ExportOptions noCharts;
    auto plain = RunExporter::render(m_run, noCharts);
    ASSERT_TRUE(plain);
    EXPECT_GE(pdf.count("/Subtype /Image"), plain->count("/Subtype /Image") + 3);
    EXPECT_TRUE(Cb::Test::pdfPageTexts(pdf).join(QLatin1Char('\n')).contains(QStringLiteral("Charts")));
}

TEST_F(ExportCommand, languageKo_writesTheKoreanReportTheLibraryWrites)
{
    const CliRun r = run({QStringLiteral("--last"), QStringLiteral("--language"), QStringLiteral("ko"),
                          QStringLiteral("--out"), out(QStringLiteral("r.md"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ExportOptions options;
    options.format = ExportFormat::Markdown;
    options.language = QStringLiteral("ko");
    auto expected = RunExporter::render(m_run, options);
    ASSERT_TRUE(expected);
    const QByteArray written = TempWorkspace::read(out(QStringLiteral("r.md")));
    EXPECT_EQ(written.toStdString(), expected->toStdString());
    EXPECT_TRUE(QString::fromUtf8(written).contains(QStringLiteral("## 답변 1 — o3")));
    EXPECT_FALSE(written.contains("## Output 1"));
}

TEST_F(ExportCommand, languageDefault_followsTheInterfaceLanguage)
{
    // A Korean system locale: the interface, and so the report, is Korean.
    ASSERT_EQ(run({QStringLiteral("--last"), QStringLiteral("--out"), out(QStringLiteral("ko.md"))},
                  QStringLiteral("ko_KR.UTF-8"))
                  .exitCode,
              0);
    EXPECT_TRUE(QString::fromUtf8(TempWorkspace::read(out(QStringLiteral("ko.md")))).contains(QStringLiteral("## 답변 1 — o3")));
    // Settings › Interface language: English wins over the Korean locale; --language over both.
    const QString config = m_ws.filePath(QStringLiteral("config/ContextBench"));
    ASSERT_TRUE(QDir().mkpath(config));
    QFile ini(config + QStringLiteral("/contextbench.ini"));
    ASSERT_TRUE(ini.open(QIODevice::WriteOnly));
    ini.write("[app]\nlanguage=en\n");
    ini.close();
    ASSERT_EQ(run({QStringLiteral("--last"), QStringLiteral("--out"), out(QStringLiteral("en.md"))},
                  QStringLiteral("ko_KR.UTF-8"))
                  .exitCode,
              0);
    EXPECT_TRUE(TempWorkspace::read(out(QStringLiteral("en.md"))).contains("## Output 1 — o3"));
    ASSERT_EQ(run({QStringLiteral("--last"), QStringLiteral("--language=ko"), QStringLiteral("--out"),
                   out(QStringLiteral("forced.md"))})
                  .exitCode,
              0);
    EXPECT_TRUE(QString::fromUtf8(TempWorkspace::read(out(QStringLiteral("forced.md")))).contains(QStringLiteral("## 답변 1 — o3")));
}

TEST_F(ExportCommand, languageUnknown_exitsWithUsageAndWritesNothing)
{
    const CliRun r = run({QStringLiteral("--last"), QStringLiteral("--language"), QStringLiteral("fr"),
                          QStringLiteral("--out"), out(QStringLiteral("x.md"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--language must be en or ko"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out(QStringLiteral("x.md"))));
}

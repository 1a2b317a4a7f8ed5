// `contextbench pack add` with voice memos, as a process against a fake OpenAI transcription
// server on 127.0.0.1.
#include "core/pack/packfile.h"
#include "support/audiosamples.h"
#include "support/cliprocess.h"
#include "support/fakehttpserver.h"
#include "support/tempworkspace.h"

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

class PackAddAudio : public ::testing::Test
{
protected:
    void SetUp() override
    {
        server.route("POST", QStringLiteral("/v1/audio/transcriptions"),
                     FakeResponse::json(200, AudioSamples::transcriptionReply(
                                                 QStringLiteral("Budget is capped at 40k."))));
        CliProcess p = cli({});
        p.start({QStringLiteral("pack"), QStringLiteral("new"), pack});
        ASSERT_TRUE(p.waitForExit());
        ASSERT_EQ(p.exitCode(), 0) << p.err().toStdString();
    }
    CliProcess cli(const QHash<QString, QString>& env) const
    {
        return CliProcess(ws.filePath(QStringLiteral("data")), env);
    }
    QStringList add(const QStringList& paths) const
    {
        return QStringList{QStringLiteral("pack"), QStringLiteral("add"), pack} + paths +
               QStringList{QStringLiteral("--base-url"),
                           QStringLiteral("openai=") + server.baseUrl(QStringLiteral("/v1"))};
    }

    TempWorkspace ws;
    FakeHttpServer server;
    QString pack = ws.filePath(QStringLiteral("plan.ctxpack"));
    QHash<QString, QString> key{{QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-cli-memo")}};
};

} // namespace

TEST_F(PackAddAudio, memoIsTranscribed_oversizedOneFailsAndTheRestGoesIn)
{
    const QByteArray wav = AudioSamples::tinyWav();
    const QString memo = ws.write(QStringLiteral("memo.wav"), wav);
    const QString notes = ws.write(QStringLiteral("notes.md"), "# Notes\n");
    const QString big = ws.filePath(QStringLiteral("town-hall.m4a"));
    ASSERT_TRUE(AudioSamples::writeSparse(big, 26LL * 1024 * 1024));

    CliProcess p = cli(key);
    p.start(add({memo, big, notes}));
    ASSERT_TRUE(p.waitForExit()) << p.err().toStdString();
    EXPECT_EQ(p.exitCode(), 3) << p.err().toStdString();
    EXPECT_TRUE(p.err().contains(QStringLiteral("failed: ") + big)) << p.err().toStdString();
    EXPECT_TRUE(p.err().contains(QStringLiteral("25 MB"))) << p.err().toStdString();
    EXPECT_FALSE(p.err().contains(QStringLiteral("sk-cli-memo")));
    EXPECT_TRUE(QString::fromUtf8(p.out()).contains(QStringLiteral("added 2 document(s)")))
        << p.out().toStdString();

    // One upload: the small memo, with the default model (no settings in this data home).
    ASSERT_EQ(server.requestCount(), 1);
    const RecordedRequest request = server.lastRequest();
    EXPECT_TRUE(request.body.contains(QByteArray(
        "name=\"file\"; filename=\"memo.wav\"\r\nContent-Type: audio/wav\r\n\r\n" + wav)));
    EXPECT_TRUE(request.body.contains("name=\"model\"\r\n\r\ngpt-4o-mini-transcribe\r\n"));
    EXPECT_EQ(request.header("authorization"), QByteArray("Bearer sk-cli-memo"));

    auto loaded = PackFile::load(pack);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    const int memos = loaded->sectionIndex(QStringLiteral("Memos"));
    ASSERT_GE(memos, 0);
    ASSERT_EQ(loaded->sections[memos].items.size(), 1);
    const PackItem& item = loaded->sections[memos].items.first();
    EXPECT_EQ(item.title, QStringLiteral("memo.wav"));
    EXPECT_EQ(item.text, QStringLiteral("Budget is capped at 40k."));
    EXPECT_EQ(item.format, QStringLiteral("audio"));
    EXPECT_EQ(QFileInfo(item.sourcePath), QFileInfo(memo));
    EXPECT_EQ(loaded->sections[loaded->sectionIndex(QStringLiteral("Documents"))].items.size(), 1);
}

TEST_F(PackAddAudio, withoutKey_memoFailsWithWhereToSetItAndModelOptionIsUsed)
{
    const QString memo = ws.write(QStringLiteral("memo.ogg"), "OggS");
    CliProcess p = cli({});
    p.start(add({memo}) +
            QStringList{QStringLiteral("--transcription-model"), QStringLiteral("whisper-1")});
    ASSERT_TRUE(p.waitForExit()) << p.err().toStdString();
    EXPECT_EQ(p.exitCode(), 3);
    EXPECT_TRUE(p.err().contains(QStringLiteral("OPENAI_API_KEY"))) << p.err().toStdString();
    EXPECT_EQ(server.requestCount(), 0);

    CliProcess again = cli(key);
    again.start(add({memo}) +
                QStringList{QStringLiteral("--transcription-model"), QStringLiteral("whisper-1")});
    ASSERT_TRUE(again.waitForExit()) << again.err().toStdString();
    EXPECT_EQ(again.exitCode(), 0) << again.err().toStdString();
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_TRUE(server.lastRequest().body.contains("name=\"model\"\r\n\r\nwhisper-1\r\n"));
}

TEST_F(PackAddAudio, badBaseUrl_isAUsageError)
{
    CliProcess p = cli(key);
    p.start({QStringLiteral("pack"), QStringLiteral("add"), pack, pack,
             QStringLiteral("--base-url"), QStringLiteral("openai=ftp://nowhere")});
    ASSERT_TRUE(p.waitForExit());
    EXPECT_EQ(p.exitCode(), 2);
    EXPECT_TRUE(p.err().contains(QStringLiteral("--base-url"))) << p.err().toStdString();
}

// Voice memos: the import worker checks and hashes them, AudioTranscriber sends them to a fake
// OpenAI /v1/audio/transcriptions on 127.0.0.1 and the transcript becomes the pack item.
#include "core/importing/audiotranscriber.h"
#include "core/pack/packimportmapping.h"
#include "core/secrets/secretstore.h"
#include "formats/importers/importerregistry.h"
#include "formats/importers/importjob.h"
#include "support/audiosamples.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSignalSpy>
#include <QThreadPool>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

class AudioImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        server.route("POST", QStringLiteral("/v1/audio/transcriptions"),
                     FakeResponse::json(200, AudioSamples::transcriptionReply(
                                                 QStringLiteral("Ship the beta on May 5."))));
    }
    void TearDown() override { QThreadPool::globalInstance()->waitForDone(); }

    // Runs an import job over `paths` to the end.
    ImportReport importAll(const QStringList& paths)
    {
        Cb::Formats::ImportJob job(registry);
        QSignalSpy finished(&job, &Cb::Formats::ImportJob::finished);
        EXPECT_TRUE(job.start(paths));
        EXPECT_TRUE(finished.wait(30000));
        return job.report();
    }

    TranscriptionSetup setup(SecretStore* store)
    {
        TranscriptionSetup s;
        s.network = network.get();
        s.secrets = store;
        s.baseUrl = server.baseUrl(QStringLiteral("/v1"));
        s.model = QStringLiteral("gpt-4o-transcribe");
        s.options = fastProviderOptions();
        return s;
    }

    TempWorkspace ws;
    FakeHttpServer server;
    std::unique_ptr<QNetworkAccessManager> network = makeTestNetworkManager();
    std::shared_ptr<const Cb::Formats::ImporterRegistry> registry =
        std::make_shared<Cb::Formats::ImporterRegistry>();
    SecretStore withKey{nullptr, [](const QString& name) {
                            return name == QLatin1String("OPENAI_API_KEY")
                                       ? QStringLiteral("sk-memo-key")
                                       : QString();
                        }};
    SecretStore withoutKey{nullptr, [](const QString&) { return QString(); }};
};

} // namespace

TEST_F(AudioImport, folderWithMemo_multipartUploadAndTranscriptBecomesTheItem)
{
    const QByteArray wav = AudioSamples::tinyWav();
    const QString memo = ws.write(QStringLiteral("inbox/standup memo.wav"), wav);
    ws.write(QStringLiteral("inbox/notes.md"), "# Notes\n");

    // The folder scan keeps the audio file although it is binary; the worker only hashes it.
    const ImportReport report = importAll({ws.filePath(QStringLiteral("inbox"))});
    ASSERT_EQ(report.documents.size(), 2)
        << (report.skipped.isEmpty() ? std::string() : report.skipped[0].reason.toStdString());
    const auto audio = std::find_if(report.documents.cbegin(), report.documents.cend(),
                                    [](const ImportedDocument& d) { return d.needsTranscription; });
    ASSERT_NE(audio, report.documents.cend());
    EXPECT_EQ(audio->format, QStringLiteral("audio"));
    EXPECT_TRUE(audio->text.isEmpty());
    EXPECT_EQ(server.requestCount(), 0);

    AudioTranscriber transcriber;
    transcriber.setSetup(setup(&withKey));
    QSignalSpy transcribed(&transcriber, &AudioTranscriber::transcribed);
    QSignalSpy idle(&transcriber, &AudioTranscriber::idle);
    transcriber.add(*audio);
    EXPECT_EQ(transcribed.count(), 0); // never answered from inside add()
    ASSERT_TRUE(idle.wait(10000));
    ASSERT_EQ(transcribed.count(), 1);

    const RecordedRequest request = server.lastRequest();
    EXPECT_EQ(request.method, QByteArray("POST"));
    EXPECT_EQ(request.path(), QStringLiteral("/v1/audio/transcriptions"));
    EXPECT_EQ(request.header("authorization"), QByteArray("Bearer sk-memo-key"));
    EXPECT_TRUE(request.header("content-type").startsWith("multipart/form-data; boundary="));
    EXPECT_TRUE(request.body.contains(QByteArray(
        "name=\"file\"; filename=\"standup memo.wav\"\r\nContent-Type: audio/wav\r\n\r\n" + wav +
        "\r\n")));
    EXPECT_TRUE(request.body.contains("name=\"model\"\r\n\r\ngpt-4o-transcribe\r\n"));

    const auto document = transcribed.first().first().value<ImportedDocument>();
    EXPECT_FALSE(document.needsTranscription);
    const PackItem item = PackImportMapping::itemFrom(document);
    EXPECT_EQ(item.text, QStringLiteral("Ship the beta on May 5."));
    EXPECT_EQ(item.title, QStringLiteral("standup memo.wav"));
    EXPECT_EQ(item.format, QStringLiteral("audio"));
    EXPECT_EQ(QFileInfo(item.sourcePath), QFileInfo(memo));
    EXPECT_EQ(item.sourceBytes, wav.size());
    EXPECT_EQ(
        item.sourceSha256,
        QString::fromLatin1(QCryptographicHash::hash(wav, QCryptographicHash::Sha256).toHex()));
    EXPECT_TRUE(item.sourceModified.isValid());
    EXPECT_EQ(PackImportMapping::sectionFor(document), QStringLiteral("Memos"));
}

TEST_F(AudioImport, memoOver25MB_failsWithClearMessageAndUploadsNothing)
{
    const QString big = ws.filePath(QStringLiteral("all-hands.m4a"));
    ASSERT_TRUE(AudioSamples::writeSparse(big, 26LL * 1024 * 1024));
    const QString small = ws.write(QStringLiteral("memo.mp3"), AudioSamples::tinyWav());

    const ImportReport report = importAll({big, small});
    ASSERT_EQ(report.failed.size(), 1);
    EXPECT_EQ(report.failed[0].code, ErrorCode::TooLarge);
    EXPECT_TRUE(report.failed[0].reason.contains(QStringLiteral("all-hands.m4a")));
    EXPECT_TRUE(report.failed[0].reason.contains(QStringLiteral("25 MB")));
    ASSERT_EQ(report.documents.size(), 1); // the other memo still goes ahead
    EXPECT_EQ(report.documents[0].title, QStringLiteral("memo.mp3"));
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(AudioImport, noApiKey_everyMemoFailsSayingWhereToSetIt)
{
    const QString a = ws.write(QStringLiteral("a.wav"), AudioSamples::tinyWav());
    const QString b = ws.write(QStringLiteral("b.ogg"), "OggS-not-really");
    const ImportReport report = importAll({a, b});
    ASSERT_EQ(report.documents.size(), 2);

    AudioTranscriber transcriber;
    transcriber.setSetup(setup(&withoutKey));
    QSignalSpy failed(&transcriber, &AudioTranscriber::failed);
    QSignalSpy idle(&transcriber, &AudioTranscriber::idle);
    for (const ImportedDocument& d : report.documents)
        transcriber.add(d);
    ASSERT_TRUE(idle.wait(10000));
    ASSERT_EQ(failed.count(), 2);
    const auto issue = failed.first().first().value<ImportIssue>();
    EXPECT_EQ(issue.code, ErrorCode::Auth);
    EXPECT_TRUE(issue.reason.contains(QStringLiteral("OPENAI_API_KEY")));
    EXPECT_TRUE(issue.reason.contains(QStringLiteral("Settings")));
    EXPECT_TRUE(issue.reason.contains(QStringLiteral("a.wav")));
    EXPECT_EQ(server.requestCount(), 0);
    EXPECT_EQ(idle.count(), 1);
}

TEST_F(AudioImport, serverRejectsTheKey_failsThatMemoWithoutLeakingTheKey)
{
    FakeHttpServer rejecting;
    rejecting.route(
        "POST", QStringLiteral("/v1/audio/transcriptions"),
        FakeResponse::json(401, R"({"error":{"message":"Incorrect API key provided"}})"));
    const QString a = ws.write(QStringLiteral("a.wav"), AudioSamples::tinyWav());
    const ImportReport report = importAll({a});
    ASSERT_EQ(report.documents.size(), 1);
    AudioTranscriber transcriber;
    TranscriptionSetup s = setup(&withKey);
    s.baseUrl = rejecting.baseUrl(QStringLiteral("/v1"));
    transcriber.setSetup(s);
    QSignalSpy failed(&transcriber, &AudioTranscriber::failed);
    QSignalSpy idle(&transcriber, &AudioTranscriber::idle);
    transcriber.add(report.documents[0]);
    ASSERT_TRUE(idle.wait(10000));
    ASSERT_EQ(failed.count(), 1);
    const auto issue = failed.first().first().value<ImportIssue>();
    EXPECT_EQ(issue.code, ErrorCode::Auth);
    EXPECT_FALSE(issue.reason.contains(QStringLiteral("sk-memo-key")));
}

TEST_F(AudioImport, cancel_dropsTheQueueAndSaysIdleOnce)
{
    const QString a = ws.write(QStringLiteral("a.wav"), AudioSamples::tinyWav());
    const QString b = ws.write(QStringLiteral("b.wav"), AudioSamples::tinyWav(200));
    const ImportReport report = importAll({a, b});
    ASSERT_EQ(report.documents.size(), 2);
    AudioTranscriber transcriber;
    transcriber.setSetup(setup(&withKey));
    QSignalSpy transcribed(&transcriber, &AudioTranscriber::transcribed);
    QSignalSpy failed(&transcriber, &AudioTranscriber::failed);
    QSignalSpy idle(&transcriber, &AudioTranscriber::idle);
    for (const ImportedDocument& d : report.documents)
        transcriber.add(d);
    transcriber.cancel();
    EXPECT_TRUE(transcriber.isIdle());
    EXPECT_EQ(idle.count(), 1);
    waitFor([] { return false; }, 300); // anything still scheduled would arrive now
    EXPECT_EQ(transcribed.count() + failed.count(), 0);
    EXPECT_EQ(idle.count(), 1);
    EXPECT_EQ(server.requestCount(), 0);
}

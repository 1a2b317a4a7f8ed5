#include "core/providers/localserverdetector.h"
#include "core/providers/transcriptionclient.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(data);
    return path;
}

struct CallOutcome
{
    QVariant value;
    std::optional<Error> error;
};

CallOutcome wait(ApiCall* call)
{
    CallOutcome out;
    QObject::connect(call, &ApiCall::finished, [&](const QVariant& v) { out.value = v; });
    QObject::connect(call, &ApiCall::failed, [&](const Error& e) { out.error = e; });
    waitFor([&] { return call->isDone(); });
    return out;
}

} // namespace

TEST(TranscriptionClient_upload, multipartWithFilenameTypeAndModel)
{
    FakeHttpServer server;
    server.route(
        "POST", QStringLiteral("/v1/audio/transcriptions"),
        FakeResponse::json(
            200,
            R"({"text":"Hallo Welt, this is a memo.","usage":{"type":"tokens","input_tokens":14,"output_tokens":8,"total_tokens":22}})"));
    QTemporaryDir dir;
    const QByteArray audio = QByteArray("\x00\x00\x00\x20"
                                        "ftypM4A ",
                                        12) +
                             QByteArray(5000, '\x7f');
    const QString path = writeFile(dir, QStringLiteral("memo.m4a"), audio);
    auto nam = makeTestNetworkManager();
    TranscriptionClient client(nam.get(), fastProviderOptions());
    TranscriptionRequest r;
    r.baseUrl = server.baseUrl(QStringLiteral("/v1"));
    r.apiKey = QStringLiteral("sk-audio");
    r.filePath = path;
    r.model = QStringLiteral("whisper-1");
    r.language = QStringLiteral("de");
    std::unique_ptr<ApiCall> call(client.transcribe(r));
    const CallOutcome out = wait(call.get());
    ASSERT_FALSE(out.error) << out.error->message.toStdString();
    EXPECT_EQ(out.value.toString(), QStringLiteral("Hallo Welt, this is a memo."));
    const RecordedRequest req = server.lastRequest();
    EXPECT_TRUE(req.header("content-type").startsWith("multipart/form-data; boundary="));
    EXPECT_EQ(req.header("authorization"), QByteArray("Bearer sk-audio"));
    EXPECT_TRUE(req.body.contains(
        QByteArray("name=\"file\"; filename=\"memo.m4a\"\r\nContent-Type: audio/mp4\r\n\r\n" +
                   audio + "\r\n")));
    EXPECT_TRUE(req.body.contains("name=\"model\"\r\n\r\nwhisper-1\r\n"));
    EXPECT_TRUE(req.body.contains("name=\"response_format\"\r\n\r\njson\r\n"));
    EXPECT_TRUE(req.body.contains("name=\"language\"\r\n\r\nde\r\n"));
    const QByteArray boundary =
        req.header("content-type").mid(req.header("content-type").indexOf('=') + 1);
    EXPECT_TRUE(req.body.endsWith(QByteArray("--" + boundary + "--\r\n")));
}

TEST(TranscriptionClient_oversizeFile, refusedBeforeUpload)
{
    FakeHttpServer server;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.wav"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(TranscriptionClient::maxUploadBytes + 1)); // sparse, cheap
    }
    auto nam = makeTestNetworkManager();
    TranscriptionClient client(nam.get(), fastProviderOptions());
    TranscriptionRequest r;
    r.baseUrl = server.baseUrl(QStringLiteral("/v1"));
    r.filePath = path;
    std::unique_ptr<ApiCall> call(client.transcribe(r));
    const CallOutcome out = wait(call.get());
    ASSERT_TRUE(out.error);
    EXPECT_EQ(out.error->code, ErrorCode::TooLarge);
    EXPECT_TRUE(out.error->message.contains(QStringLiteral("25 MB")));
    EXPECT_EQ(server.requestCount(), 0);
}

TEST(TranscriptionClient_unsupportedExtension, refused)
{
    QTemporaryDir dir;
    TranscriptionRequest r;
    r.filePath = writeFile(dir, QStringLiteral("notes.txt"), "hello");
    const auto c = TranscriptionClient::buildCall(r, "b");
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, ErrorCode::Unsupported);
    EXPECT_EQ(TranscriptionClient::contentTypeFor(QStringLiteral("MP3")), QByteArray("audio/mpeg"));
    EXPECT_EQ(TranscriptionClient::contentTypeFor(QStringLiteral("webm")),
              QByteArray("audio/webm"));
}

TEST(LocalServerDetector_injectedPorts, findsOnlyServersThatListModels)
{
    FakeHttpServer ollama;
    ollama.route("GET", QStringLiteral("/v1/models"),
                 FakeResponse::json(200, R"({"object":"list","data":[{"id":"llama3.2:latest"}]})"));
    FakeHttpServer notLlm; // answers, but not with a model list
    notLlm.route("GET", QStringLiteral("/v1/models"), FakeResponse::text(404, "<html>nope</html>"));
    quint16 deadPort = 0;
    {
        FakeHttpServer gone;
        deadPort = gone.port();
    }
    auto nam = makeTestNetworkManager();
    LocalServerDetector detector(nam.get(),
                                 {{notLlm.port(), QStringLiteral("web")},
                                  {deadPort, QStringLiteral("vLLM")},
                                  {ollama.port(), QStringLiteral("Ollama")}},
                                 2000);
    std::optional<QList<DetectedServer>> result;
    int foundSignals = 0;
    QObject::connect(&detector, &LocalServerDetector::serverFound,
                     [&](const DetectedServer&) { ++foundSignals; });
    QObject::connect(&detector, &LocalServerDetector::finished,
                     [&](const QList<DetectedServer>& s) { result = s; });
    detector.start();
    ASSERT_TRUE(waitFor([&] { return result.has_value(); }));
    ASSERT_EQ(result->size(), 1);
    EXPECT_EQ(foundSignals, 1);
    EXPECT_EQ(result->first().name, QStringLiteral("Ollama"));
    EXPECT_EQ(result->first().baseUrl, ollama.baseUrl(QStringLiteral("/v1")));
    EXPECT_EQ(result->first().models, QStringList{QStringLiteral("llama3.2:latest")});
    EXPECT_EQ(ollama.lastRequest().path(), QStringLiteral("/v1/models"));
    EXPECT_EQ(LocalServerDetector::defaultCandidates().size(), 4);
}

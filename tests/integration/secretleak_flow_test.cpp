// The whole command-line flow with distinctive fake keys: pack new/add/note, assemble, count,
// runs against fake servers of every provider (including ones that echo the key back in errors),
// every export format and one window start. Afterwards no file the app wrote holds any form of
// any key, and no server ever saw another provider's key.
#include "core/secrets/secretencodings.h"
#include "exportfixture.h"
#include "support/cliprocess.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"
#include "support/secrettraces.h"
#include "support/tempworkspace.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Cb::Test;

namespace {

struct ProviderKey
{
    QString provider; // --base-url / --model prefix
    QString variable; // environment variable the app reads
    QString key;
};

const QList<ProviderKey>& providerKeys()
{
    static const QList<ProviderKey> all = {
        {QStringLiteral("openai"), QStringLiteral("OPENAI_API_KEY"),
         QStringLiteral("sk-proj-LEAKFLOW-openai-7c4e2a91d05b8f36")},
        {QStringLiteral("anthropic"), QStringLiteral("ANTHROPIC_API_KEY"),
         QStringLiteral("sk-ant-api03-LEAKFLOW-anthropic-3f8d1b66a0")},
        {QStringLiteral("gemini"), QStringLiteral("GEMINI_API_KEY"),
         QStringLiteral("AIzaLEAKFLOWgemini0123456789abcdefXYZ")},
    };
    return all;
}

QString keyOf(const QString& provider)
{
    for (const ProviderKey& k : providerKeys()) {
        if (k.provider == provider)
            return k.key;
    }
    return {};
}

class SecretLeakFlow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        serve(openai, QStringLiteral("responses_text.sse"), [this] { return openaiFailure(); });
        serve(anthropic, QStringLiteral("anthropic_basic.sse"), [this] { return anthropicFailure(); });
        serve(gemini, QStringLiteral("gemini_thinking.sse"), [this] { return geminiFailure(); });
        serve(local, QStringLiteral("chat_basic.sse"), [] { return std::optional<FakeResponse>(); });
    }

    // Answers with the transcript, or with `failure` while m_failing is set.
    void serve(FakeHttpServer& server, const QString& transcript,
               std::function<std::optional<FakeResponse>()> failure)
    {
        server.setHandler([this, transcript, failure](const RecordedRequest&) {
            if (m_failing) {
                if (auto f = failure())
                    return f;
            }
            return std::optional<FakeResponse>(FakeResponse::sse(providerTranscript(transcript)));
        });
    }

    // A stream that starts, then reports an error quoting the key raw and base64-encoded.
    std::optional<FakeResponse> openaiFailure() const
    {
        const QByteArray key = keyOf(QStringLiteral("openai")).toUtf8();
        QByteArray basic = "user:";
        basic += key;
        QByteArray body = "event: response.output_text.delta\ndata: {\"type\":"
                          "\"response.output_text.delta\",\"delta\":\"Partial \"}\n\n"
                          "event: error\ndata: {\"type\":\"error\",\"code\":\"invalid_request\","
                          "\"message\":\"upstream rejected ";
        body += key + " (Basic " + basic.toBase64() + ")\"}\n\n";
        return FakeResponse::sse(body);
    }
    // A 401 whose body echoes the key back.
    std::optional<FakeResponse> anthropicFailure() const
    {
        QByteArray body = R"({"type":"error","error":{"type":"authentication_error","message":)"
                          R"("invalid x-api-key: )";
        body += keyOf(QStringLiteral("anthropic")).toUtf8() + R"("}})";
        return FakeResponse::json(401, body);
    }
    // A 400 quoting a request URL with the key percent-encoded in its query.
    std::optional<FakeResponse> geminiFailure() const
    {
        QByteArray body = R"({"error":{"code":400,"status":"INVALID_ARGUMENT","message":)"
                          R"("API key not valid: GET /v1beta/models?key=)";
        body += QUrl::toPercentEncoding(keyOf(QStringLiteral("gemini"))) + R"("}})";
        return FakeResponse::json(400, body);
    }

    QHash<QString, QString> environment() const
    {
        QHash<QString, QString> env{{QStringLiteral("HOME"), ws.filePath(QStringLiteral("home"))},
                                    {QStringLiteral("XDG_CONFIG_HOME"), ws.filePath(QStringLiteral("config"))},
                                    {QStringLiteral("XDG_CACHE_HOME"), ws.filePath(QStringLiteral("cache"))}};
        for (const ProviderKey& k : providerKeys())
            env.insert(k.variable, k.key);
        return env;
    }

    // Runs the app to completion; its console output is checked for keys too.
    int app(const QStringList& args, const QHash<QString, QString>& extraEnv = {})
    {
        QHash<QString, QString> env = environment();
        env.insert(extraEnv);
        CliProcess p(ws.filePath(QStringLiteral("data")), env);
        p.start(args);
        EXPECT_TRUE(p.waitForExit(120000)) << args.join(QLatin1Char(' ')).toStdString();
        lastOut = p.out();
        console += p.out() + p.err().toUtf8();
        return p.exitCode();
    }

    qint64 run(const QStringList& models, int expectedExit)
    {
        QStringList args{QStringLiteral("run"), pack, QStringLiteral("--json")};
        for (const QString& m : models)
            args << QStringLiteral("--model") << m;
        for (auto [name, server] : {std::pair{"openai", &openai}, std::pair{"anthropic", &anthropic},
                                    std::pair{"gemini", &gemini}, std::pair{"local", &local}}) {
            const QString suffix = (server == &openai || server == &local) ? QStringLiteral("/v1") : QString();
            args << QStringLiteral("--base-url") << QString::fromLatin1(name) + QLatin1Char('=') + server->baseUrl(suffix);
        }
        EXPECT_EQ(app(args), expectedExit) << lastOut.toStdString();
        lastSummary = QJsonDocument::fromJson(lastOut).object();
        return lastSummary.value(QStringLiteral("run_id")).toInteger();
    }

    TempWorkspace ws;
    QString pack = ws.filePath(QStringLiteral("packs/launch.ctxpack"));
    FakeHttpServer openai, anthropic, gemini, local;
    bool m_failing = false;
    QByteArray lastOut;
    QJsonObject lastSummary;
    QByteArray console;
};

const QStringList kModels{QStringLiteral("openai:o3"), QStringLiteral("anthropic:claude-sonnet-4-5"),
                          QStringLiteral("gemini:gemini-2.5-flash"), QStringLiteral("local:llama3.2:3b")};

} // namespace

TEST_F(SecretLeakFlow, wholeFlowWithEchoingServers_noKeyInAnyFileNorOnAnotherProvidersServer)
{
    const QString memo = ws.write(QStringLiteral("src/memo.md"), "# Launch\n\nShip in May.\n");
    const QString notes = ws.write(QStringLiteral("src/notes.txt"), "Risks: the supplier.\n");
    const QString code = ws.write(QStringLiteral("src/plan.py"), "def plan():\n    return 'May'\n");
    ASSERT_TRUE(QDir().mkpath(QFileInfo(pack).absolutePath()));
    ASSERT_TRUE(QDir().mkpath(ws.filePath(QStringLiteral("exports"))));
    ASSERT_EQ(app({QStringLiteral("pack"), QStringLiteral("new"), pack, QStringLiteral("--title"),
                   QStringLiteral("Launch")}),
              0);
    ASSERT_EQ(app({QStringLiteral("pack"), QStringLiteral("add"), pack, memo, notes, code}), 0);
    ASSERT_EQ(app({QStringLiteral("pack"), QStringLiteral("note"), pack, QStringLiteral("--title"),
                   QStringLiteral("Call"), QStringLiteral("--text"), QStringLiteral("Agreed on May.")}),
              0);
    ASSERT_EQ(app({QStringLiteral("assemble"), pack, QStringLiteral("--goal"), QStringLiteral("A plan."),
                   QStringLiteral("--out"), ws.filePath(QStringLiteral("exports/prompt.txt"))}),
              0);
    ASSERT_EQ(app({QStringLiteral("count"), pack, memo}), 0);

    const qint64 goodRun = run(kModels, 0);
    m_failing = true;
    const qint64 badRun = run(kModels, 3);
    ASSERT_GT(goodRun, 0);
    ASSERT_GT(badRun, goodRun);
    // The failures reached the app and were reported with the key redacted.
    int redacted = 0;
    for (const QJsonValue& c : lastSummary.value(QStringLiteral("calls")).toArray()) {
        const QString message =
            c.toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        redacted += message.contains(QStringLiteral("[redacted]")) ? 1 : 0;
    }
    EXPECT_EQ(redacted, 3) << lastOut.toStdString();

    const QList<std::pair<QString, QString>> formats{{QStringLiteral("pdf"), QStringLiteral("pdf")},
                                                     {QStringLiteral("md"), QStringLiteral("md")},
                                                     {QStringLiteral("html"), QStringLiteral("html")},
                                                     {QStringLiteral("json"), QStringLiteral("json")},
                                                     {QStringLiteral("csv"), QStringLiteral("csv")}};
    QStringList pdfs;
    for (const qint64 id : {goodRun, badRun}) {
        for (const auto& [format, ext] : formats) {
            const QString out = ws.filePath(QStringLiteral("exports/run-%1.%2").arg(id).arg(ext));
            EXPECT_EQ(app({QStringLiteral("export"), QString::number(id), QStringLiteral("--format"), format,
                           QStringLiteral("--out"), out}),
                      0)
                << format.toStdString();
            EXPECT_TRUE(QFileInfo::exists(out)) << out.toStdString();
            if (format == QLatin1String("pdf"))
                pdfs.append(out);
        }
    }
    // The window once with the pack: settings, history and recovery bookkeeping get written.
    EXPECT_EQ(app({pack}, {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
                           {QStringLiteral("CB_STARTUP_PROBE_T0"),
                            QString::number(QDateTime::currentMSecsSinceEpoch())},
                           {QStringLiteral("CB_STARTUP_PROBE_IDLE_MS"), QStringLiteral("800")}}),
              0);

    // The search is not vacuous: the app wrote its database, settings and reports here.
    const QStringList written = QDir(ws.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    EXPECT_FALSE(Cb::Test::TempWorkspace::filesContaining(ws.path(), "SQLite format 3").isEmpty());
    EXPECT_TRUE(QDirIterator(ws.filePath(QStringLiteral("config")), QDir::Files, QDirIterator::Subdirectories)
                    .hasNext());
    // Every text export of the good run carries the answers (CSV holds figures only; PDF text
    // is checked below).
    for (const QString& ext : {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json")})
        EXPECT_TRUE(Cb::Test::TempWorkspace::read(ws.filePath(QStringLiteral("exports/run-%1.%2").arg(goodRun).arg(ext)))
                        .contains("Hello"))
            << ext.toStdString();
    for (const ProviderKey& k : providerKeys()) {
        SCOPED_TRACE(k.provider.toStdString());
        EXPECT_EQ(secretTraces(ws.path(), k.key), QStringList()) << written.join(QLatin1Char(' ')).toStdString();
        for (const QString& pdf : pdfs) {
            const QString text = pdfPageTexts(Cb::Test::TempWorkspace::read(pdf)).join(QLatin1Char('\n'));
            EXPECT_TRUE(text.contains(QStringLiteral("Hello"))) << pdf.toStdString();
            for (const QString& form : Cb::Core::SecretEncodings::of(k.key))
                EXPECT_FALSE(text.contains(form)) << pdf.toStdString();
        }
        for (const QString& form : Cb::Core::SecretEncodings::of(k.key))
            EXPECT_FALSE(console.contains(form.toUtf8())) << "console output";
    }

    // Each server saw its own provider's key (so the check below has teeth) and no other key,
    // in headers or body; the local server, which has no key, saw none at all.
    const QList<std::pair<QString, const FakeHttpServer*>> servers{
        {QStringLiteral("openai"), &openai}, {QStringLiteral("anthropic"), &anthropic},
        {QStringLiteral("gemini"), &gemini}, {QStringLiteral("local"), &local}};
    for (const auto& [provider, server] : servers) {
        ASSERT_GE(server->requestCount(), 2) << provider.toStdString();
        for (const RecordedRequest& r : server->requests()) {
            QByteArray wire = r.method + " " + r.target + "\n" + r.body;
            for (const auto& [name, value] : r.headers)
                wire += "\n" + name + ": " + value;
            for (const ProviderKey& k : providerKeys())
                EXPECT_EQ(wire.contains(k.key.toUtf8()), k.provider == provider)
                    << k.provider.toStdString() << " key on the " << provider.toStdString() << " server";
        }
    }
}

// The preview shows exactly the bytes that are sent: a pack assembled as the preview assembles it,
// sent through the orchestrator, arrives at each fake provider with instructions and input
// identical, byte for byte, to the AssembledPrompt.
#include "core/prompt/promptassembler.h"
#include "core/prompt/templatelibrary.h"
#include "core/run/runsession.h"
#include "support/goldenpack.h"
#include "support/providertesting.h"
#include "support/runfixture.h"

#include <QJsonArray>

#include <variant>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

struct SentPrompt
{
    QByteArray instructions;
    QByteArray input;
};

QJsonValue at(const QJsonValue& v, std::initializer_list<std::variant<const char*, int>> path)
{
    QJsonValue cur = v;
    for (const auto& step : path) {
        if (std::holds_alternative<int>(step))
            cur = cur.toArray().at(std::get<int>(step));
        else
            cur = cur.toObject().value(QString::fromLatin1(std::get<const char*>(step)));
    }
    return cur;
}

// Where each wire protocol puts the two parts of the prompt.
SentPrompt sentBy(const QString& provider, const QJsonObject& body)
{
    const QJsonValue b(body);
    if (provider == QLatin1String("openai"))
        return {at(b, {"instructions"}).toString().toUtf8(),
                at(b, {"input", 0, "content", 0, "text"}).toString().toUtf8()};
    if (provider == QLatin1String("anthropic"))
        return {at(b, {"system"}).toString().toUtf8(), at(b, {"messages", 0, "content"}).toString().toUtf8()};
    if (provider == QLatin1String("gemini"))
        return {at(b, {"systemInstruction", "parts", 0, "text"}).toString().toUtf8(),
                at(b, {"contents", 0, "parts", 0, "text"}).toString().toUtf8()};
    return {at(b, {"messages", 0, "content"}).toString().toUtf8(),
            at(b, {"messages", 1, "content"}).toString().toUtf8()};
}

} // namespace

TEST(RunPreviewBytes, goldenPackSentToEveryProvider_bodiesCarryTheAssembledBytes)
{
    RunFixture f;
    f.openai.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(providerTranscript(QStringLiteral("responses_text.sse")));
    });
    f.anthropic.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(providerTranscript(QStringLiteral("anthropic_basic.sse")));
    });
    f.gemini.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(providerTranscript(QStringLiteral("gemini_thinking.sse")));
    });
    f.local.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(providerTranscript(QStringLiteral("chat_basic.sse")));
    });

    TempWorkspace noUserTemplates;
    const TemplateLibrary library(TemplateLibrary::defaultPresetDir(), noUserTemplates.path());
    const Pack pack = GoldenPack::pack();
    const AssembledPrompt prompt =
        PromptAssembler::assemble(pack, library.defaultTemplate(), GoldenPack::variables(), GoldenPack::date());
    ASSERT_FALSE(prompt.instructions.isEmpty());
    ASSERT_TRUE(prompt.input.contains(QStringLiteral("</document>"))) << "the golden pack has the awkward cases";

    RunOrchestrator orchestrator(f.environment());
    auto session = orchestrator.start(
        RunInput::fromPack(pack, QStringLiteral("/tmp/golden.ctxpack"), prompt),
        RunFixture::plan({QStringLiteral("openai:o3"), QStringLiteral("anthropic:claude-sonnet-4-5"),
                          QStringLiteral("gemini:gemini-2.5-pro"), QStringLiteral("local:qwen3")},
                         1));
    ASSERT_TRUE(session.has_value());
    ASSERT_TRUE(waitFor([&] { return (*session)->isFinished(); }));

    const std::pair<QString, FakeHttpServer*> servers[] = {{QStringLiteral("openai"), &f.openai},
                                                           {QStringLiteral("anthropic"), &f.anthropic},
                                                           {QStringLiteral("gemini"), &f.gemini},
                                                           {QStringLiteral("local"), &f.local}};
    for (const auto& [provider, server] : servers) {
        SCOPED_TRACE(provider.toStdString());
        ASSERT_EQ(server->requestCount(), 1);
        const SentPrompt sent = sentBy(provider, server->lastRequest().json());
        EXPECT_EQ(sent.instructions, prompt.instructions.toUtf8());
        EXPECT_EQ(sent.input, prompt.input.toUtf8());
    }

    // History records the same prompt, its hash and the pack it came from.
    auto stored = f.history->loadRun((*session)->record().id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->instructions.toUtf8(), prompt.instructions.toUtf8());
    EXPECT_EQ(stored->input.toUtf8(), prompt.input.toUtf8());
    EXPECT_EQ(stored->promptSha256.toLatin1(), prompt.sha256());
    EXPECT_EQ(stored->packHash.toLatin1(), pack.snapshotHash());
    EXPECT_EQ(stored->templateName, prompt.templateName);
    EXPECT_FALSE(stored->manifest.isEmpty());
    EXPECT_FALSE(stored->catalogVersion.isEmpty());
}

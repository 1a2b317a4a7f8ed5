#include "core/providers/anthropicprotocol.h"
#include "core/providers/chatcompletionsprotocol.h"
#include "core/providers/geminiprotocol.h"
#include "core/providers/responsesprotocol.h"
#include "core/providers/ssedecoder.h"
#include "fuzz/core/corefuzzentries.h"

namespace Cb::Fuzz {

namespace {

using Core::StreamEvent;
using Core::StreamMapper;

// The key the mappers are built with. Seeds echo it inside error events: it must be redacted
// from every error message whatever else the event holds.
const QString kKey = QStringLiteral("sk-fuzz-K3Y-THAT-MUST-NOT-LEAK");

bool isTerminal(const StreamEvent& e)
{
    return e.kind == StreamEvent::Kind::Completed || e.kind == StreamEvent::Kind::Failed;
}

// Drives a mapper the way StreamingReply does: events until the first terminal one, then
// finish() at end of body. Checks that the mapper's terminated() flag tracks the events it
// produced and that the call ends exactly once.
int runMapper(StreamMapper& mapper, const char* name, const uint8_t* data, size_t size)
{
    const QString who = QString::fromLatin1(name);
    Core::SseDecoder decoder;
    int terminals = 0;
    auto inspect = [&](const QList<StreamEvent>& events) {
        for (const StreamEvent& e : events) {
            if (e.kind == StreamEvent::Kind::Failed) {
                check(!e.error.message.contains(kKey),
                      who + QStringLiteral(": the API key leaked into an error message"));
                check(!e.error.message.isEmpty(), who + QStringLiteral(": failure without a message"));
            }
            if (isTerminal(e))
                ++terminals;
        }
    };
    const auto events =
        decoder.feed(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    for (const Core::SseEvent& sse : events) {
        const QList<StreamEvent> mapped = mapper.map(sse);
        inspect(mapped);
        check(mapper.terminated() == (terminals > 0),
              who + QStringLiteral(": terminated() disagrees with the events produced"));
        if (terminals > 0)
            break;
    }
    if (terminals == 0) {
        inspect(mapper.finish());
        check(terminals == 1, who + QStringLiteral(": the body ended with %1 terminal events "
                                                   "instead of exactly one")
                                  .arg(terminals));
    }
    check(mapper.terminated(), who + QStringLiteral(": not terminated after finish()"));
    // A second finish() (EOF reported twice) must not end the call again.
    int before = terminals;
    inspect(mapper.finish());
    check(terminals == before, who + QStringLiteral(": finish() after the end produced another "
                                                    "terminal event"));
    return 0;
}

} // namespace

int fuzzResponsesMapping(const uint8_t* data, size_t size)
{
    Core::ResponsesProtocol mapper(kKey);
    return runMapper(mapper, "responses", data, size);
}

int fuzzChatMapping(const uint8_t* data, size_t size)
{
    Core::ChatCompletionsProtocol mapper(kKey);
    return runMapper(mapper, "chat", data, size);
}

int fuzzAnthropicMapping(const uint8_t* data, size_t size)
{
    Core::AnthropicProtocol mapper(kKey);
    return runMapper(mapper, "anthropic", data, size);
}

int fuzzGeminiMapping(const uint8_t* data, size_t size)
{
    Core::GeminiProtocol mapper(kKey);
    return runMapper(mapper, "gemini", data, size);
}

} // namespace Cb::Fuzz

#pragma once

#include "core/common/result.h"
#include "core/providers/httpcall.h"
#include "core/providers/providerrequest.h"
#include "core/providers/providerresult.h"
#include "core/providers/streammapper.h"
#include "core/providers/toolcallassembler.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace Cb::Core {

// Anthropic Messages API (PROTOCOLS.md §3). Pure. Extended thinking is enabled by a thinking
// budget (1024 <= budget < max_tokens, checked before sending); thinking deltas become
// reasoning, signature/redacted_thinking blocks are kept out of the text, `ping` and unknown
// events are ignored, `event: error` (overloaded_error…) fails the stream, message_stop ends it.
// Every content block is rebuilt from its deltas (thinking with its signature, tool_use with
// its input parsed at content_block_stop) to be echoed in a tool loop's next round; a block
// still open when the message stops (max_tokens) is dropped, and with it its call.
class AnthropicProtocol final : public StreamMapper
{
public:
    static constexpr int defaultMaxTokens = 8192;

    explicit AnthropicProtocol(QString apiKey = {});

    static Result<HttpCall> createCall(const ProviderRequest& request);
    static HttpCall countTokensCall(const ProviderRequest& request);
    static Result<qint64> parseTokenCount(const QByteArray& body);
    // A whole (non-streamed) Message, as Message Batches return it, mapped exactly as the
    // streamed events of the same message would be: text, thinking as reasoning, usage,
    // tool_use blocks as calls (none when cut by max_tokens), the content as the model turn.
    static ProviderResult parseMessage(const QJsonObject& message);

    QList<StreamEvent> map(const SseEvent& event) override;
    QList<StreamEvent> finish() override;
    bool terminated() const override { return m_terminated; }

private:
    void mergeUsage(const QJsonObject& usage);
    void trackBlock(const QString& type, const QJsonObject& data);
    QList<StreamEvent> modelTurn() const;

    QString m_apiKey;
    Usage m_usage;
    qint64 m_cacheWrite = 0;
    qint64 m_cacheRead = 0;
    qint64 m_plainInput = -1;
    QString m_stopReason;
    bool m_terminated = false;
    bool m_reasoningSeen = false;
    QMap<int, QJsonObject> m_blocks;
    QSet<int> m_closedBlocks;
    QMap<int, QHash<QString, QString>> m_pendingText; // deltas of open blocks by field
    ToolCallAssembler m_calls;
};

} // namespace Cb::Core

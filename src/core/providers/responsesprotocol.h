#pragma once

#include "core/common/result.h"
#include "core/providers/httpcall.h"
#include "core/providers/httperrorclassifier.h"
#include "core/providers/providerrequest.h"
#include "core/providers/streammapper.h"
#include "core/providers/toolcallassembler.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace Cb::Core {

// A Response object as returned by create (background), polling and terminal stream events.
struct ResponseSnapshot
{
    QString id;
    QString status;    // queued | in_progress | completed | failed | cancelled | incomplete
    QString text;      // all output_text parts joined
    QString refusal;   // all refusal parts joined
    QStringList toolCalls; // names of function_call items
    QList<ToolCall> calls; // the function_call items, in output order
    QJsonArray output;     // the output items as sent, for the next round of a tool loop
    QString reasoning; // reasoning summaries joined by blank lines
    Usage usage;
    QString model;
    QString incompleteReason;
    QJsonObject error; // {"code","message"} when failed

    bool isTerminal() const;
};

// OpenAI Responses API (PROTOCOLS.md §1): request bodies and event mapping. Pure.
// Accepts both `error` event shapes, dedupes by sequence_number (needed when a dropped
// background stream is resumed with starting_after) and never sends temperature to
// reasoning models. Function calls (§12.1) are read per output_index and count once their
// output_item.done arrived; the done items are the model turn echoed in the next round.
class ResponsesProtocol final : public StreamMapper
{
public:
    explicit ResponsesProtocol(QString apiKey = {});

    static HttpCall createCall(const ProviderRequest& request);
    static HttpCall retrieveCall(const ProviderRequest& request, const QString& responseId);
    static HttpCall resumeStreamCall(const ProviderRequest& request, const QString& responseId,
                                     qint64 startingAfter);
    static HttpCall cancelCall(const ProviderRequest& request, const QString& responseId);
    static ResponseSnapshot parseResponse(const QJsonObject& response);
    static Usage parseUsage(const QJsonObject& usage);
    // Events that end a call from a terminal Response object: the final text/reasoning when
    // asked for (nothing was streamed), then Completed or Failed. `phase` says where the object
    // came from (a stream, a polled background response, a batch result), as failures name it.
    static QList<StreamEvent> terminalEvents(
        const ResponseSnapshot& snapshot, bool withText, bool withReasoning, const QString& apiKey,
        HttpErrorClassifier::ErrorPhase phase = HttpErrorClassifier::ErrorPhase::Stream);

    QList<StreamEvent> map(const SseEvent& event) override;
    QList<StreamEvent> finish() override;
    bool terminated() const override { return m_terminated; }
    qint64 lastSequence() const override { return m_lastSequence; }

private:
    QList<StreamEvent> mapResponseEvent(const QString& type, const QJsonObject& data);
    void trackItem(const QString& type, const QJsonObject& data);

    QString m_apiKey;
    QString m_responseId;
    qint64 m_lastSequence = -1;
    bool m_terminated = false;
    bool m_textSeen = false;
    bool m_refusalSeen = false;
    bool m_reasoningSeen = false;
    QMap<int, QJsonObject> m_addedItems;
    QMap<int, QJsonObject> m_doneItems;
    ToolCallAssembler m_calls;
};

} // namespace Cb::Core

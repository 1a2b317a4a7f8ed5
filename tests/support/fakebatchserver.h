#pragma once

#include "support/fakehttpserver.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include <functional>

namespace Cb::Test {

// A fake OpenAI (Files + Batches on /v1/responses) or Anthropic (Message Batches) server on
// top of FakeHttpServer, as PROTOCOLS.md §5 describes them. Every created batch answers its
// polls with the scripted statuses (OpenAI's words; the last one repeats, translated into
// Anthropic's processing_status and timestamps for an Anthropic server), then serves results
// for each request according to its fate, in an order shuffled by the seed. It records what
// it was asked, so tests can prove nothing was sent twice.
class FakeBatchServer
{
public:
    enum class Flavour
    {
        OpenAi,
        Anthropic,
    };
    enum class Fate
    {
        Succeed,
        Fail,   // a per-request error (OpenAI: in the error file)
        Omit,   // no line at all in the output
        Expire, // not run before the window closed
        Cancel, // not run before the batch was cancelled
    };
    struct Batch
    {
        QString id;
        QString model;       // OpenAI: from the lines; Anthropic: of the first request
        QStringList customIds; // in input order
        QList<QJsonObject> bodies; // each request's body / params
        int polls = 0;
        bool cancelled = false;
    };

    explicit FakeBatchServer(Flavour flavour);

    QString baseUrl() const; // OpenAI: ".../v1"
    FakeHttpServer& http() { return m_http; }
    const FakeHttpServer& http() const { return m_http; }

    void setStatuses(const QStringList& statuses) { m_statuses = statuses; }
    void setFate(std::function<Fate(const QString& customId)> fate) { m_fate = std::move(fate); }
    void setShuffleSeed(quint32 seed) { m_seed = seed; }
    // Pads every answer to about `bytes` of text (benchmarks: large output files).
    void setAnswerBytes(int bytes) { m_answerBytes = bytes; }
    void setRateLimitedCreates(int count) { m_rateLimitedCreates = count; }
    // OpenAI `errors.data` for a batch whose script ends in "failed".
    void setValidationErrors(const QJsonArray& data) { m_validationErrors = data; }

    const QList<Batch>& batches() const { return m_batches; }
    // Requests of one kind: "upload", "create", "poll", "results", "cancel".
    int count(const QString& kind) const { return m_counts.value(kind); }

private:
    std::optional<FakeResponse> handle(const RecordedRequest& request);
    FakeResponse createOpenAi(const RecordedRequest& request);
    FakeResponse createAnthropic(const RecordedRequest& request);
    QString statusOf(const Batch& batch) const;
    QJsonObject openAiObject(const Batch& batch) const;
    QJsonObject anthropicObject(const Batch& batch) const;
    QByteArray results(const Batch& batch, bool errorsOnly) const;
    QJsonObject successLine(const Batch& batch, int index) const;
    QJsonObject errorLine(const Batch& batch, int index) const;
    Batch* find(const QString& id);

    Flavour m_flavour;
    FakeHttpServer m_http;
    QStringList m_statuses{QStringLiteral("validating"), QStringLiteral("in_progress"),
                           QStringLiteral("finalizing"), QStringLiteral("completed")};
    std::function<Fate(const QString&)> m_fate;
    quint32 m_seed = 1;
    int m_rateLimitedCreates = 0;
    int m_answerBytes = 0;
    QJsonArray m_validationErrors;
    QHash<QString, QByteArray> m_files; // OpenAI uploads by file id
    QList<Batch> m_batches;
    QHash<QString, int> m_counts;
};

} // namespace Cb::Test

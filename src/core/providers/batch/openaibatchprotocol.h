#pragma once

#include "core/providers/batch/batchprotocol.h"

#include <QJsonObject>

namespace Cb::Core {

// OpenAI Files + Batches on /v1/responses (PROTOCOLS.md §5.1). Lines carry exactly the body a
// streamed call would send (ResponsesProtocol::createCall) minus stream/background, and
// results are read with ResponsesProtocol::parseResponse, so a batch call records the same
// text and usage as a live one. One model per input file; ≤ 50,000 lines and ≤ 200 MB.
class OpenAiBatchProtocol final : public BatchProtocol
{
public:
    static constexpr qint64 maxRequests = 50000;
    static constexpr qint64 maxBytes = 200LL * 1000 * 1000;
    static constexpr char boundary[] = "contextbench-batch-7f3a9c1e";

    using BatchProtocol::BatchProtocol;

    static QByteArray requestLine(const QString& customId, const ProviderRequest& request);
    static BatchLineResult parseLine(const QJsonObject& line, const QString& apiKey);

    ProviderKind kind() const override { return ProviderKind::OpenAiResponses; }
    BatchLimits defaultLimits() const override { return {maxRequests, maxBytes}; }
    Result<QList<BatchFile>> prepare(const QList<BatchItem>& items,
                                     BatchLimits limits) const override;
    std::optional<HttpCall> uploadCall(const BatchFile& file) const override;
    Result<QString> parseUpload(const QByteArray& body) const override;
    HttpCall createCall(const BatchFile& file, const QString& uploadedId) const override;
    HttpCall retrieveCall(const QString& batchId) const override;
    HttpCall cancelCall(const QString& batchId) const override;
    Result<BatchStatus> parseStatus(const QByteArray& body) const override;
    QList<HttpCall> resultCalls(const BatchStatus& status) const override;
    int parseResults(const QByteArray& body, const QSet<QString>& expected,
                     QHash<QString, BatchLineResult>& into) const override;

private:
    HttpCall call(const QByteArray& method, const QString& path) const;
};

} // namespace Cb::Core

#pragma once

#include "core/providers/batch/batchprotocol.h"

#include <QJsonObject>

namespace Cb::Core {

// Anthropic Message Batches (PROTOCOLS.md §5.2). `params` are exactly the body of a streamed
// call (AnthropicProtocol::createCall) without `stream`; results are whole Messages read by
// AnthropicProtocol::parseMessage. custom_id must match ^[a-zA-Z0-9_-]{1,64}$; a batch holds
// at most 100,000 requests or 256 MB.
class AnthropicBatchProtocol final : public BatchProtocol
{
public:
    static constexpr qint64 maxRequests = 100000;
    static constexpr qint64 maxBytes = 256LL * 1000 * 1000;

    using BatchProtocol::BatchProtocol;

    static bool isValidCustomId(const QString& id);
    static Result<QByteArray> requestEntry(const QString& customId, const ProviderRequest& request);
    static BatchLineResult parseLine(const QJsonObject& line, const QString& apiKey);

    ProviderKind kind() const override { return ProviderKind::Anthropic; }
    BatchLimits defaultLimits() const override { return {maxRequests, maxBytes}; }
    Result<QList<BatchFile>> prepare(const QList<BatchItem>& items,
                                     BatchLimits limits) const override;
    std::optional<HttpCall> uploadCall(const BatchFile&) const override { return std::nullopt; }
    Result<QString> parseUpload(const QByteArray&) const override { return QString(); }
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

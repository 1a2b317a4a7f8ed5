#pragma once

#include "core/common/result.h"
#include "core/providers/batch/batchfile.h"
#include "core/providers/batch/batchlineresult.h"
#include "core/providers/batch/batchstatus.h"
#include "core/providers/httpcall.h"
#include "core/providers/providerrequest.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace Cb::Core {

// One request of a batch: the ordinary call request and the id that matches its result.
struct BatchItem
{
    QString customId;
    ProviderRequest request;
};

// The wire side of one provider's batch API (PROTOCOLS.md §5), pure apart from writing the
// temporary request files. BatchJob drives it; `connection` supplies base URL and key.
class BatchProtocol
{
public:
    explicit BatchProtocol(ProviderRequest connection) : m_connection(std::move(connection)) {}
    virtual ~BatchProtocol() = default;

    // nullptr for providers without a batch API (Gemini, local servers).
    static std::unique_ptr<BatchProtocol> create(const ProviderRequest& connection);
    static bool supports(ProviderKind kind);

    virtual ProviderKind kind() const = 0;
    virtual BatchLimits defaultLimits() const = 0;
    // Streams the items into as few files as the limits (and model rule) allow.
    virtual Result<QList<BatchFile>> prepare(const QList<BatchItem>& items,
                                             BatchLimits limits) const = 0;
    // OpenAI uploads the file first; nullopt where create carries the requests itself.
    virtual std::optional<HttpCall> uploadCall(const BatchFile& file) const = 0;
    virtual Result<QString> parseUpload(const QByteArray& body) const = 0;
    virtual HttpCall createCall(const BatchFile& file, const QString& uploadedId) const = 0;
    virtual HttpCall retrieveCall(const QString& batchId) const = 0;
    virtual HttpCall cancelCall(const QString& batchId) const = 0;
    virtual Result<BatchStatus> parseStatus(const QByteArray& body) const = 0;
    // Downloads holding the per-request results of a terminal batch.
    virtual QList<HttpCall> resultCalls(const BatchStatus& status) const = 0;
    // Adds the results found in one downloaded JSONL body (any order) to `into`; lines for
    // ids outside `expected` are ignored. Returns the number of unreadable lines.
    virtual int parseResults(const QByteArray& body, const QSet<QString>& expected,
                             QHash<QString, BatchLineResult>& into) const = 0;

    const ProviderRequest& connection() const { return m_connection; }

protected:
    // Calls `line` with each non-empty line of a JSONL body parsed as an object; returns the
    // number of lines that were not JSON objects.
    static int forEachJsonLine(const QByteArray& body,
                               const std::function<void(const QJsonObject&)>& line);

    ProviderRequest m_connection;
};

} // namespace Cb::Core

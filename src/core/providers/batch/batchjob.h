#pragma once

#include "core/providers/batch/batchprotocol.h"
#include "core/providers/provideroptions.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace Cb::Core {

class ApiCall;

// One provider batch in flight: upload (OpenAI) and create, or pick up an existing batch by id
// after a restart; then poll with growing intervals until it ends and download its results,
// matched to the requests by custom_id in any order. Emits created() the moment the batch id
// exists (record it then: nothing may be sent twice), statusChanged() on every poll, and then
// exactly one of finished() (every request accounted for, whatever the batch's end state) or
// failed() (the batch could not be created, or polling hit an error that waiting won't fix;
// a created batch stays on the provider and can be resumed). Never emits synchronously.
class BatchJob : public QObject
{
    Q_OBJECT

public:
    static BatchJob* submit(QNetworkAccessManager* nam, std::unique_ptr<BatchProtocol> protocol,
                            BatchFile file, const ProviderOptions& options,
                            QObject* parent = nullptr);
    // `customIds` in input-file order (OpenAI validation errors name lines).
    static BatchJob* resume(QNetworkAccessManager* nam, std::unique_ptr<BatchProtocol> protocol,
                            const QString& batchId, const QStringList& customIds,
                            const ProviderOptions& options, QObject* parent = nullptr);
    ~BatchJob() override;

    // Asks the provider to cancel; polling goes on and what came back is still collected.
    void cancel();
    const BatchStatus& status() const { return m_status; }
    const QStringList& customIds() const { return m_ids; }
    bool isDone() const { return m_done; }

Q_SIGNALS:
    void created(const Cb::Core::BatchStatus& status);
    void statusChanged(const Cb::Core::BatchStatus& status);
    void finished(const Cb::Core::BatchStatus& status,
                  const QList<Cb::Core::BatchLineResult>& results);
    void failed(const Cb::Core::Error& error);

private:
    BatchJob(QNetworkAccessManager* nam, std::unique_ptr<BatchProtocol> protocol,
             const ProviderOptions& options, QObject* parent);

    using BodyHandler = std::function<void(const QByteArray&)>;
    using ErrorHandler = std::function<void(const Error&)>;
    void request(const HttpCall& call, BodyHandler onBody, ErrorHandler onError);
    void upload();
    void create(const QString& uploadedId);
    void poll();
    void onStatus(const QByteArray& body);
    void schedulePoll(qint64 delayMs);
    void download(int index);
    void finish();
    void failWith(const Error& error);

    QPointer<QNetworkAccessManager> m_nam;
    std::unique_ptr<BatchProtocol> m_protocol;
    ProviderOptions m_options;
    BatchFile m_file;
    QStringList m_ids;
    BatchStatus m_status;
    QList<HttpCall> m_downloads;
    QHash<QString, BatchLineResult> m_results;
    ApiCall* m_call = nullptr;
    QTimer m_pollTimer;
    qint64 m_interval = 0;
    bool m_cancelAsked = false;
    bool m_done = false;
};

} // namespace Cb::Core

#include "core/providers/batch/batchjob.h"

#include "core/providers/apicall.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

namespace Cb::Core {

namespace {

bool worthWaiting(const Error& e)
{
    return e.code == ErrorCode::Network || e.code == ErrorCode::Server ||
           e.code == ErrorCode::RateLimited || e.code == ErrorCode::Timeout;
}

} // namespace

BatchJob::BatchJob(QNetworkAccessManager* nam, std::unique_ptr<BatchProtocol> protocol,
                   const ProviderOptions& options, QObject* parent)
    : QObject(parent), m_nam(nam), m_protocol(std::move(protocol)), m_options(options)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &BatchJob::poll);
    m_interval = m_options.poll.initialIntervalMs;
}

BatchJob::~BatchJob()
{
    delete m_call;
}

BatchJob* BatchJob::submit(QNetworkAccessManager* nam, std::unique_ptr<BatchProtocol> protocol,
                           BatchFile file, const ProviderOptions& options, QObject* parent)
{
    auto* job = new BatchJob(nam, std::move(protocol), options, parent);
    job->m_ids = file.customIds;
    job->m_file = std::move(file);
    QMetaObject::invokeMethod(job, &BatchJob::upload, Qt::QueuedConnection);
    return job;
}

BatchJob* BatchJob::resume(QNetworkAccessManager* nam, std::unique_ptr<BatchProtocol> protocol,
                           const QString& batchId, const QStringList& customIds,
                           const ProviderOptions& options, QObject* parent)
{
    auto* job = new BatchJob(nam, std::move(protocol), options, parent);
    job->m_ids = customIds;
    job->m_status.id = batchId;
    QMetaObject::invokeMethod(job, &BatchJob::poll, Qt::QueuedConnection);
    return job;
}

void BatchJob::cancel()
{
    if (m_done || m_cancelAsked)
        return;
    m_cancelAsked = true;
    if (m_status.id.isEmpty()) { // not created yet: stop before anything is queued
        delete m_call;
        m_call = nullptr;
        failWith(
            Error(ErrorCode::Cancelled,
                  QCoreApplication::translate("Cb::Core::BatchJob",
                                              "%1: the batch was cancelled before it was created.")
                      .arg(providerDisplayName(m_protocol->kind()))));
        return;
    }
    m_pollTimer.stop();
    request(
        m_protocol->cancelCall(m_status.id), [this](const QByteArray& body) { onStatus(body); },
        [this](const Error&) { schedulePoll(0); }); // the poll tells what really happened
}

void BatchJob::request(const HttpCall& call, BodyHandler onBody, ErrorHandler onError)
{
    delete m_call;
    m_call = new ApiCall(
        m_nam, m_protocol->kind(), m_file.model, m_protocol->connection().apiKey, call,
        [](const QByteArray& body) -> Result<QVariant> { return QVariant(body); }, m_options,
        this);
    ApiCall* mine = m_call;
    connect(mine, &ApiCall::finished, this, [this, mine, onBody](const QVariant& v) {
        if (m_call == mine) {
            m_call = nullptr;
            mine->deleteLater();
        }
        onBody(v.toByteArray());
    });
    connect(mine, &ApiCall::failed, this, [this, mine, onError](const Error& e) {
        if (m_call == mine) {
            m_call = nullptr;
            mine->deleteLater();
        }
        onError(e);
    });
}

void BatchJob::upload()
{
    const auto call = m_protocol->uploadCall(m_file);
    if (!call) {
        create(QString());
        return;
    }
    request(
        *call,
        [this](const QByteArray& body) {
            const auto id = m_protocol->parseUpload(body);
            if (!id)
                return failWith(id.error());
            create(*id);
        },
        [this](const Error& e) { failWith(e); });
}

void BatchJob::create(const QString& uploadedId)
{
    request(
        m_protocol->createCall(m_file, uploadedId),
        [this](const QByteArray& body) {
            const auto s = m_protocol->parseStatus(body);
            if (!s)
                return failWith(s.error());
            m_status = *s;
            m_file.file.reset(); // the provider has the requests now
            Q_EMIT created(m_status);
            if (m_status.isTerminal())
                return onStatus(body);
            schedulePoll(m_interval);
        },
        [this](const Error& e) { failWith(e); });
}

void BatchJob::poll()
{
    if (m_call || m_done) // a cancel is on its way; its reply schedules the next poll
        return;
    request(
        m_protocol->retrieveCall(m_status.id), [this](const QByteArray& body) { onStatus(body); },
        [this](const Error& e) {
            if (worthWaiting(e))
                return schedulePoll(m_options.poll.maxIntervalMs);
            failWith(e);
        });
}

void BatchJob::onStatus(const QByteArray& body)
{
    const auto s = m_protocol->parseStatus(body);
    if (!s)
        return failWith(s.error());
    m_status = *s;
    Q_EMIT statusChanged(m_status);
    if (!m_status.isTerminal()) {
        schedulePoll(m_interval);
        m_interval = std::min<qint64>(qint64(double(m_interval) * m_options.poll.factor),
                                      m_options.poll.maxIntervalMs);
        return;
    }
    m_downloads = m_protocol->resultCalls(m_status);
    download(0);
}

void BatchJob::schedulePoll(qint64 delayMs)
{
    m_pollTimer.start(int(std::clamp<qint64>(delayMs, 0, INT_MAX)));
}

void BatchJob::download(int index)
{
    if (index >= m_downloads.size())
        return finish();
    request(
        m_downloads.at(index),
        [this, index](const QByteArray& body) {
            // A results file may be hundreds of MB: parse it off the GUI thread, with a protocol
            // of its own so the job may go away meanwhile.
            using Parsed = QHash<QString, BatchLineResult>;
            auto* watcher = new QFutureWatcher<Parsed>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, index] {
                const Parsed parsed = watcher->result();
                watcher->deleteLater();
                for (auto it = parsed.cbegin(); it != parsed.cend(); ++it)
                    m_results.insert(it.key(), it.value());
                download(index + 1);
            });
            watcher->setFuture(QtConcurrent::run(
                [protocol = std::shared_ptr<BatchProtocol>(BatchProtocol::create(m_protocol->connection())),
                 body, expected = QSet<QString>(m_ids.begin(), m_ids.end())] {
                    Parsed out;
                    protocol->parseResults(body, expected, out);
                    return out;
                }));
        },
        [this](const Error& e) {
            // Results stay downloadable on the provider; resuming later fetches them again.
            failWith(
                Error(e.code, QCoreApplication::translate(
                                  "Cb::Core::BatchJob",
                                  "%1 (while downloading the results of batch %2; resume to retry)")
                                  .arg(e.message, m_status.id)));
        });
}

void BatchJob::finish()
{
    const QString who = providerDisplayName(m_protocol->kind());
    QHash<int, QString> lineErrors;
    QStringList general;
    for (const auto& [line, message] : m_status.validationErrors) {
        if (line > 0)
            lineErrors.insert(line, message);
        else
            general << message;
    }
    QList<BatchLineResult> out;
    out.reserve(m_ids.size());
    for (int i = 0; i < m_ids.size(); ++i) {
        const QString& id = m_ids.at(i);
        if (auto it = m_results.constFind(id); it != m_results.cend()) {
            out << *it;
            continue;
        }
        BatchLineResult r;
        r.customId = id;
        switch (m_status.state) {
        case BatchState::Failed:
            r.outcome = BatchLineResult::Outcome::Failed;
            r.error = Error(ErrorCode::InvalidInput,
                            lineErrors.contains(i + 1)
                                ? QCoreApplication::translate(
                                      "Cb::Core::BatchJob",
                                      "%1: batch validation failed on this request (line %2): %3")
                                      .arg(who)
                                      .arg(i + 1)
                                      .arg(lineErrors.value(i + 1))
                                : QCoreApplication::translate("Cb::Core::BatchJob",
                                                              "%1: the batch failed validation: %2")
                                      .arg(who, general.isEmpty()
                                                    ? lineErrors.values().join(QStringLiteral("; "))
                                                    : general.join(QStringLiteral("; "))));
            break;
        case BatchState::Expired:
            r.outcome = BatchLineResult::Outcome::Expired;
            r.error =
                Error(ErrorCode::Provider,
                      QCoreApplication::translate(
                          "Cb::Core::BatchJob",
                          "%1: the batch expired before this request ran; it can be run again.")
                          .arg(who));
            break;
        case BatchState::Cancelled:
            r.outcome = BatchLineResult::Outcome::Cancelled;
            r.error = Error(
                ErrorCode::Cancelled,
                QCoreApplication::translate("Cb::Core::BatchJob",
                                            "%1: the batch was cancelled before this request ran.")
                    .arg(who));
            break;
        default:
            r.outcome = BatchLineResult::Outcome::Missing;
            r.error = Error(
                ErrorCode::Provider,
                QCoreApplication::translate("Cb::Core::BatchJob",
                                            "%1: batch %2 ended without a result for this request.")
                    .arg(who, m_status.id));
            break;
        }
        out << r;
    }
    m_done = true;
    m_pollTimer.stop();
    Q_EMIT finished(m_status, out);
}

void BatchJob::failWith(const Error& error)
{
    if (m_done)
        return;
    m_done = true;
    m_pollTimer.stop();
    Q_EMIT failed(error);
}

} // namespace Cb::Core

#include "core/providers/apicall.h"

#include "core/providers/httperrorclassifier.h"
#include "core/providers/httptransport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace Cb::Core {

namespace {

// At most this much waits in a reply: a 100 MB batch output reaches the GUI thread in slices of
// this size, each copied once, not tens of MB per event whenever the thread was busy.
constexpr qint64 kReadBufferBytes = 1024 * 1024;

// Bodies this large (batch outputs) get their memory mapped on a worker before it is written.
constexpr qint64 kPrefaultBytes = 8 * 1024 * 1024;

// A fresh 100 MB buffer costs 25,600 page faults when first written, ~0.3 s on the thread that
// writes it (more on a virtual machine): the GUI thread, reading a reply. The kernel maps the
// pages here instead, without touching their bytes; if the buffer is freed meanwhile, the
// advice fails or lands on memory that is mapped anyway, harmlessly.
void prefault(char* data, qsizetype size)
{
#ifdef MADV_POPULATE_WRITE
    const auto page = quintptr(sysconf(_SC_PAGESIZE));
    const quintptr begin = (quintptr(data) + page - 1) & ~(page - 1);
    const quintptr end = (quintptr(data) + quintptr(size)) & ~(page - 1);
    if (end > begin)
        (void)QtConcurrent::run(
            [begin, end] { madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_WRITE); });
#else
    Q_UNUSED(data);
    Q_UNUSED(size);
#endif
}

// Straight into the body (reserved from Content-Length when there is one): no temporary array,
// and no page faults for one, per read.
void readAvailable(QNetworkReply* reply, QByteArray& body)
{
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    const qsizetype old = body.size();
    body.resize(old + qsizetype(available));
    const qint64 read = reply->read(body.data() + old, available);
    body.resize(old + qsizetype(std::max<qint64>(read, 0)));
}

} // namespace

ApiCall::ApiCall(QNetworkAccessManager* nam, ProviderKind kind, QString model, QString apiKey,
                 Result<HttpCall> call, Parser parser, const ProviderOptions& options,
                 QObject* parent)
    : QObject(parent), m_nam(nam), m_kind(kind), m_model(std::move(model)),
      m_apiKey(std::move(apiKey)), m_call(std::move(call)), m_parser(std::move(parser)),
      m_options(options)
{
    for (QTimer* t : {&m_firstByteTimer, &m_totalTimer, &m_retryTimer})
        t->setSingleShot(true);
    // Coarse timers may fire 5 % early; a retry must never beat the server's Retry-After.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    const auto timeout = [this](const QString& phase, qint64 ms) {
        finishWith(fail(ErrorCode::Timeout, tr("%1: timed out (%2, limit %3).")
                                                .arg(providerDisplayName(m_kind), phase,
                                                     HttpTransport::describeDuration(ms))));
    };
    connect(&m_firstByteTimer, &QTimer::timeout, this, [this, timeout] {
        timeout(tr("waiting for the response"), m_options.timeouts.firstByteMs);
    });
    connect(&m_totalTimer, &QTimer::timeout, this, [this, timeout] {
        timeout(tr("total time for the request"), m_options.timeouts.totalMs);
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_call) {
                finishWith(tl::unexpected<Error>(m_call.error()));
                return;
            }
            m_totalTimer.start(int(std::min<qint64>(m_options.timeouts.totalMs, INT_MAX)));
            sendAttempt();
        },
        Qt::QueuedConnection);
}

ApiCall::~ApiCall()
{
    release();
}

void ApiCall::abort()
{
    m_done = true;
    for (QTimer* t : {&m_firstByteTimer, &m_totalTimer, &m_retryTimer})
        t->stop();
    release();
}

void ApiCall::sendAttempt()
{
    if (m_done || !m_nam)
        return;
    release();
    ++m_attempts;
    m_net = HttpTransport::send(m_nam, *m_call);
    m_body.clear();
    connect(m_net, &QNetworkReply::metaDataChanged, this, [this] {
        m_firstByteTimer.stop();
        const qint64 length = m_net->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > 0 && length < (qint64(1) << 31)) {
            m_body.reserve(qsizetype(length));
            if (length >= kPrefaultBytes)
                prefault(m_body.data(), qsizetype(length));
        }
    });
    m_net->setReadBufferSize(kReadBufferBytes);
    connect(m_net, &QNetworkReply::readyRead, this, [this] { readAvailable(m_net, m_body); });
    connect(m_net, &QNetworkReply::finished, this, &ApiCall::onNetFinished);
    m_firstByteTimer.start(int(std::min<qint64>(m_options.timeouts.firstByteMs, INT_MAX)));
}

void ApiCall::onNetFinished()
{
    if (!m_net || m_done)
        return;
    const int status = HttpTransport::status(m_net);
    readAvailable(m_net, m_body);
    const QByteArray body = std::exchange(m_body, QByteArray());
    HttpFailure f;
    if (status >= 200 && status < 300 && m_net->error() == QNetworkReply::NoError) {
        release();
        finishWith(m_parser(body));
        return;
    }
    if (status != 0) {
        f = HttpErrorClassifier::classify(m_kind, status, HttpTransport::headers(m_net), body,
                                          m_model, m_apiKey);
    } else {
        f.error = HttpTransport::transportError(m_kind, m_net, false);
        f.retryable = true;
    }
    release();
    if (!f.retryable || m_attempts > m_options.retry.maxRetries) {
        finishWith(tl::unexpected<Error>(f.error));
        return;
    }
    m_retryTimer.start(
        int(HttpTransport::backoffDelayMs(m_options.retry, m_attempts, f.retryAfterMs)));
}

void ApiCall::finishWith(const Result<QVariant>& result)
{
    if (m_done)
        return;
    abort();
    if (result)
        Q_EMIT finished(*result);
    else
        Q_EMIT failed(result.error());
}

void ApiCall::release()
{
    HttpTransport::release(m_net, this);
}

} // namespace Cb::Core

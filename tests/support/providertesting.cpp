#include "support/providertesting.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkProxy>
#include <QTimer>

#include <gtest/gtest.h>
#include "cb_test_paths.h"

namespace Cb::Test {

std::unique_ptr<QNetworkAccessManager> makeTestNetworkManager()
{
    auto nam = std::make_unique<QNetworkAccessManager>();
    nam->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    return nam;
}

Core::ProviderOptions fastProviderOptions()
{
    Core::ProviderOptions o;
    o.retry.maxRetries = 2;
    o.retry.baseDelayMs = 10;
    o.retry.maxDelayMs = 200;
    o.retry.jitter = false;
    o.timeouts.firstByteMs = 5000;
    o.timeouts.idleMs = 5000;
    o.timeouts.totalMs = 20000;
    o.poll.initialIntervalMs = 10;
    o.poll.maxIntervalMs = 40;
    o.poll.deadlineMs = 5000;
    o.poll.maxResumes = 3;
    return o;
}

QByteArray providerTranscript(const QString& name)
{
    QFile f(QStringLiteral(CB_TEST_DATA_DIR "/providers/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "missing transcript " << name.toStdString();
        return {};
    }
    return f.readAll();
}

} // namespace Cb::Test

namespace Cb::Test {

bool waitFor(const std::function<bool()>& predicate, int timeoutMs)
{
    if (predicate())
        return true;
    QEventLoop loop;
    QTimer poll;
    const QDeadlineTimer deadline(timeoutMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (predicate() || deadline.hasExpired())
            loop.quit();
    });
    poll.start(1);
    loop.exec();
    return predicate();
}

} // namespace Cb::Test

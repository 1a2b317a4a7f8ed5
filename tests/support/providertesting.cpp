#include "support/providertesting.h"

#include <QFile>
#include <QNetworkProxy>

#include <gtest/gtest.h>

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

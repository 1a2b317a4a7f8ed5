#include "core/secrets/keychainbackend.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace Cb::Core {

namespace {

Error keychainError(const QKeychain::Job& job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return Error(ErrorCode::NotFound, QCoreApplication::translate("Cb::Core::KeychainBackend", "No key stored in the keychain."));
    return Error(ErrorCode::Keychain,
                 QCoreApplication::translate("Cb::Core::KeychainBackend", "The system keychain is not available: %1").arg(job.errorString()));
}

template <typename JobType>
JobType* makeJob(const QString& service, const QString& account, QObject* parent)
{
    auto* job = new JobType(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never store secrets in plain text
    job->setKey(account);
    return job;
}

} // namespace

KeychainBackend::KeychainBackend(QString service, QObject* parent)
    : SecretBackend(parent), m_service(std::move(service))
{
}

void KeychainBackend::read(const QString& account, ReadCallback done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, account, this);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError)
            done(fail(keychainError(*job)));
        else
            done(job->textData());
    });
    job->start();
}

void KeychainBackend::write(const QString& account, const QString& secret, DoneCallback done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, account, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError)
            done(fail(keychainError(*job)));
        else
            done({});
    });
    job->start();
}

void KeychainBackend::remove(const QString& account, DoneCallback done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, account, this);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            done(fail(keychainError(*job)));
        else
            done({});
    });
    job->start();
}

} // namespace Cb::Core

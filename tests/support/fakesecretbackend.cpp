#include "support/fakesecretbackend.h"

namespace Cb::Test {

using Core::ErrorCode;
using Core::fail;

void FakeSecretBackend::read(const QString& account, ReadCallback done)
{
    ++reads;
    if (!available)
        return done(fail(ErrorCode::Keychain, QStringLiteral("no secret service")));
    if (!entries.contains(account))
        return done(fail(ErrorCode::NotFound, QStringLiteral("none")));
    done(entries.value(account));
}

void FakeSecretBackend::write(const QString& account, const QString& secret, DoneCallback done)
{
    if (!available)
        return done(fail(ErrorCode::Keychain, QStringLiteral("no secret service")));
    entries.insert(account, secret);
    done({});
}

void FakeSecretBackend::remove(const QString& account, DoneCallback done)
{
    entries.remove(account);
    done({});
}

} // namespace Cb::Test

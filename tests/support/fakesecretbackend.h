#pragma once

#include "core/secrets/secretbackend.h"

#include <QHash>

namespace Cb::Test {

// An in-memory keychain that answers synchronously, or is "absent" and fails every call: the
// secrets never touch disk, so tests can prove the app itself writes none.
class FakeSecretBackend final : public Core::SecretBackend
{
public:
    bool available = true;
    QHash<QString, QString> entries;
    int reads = 0;

    void read(const QString& account, ReadCallback done) override;
    void write(const QString& account, const QString& secret, DoneCallback done) override;
    void remove(const QString& account, DoneCallback done) override;
};

} // namespace Cb::Test

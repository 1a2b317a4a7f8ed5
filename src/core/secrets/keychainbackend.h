#pragma once

#include "core/secrets/secretbackend.h"

namespace Cb::Core {

// SecretBackend over QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS, Credential
// Manager on Windows). Never falls back to plain-text storage. GUI thread.
class KeychainBackend final : public SecretBackend
{
    Q_OBJECT
public:
    explicit KeychainBackend(QString service, QObject* parent = nullptr);

    void read(const QString& account, ReadCallback done) override;
    void write(const QString& account, const QString& secret, DoneCallback done) override;
    void remove(const QString& account, DoneCallback done) override;

private:
    QString m_service;
};

} // namespace Cb::Core

#pragma once

#include "core/common/result.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Cb::Core {

class SecretBackend;

enum class SecretSource { None, Keychain, Environment };

// Where an API key came from, and the key itself. `value` is empty when none was found.
struct SecretLookup
{
    QString value;
    SecretSource source = SecretSource::None;
};

// API keys by provider id ("openai", "anthropic", "gemini", "local"): the keychain first, then the
// provider's environment variable. Keys never pass through Settings, SQLite, logs or files.
// Not owning the backend (may be null: no keychain at all). GUI thread; callbacks run on it.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Environment = std::function<QString(const QString& name)>;
    using LookupCallback = std::function<void(SecretLookup)>;
    using DoneCallback = std::function<void(VoidResult)>;

    explicit SecretStore(SecretBackend* keychain, Environment env = {}, QObject* parent = nullptr);

    // Calls done once with the key, if any. Remembers whether the keychain answered.
    void lookup(const QString& provider, LookupCallback done);
    // Stores in the keychain; fails with a message naming the environment variable if it can't.
    void store(const QString& provider, const QString& key, DoneCallback done);
    void forget(const QString& provider, DoneCallback done);

    // False once the keychain has failed to answer (headless session, no Secret Service).
    bool keychainAvailable() const { return m_keychainAvailable; }
    QString keychainProblem() const { return m_keychainProblem; }

    static QString environmentVariable(const QString& provider);
    static QString sourceName(SecretSource source);
    // "sk-…wxyz": enough to recognise a key, never enough to use it.
    static QString masked(const QString& key);

Q_SIGNALS:
    void keychainAvailabilityChanged(bool available);

private:
    void noteKeychainFailure(const Error& error);
    SecretLookup fromEnvironment(const QString& provider) const;

    QPointer<SecretBackend> m_keychain;
    Environment m_env;
    bool m_keychainAvailable = true;
    QString m_keychainProblem;
};

} // namespace Cb::Core

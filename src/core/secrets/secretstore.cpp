#include "core/secrets/secretstore.h"

#include "core/secrets/secretbackend.h"

namespace Cb::Core {

namespace {
QString accountFor(const QString& provider) { return QStringLiteral("api-key/") + provider; }
} // namespace

SecretStore::SecretStore(SecretBackend* keychain, Environment env, QObject* parent)
    : QObject(parent), m_keychain(keychain), m_env(std::move(env))
{
    if (!m_env)
        m_env = [](const QString& name) { return qEnvironmentVariable(name.toLatin1().constData()); };
    if (!m_keychain) {
        m_keychainAvailable = false;
        m_keychainProblem = tr("No keychain backend in this build.");
    }
}

QString SecretStore::environmentVariable(const QString& provider)
{
    if (provider == QLatin1String("openai"))
        return QStringLiteral("OPENAI_API_KEY");
    if (provider == QLatin1String("anthropic"))
        return QStringLiteral("ANTHROPIC_API_KEY");
    if (provider == QLatin1String("gemini"))
        return QStringLiteral("GEMINI_API_KEY");
    return QStringLiteral("OPENAI_COMPATIBLE_API_KEY");
}

QString SecretStore::sourceName(SecretSource source)
{
    switch (source) {
    case SecretSource::Keychain: return tr("system keychain");
    case SecretSource::Environment: return tr("environment variable");
    case SecretSource::None: break;
    }
    return tr("not set");
}

QString SecretStore::masked(const QString& key)
{
    if (key.isEmpty())
        return {};
    if (key.size() <= 8)
        return QString(key.size(), QChar(u'•'));
    const int prefix = key.startsWith(QLatin1String("sk-")) ? 3 : 0;
    return key.left(prefix) + QStringLiteral("…") + key.right(4);
}

SecretLookup SecretStore::fromEnvironment(const QString& provider) const
{
    const QString value = m_env(environmentVariable(provider)).trimmed();
    if (value.isEmpty())
        return {};
    return {value, SecretSource::Environment};
}

void SecretStore::noteKeychainFailure(const Error& error)
{
    m_keychainProblem = error.message;
    if (m_keychainAvailable) {
        m_keychainAvailable = false;
        Q_EMIT keychainAvailabilityChanged(false);
    }
}

void SecretStore::lookup(const QString& provider, LookupCallback done)
{
    if (!m_keychain || !m_keychainAvailable) {
        done(fromEnvironment(provider));
        return;
    }
    QPointer<SecretStore> self(this);
    m_keychain->read(accountFor(provider), [self, provider, done = std::move(done)](Result<QString> r) {
        if (!self)
            return;
        if (r && !r->isEmpty()) {
            done({*r, SecretSource::Keychain});
            return;
        }
        if (!r && r.error().code == ErrorCode::Keychain)
            self->noteKeychainFailure(r.error());
        done(self->fromEnvironment(provider));
    });
}

void SecretStore::store(const QString& provider, const QString& key, DoneCallback done)
{
    const QString var = environmentVariable(provider);
    if (!m_keychain || !m_keychainAvailable) {
        done(fail(ErrorCode::Keychain,
                  tr("No system keychain is available, so the key was not saved. Set %1 in the "
                     "environment instead.").arg(var)));
        return;
    }
    QPointer<SecretStore> self(this);
    m_keychain->write(accountFor(provider), key, [self, var, done = std::move(done)](VoidResult r) {
        if (!self)
            return;
        if (!r) {
            self->noteKeychainFailure(r.error());
            done(fail(ErrorCode::Keychain,
                      tr("The key was not saved: %1 Set %2 in the environment instead.")
                          .arg(r.error().message, var)));
            return;
        }
        done({});
    });
}

void SecretStore::forget(const QString& provider, DoneCallback done)
{
    if (!m_keychain || !m_keychainAvailable) {
        done({});
        return;
    }
    m_keychain->remove(accountFor(provider), std::move(done));
}

} // namespace Cb::Core

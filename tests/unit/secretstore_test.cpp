#include "core/secrets/secretbackend.h"
#include "core/secrets/secretstore.h"
#include "support/fakesecretbackend.h"

#include <QHash>

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

using FakeKeychain = Cb::Test::FakeSecretBackend;

SecretStore::Environment env(QHash<QString, QString> vars)
{
    return [vars](const QString& name) { return vars.value(name); };
}

SecretLookup lookupNow(SecretStore& store, const QString& provider)
{
    SecretLookup result;
    bool called = false;
    store.lookup(provider, [&](SecretLookup r) {
        result = r;
        called = true;
    });
    EXPECT_TRUE(called);
    return result;
}

} // namespace

TEST(SecretStore_lookup, prefersKeychainOverEnvironment)
{
    FakeKeychain keychain;
    keychain.entries.insert(QStringLiteral("api-key/openai"), QStringLiteral("sk-from-keychain"));
    SecretStore store(&keychain, env({{QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-from-env")}}));
    const SecretLookup r = lookupNow(store, QStringLiteral("openai"));
    EXPECT_EQ(r.value, QStringLiteral("sk-from-keychain"));
    EXPECT_EQ(r.source, SecretSource::Keychain);
}

TEST(SecretStore_lookup, fallsBackToEnvironmentWhenKeychainHasNoEntry)
{
    FakeKeychain keychain;
    SecretStore store(&keychain, env({{QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("ak-env")}}));
    const SecretLookup r = lookupNow(store, QStringLiteral("anthropic"));
    EXPECT_EQ(r.value, QStringLiteral("ak-env"));
    EXPECT_EQ(r.source, SecretSource::Environment);
    EXPECT_TRUE(store.keychainAvailable());
}

TEST(SecretStore_lookup, fallsBackAndRemembersWhenKeychainIsAbsent)
{
    FakeKeychain keychain;
    keychain.available = false;
    SecretStore store(&keychain, env({{QStringLiteral("GEMINI_API_KEY"), QStringLiteral("g-env")}}));
    int changes = 0;
    QObject::connect(&store, &SecretStore::keychainAvailabilityChanged, [&](bool) { ++changes; });
    EXPECT_EQ(lookupNow(store, QStringLiteral("gemini")).value, QStringLiteral("g-env"));
    EXPECT_FALSE(store.keychainAvailable());
    EXPECT_EQ(changes, 1);
    EXPECT_FALSE(store.keychainProblem().isEmpty());
    // Later look-ups do not knock on the absent keychain again.
    lookupNow(store, QStringLiteral("gemini"));
    EXPECT_EQ(keychain.reads, 1);
}

TEST(SecretStore_lookup, reportsNoneWhenNothingIsSet)
{
    SecretStore store(nullptr, env({}));
    const SecretLookup r = lookupNow(store, QStringLiteral("openai"));
    EXPECT_TRUE(r.value.isEmpty());
    EXPECT_EQ(r.source, SecretSource::None);
}

TEST(SecretStore_store, writesToKeychainOnly)
{
    FakeKeychain keychain;
    SecretStore store(&keychain, env({}));
    bool ok = false;
    store.store(QStringLiteral("openai"), QStringLiteral("sk-new"), [&](VoidResult r) { ok = bool(r); });
    EXPECT_TRUE(ok);
    EXPECT_EQ(keychain.entries.value(QStringLiteral("api-key/openai")), QStringLiteral("sk-new"));
}

TEST(SecretStore_store, withoutKeychainNamesTheEnvironmentVariable)
{
    SecretStore store(nullptr, env({}));
    Error error;
    store.store(QStringLiteral("anthropic"), QStringLiteral("ak-secret-value"), [&](VoidResult r) {
        ASSERT_FALSE(r);
        error = r.error();
    });
    EXPECT_EQ(error.code, ErrorCode::Keychain);
    EXPECT_TRUE(error.message.contains(QStringLiteral("ANTHROPIC_API_KEY")));
    EXPECT_FALSE(error.message.contains(QStringLiteral("ak-secret-value")));
}

TEST(SecretStore_masked, showsOnlyTheEnds)
{
    EXPECT_EQ(SecretStore::masked(QStringLiteral("sk-proj-abcdefghijklmnop")), QStringLiteral("sk-…mnop"));
    EXPECT_EQ(SecretStore::masked(QStringLiteral("short")), QStringLiteral("•••••"));
    EXPECT_TRUE(SecretStore::masked({}).isEmpty());
    EXPECT_EQ(SecretStore::environmentVariable(QStringLiteral("openai")), QStringLiteral("OPENAI_API_KEY"));
}

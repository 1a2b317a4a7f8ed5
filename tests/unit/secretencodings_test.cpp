#include "core/secrets/secretencodings.h"

#include <gtest/gtest.h>

using Cb::Core::SecretEncodings;

namespace {

const QString kKey = QStringLiteral("sk-test-ABCDEFGH+/key");
const QString kMarker = QStringLiteral("[redacted]");

} // namespace

// Expected strings computed with Python's base64 and urllib.parse.quote, not with Qt.
TEST(SecretEncodings_of, listsRawPercentAndBase64Forms)
{
    const QStringList forms = SecretEncodings::of(kKey);
    ASSERT_FALSE(forms.isEmpty());
    EXPECT_EQ(forms.first(), kKey);
    EXPECT_TRUE(forms.contains(QStringLiteral("sk-test-ABCDEFGH%2B%2Fkey")));
    EXPECT_TRUE(forms.contains(QStringLiteral("c2stdGVzdC1BQkNERUZHSCsva2V5")));
}

TEST(SecretEncodings_redact, base64InsideALongerHeaderAtEveryAlignment)
{
    for (const QByteArray& prefix : {QByteArray(), QByteArray("u"), QByteArray("us"),
                                     QByteArray("user:"), QByteArray("Bearer ")}) {
        const QByteArray plain = prefix + kKey.toUtf8() + "@host";
        for (const auto option : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const QString echoed = QStringLiteral("proxy refused credentials ") +
                                   QString::fromLatin1(plain.toBase64(option));
            const QString clean = SecretEncodings::redact(echoed, kKey, kMarker);
            SCOPED_TRACE(echoed.toStdString());
            EXPECT_TRUE(clean.contains(kMarker));
            EXPECT_FALSE(QByteArray::fromBase64(clean.mid(26).toLatin1(), option).contains("ABCDEFGH"));
        }
    }
}

TEST(SecretEncodings_redact, rawAndPercentEncodedQuotes)
{
    const QString text = QStringLiteral("bad key ") + kKey + QStringLiteral(" in ?key=sk-test-ABCDEFGH%2b%2fkey");
    EXPECT_EQ(SecretEncodings::redact(text, kKey, kMarker),
              QStringLiteral("bad key [redacted] in ?key=[redacted]"));
}

TEST(SecretEncodings_of, tooShortSecretsHaveNoForms)
{
    EXPECT_TRUE(SecretEncodings::of(QStringLiteral("abc")).isEmpty());
    EXPECT_EQ(SecretEncodings::redact(QStringLiteral("abc abc"), QStringLiteral("abc"), kMarker),
              QStringLiteral("abc abc"));
}

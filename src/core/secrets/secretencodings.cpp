#include "core/secrets/secretencodings.h"

#include <QUrl>

namespace Cb::Core {

namespace {

// Shorter fragments would match ordinary words and say little about the key anyway.
constexpr qsizetype kMinForm = 8;

void addForm(QStringList& forms, const QString& form)
{
    if (form.size() >= kMinForm && !forms.contains(form))
        forms.append(form);
}

} // namespace

QStringList SecretEncodings::of(const QString& secret)
{
    QStringList forms;
    if (secret.size() < 4)
        return forms;
    forms.append(secret);
    const QByteArray utf8 = secret.toUtf8();
    const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    addForm(forms, percent);
    QString lowerHex = percent; // "%2f" is as valid as "%2F"
    for (qsizetype i = lowerHex.indexOf(QLatin1Char('%')); i >= 0 && i + 2 < lowerHex.size();
         i = lowerHex.indexOf(QLatin1Char('%'), i + 3))
        lowerHex.replace(i + 1, 2, lowerHex.mid(i + 1, 2).toLower());
    addForm(forms, lowerHex);
    for (int offset = 0; offset < 3; ++offset) {
        // `offset` bytes before the secret change the first 0, 2 or 3 characters; a partial
        // last group changes the final one. The characters between depend on the secret alone.
        QByteArray shifted(offset, '\0');
        shifted += utf8;
        const QByteArray encoded = shifted.toBase64(QByteArray::OmitTrailingEquals);
        const qsizetype lead = offset == 0 ? 0 : offset + 1;
        const qsizetype tail = (offset + utf8.size()) % 3 == 0 ? 0 : 1;
        const QByteArray core = encoded.mid(lead, encoded.size() - lead - tail);
        addForm(forms, QString::fromLatin1(core));
        addForm(forms, QString::fromLatin1(QByteArray(core).replace('+', '-').replace('/', '_')));
    }
    return forms;
}

QString SecretEncodings::redact(QString text, const QString& secret, const QString& marker)
{
    for (const QString& form : of(secret))
        text.replace(form, marker);
    return text;
}

} // namespace Cb::Core

#include "support/secrettraces.h"

#include "core/secrets/secretencodings.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QDirIterator>

#include <utility>

namespace Cb::Test {

QStringList secretTraces(const QString& root, const QString& secret)
{
    QList<std::pair<QString, QByteArray>> needles; // (how it is written, bytes)
    for (const QString& form : Core::SecretEncodings::of(secret))
        needles.append({form, form.toUtf8()});
    needles.append({QStringLiteral("UTF-16 of the secret"),
                    QByteArray(reinterpret_cast<const char*>(secret.utf16()),
                               secret.size() * qsizetype(sizeof(char16_t)))});
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = TempWorkspace::read(path);
        for (const auto& [form, needle] : needles) {
            if (bytes.contains(needle))
                hits.append(QDir(root).relativeFilePath(path) + QStringLiteral(": ") + form);
        }
    }
    return hits;
}

} // namespace Cb::Test

#include "fuzz/core/corpusreplay.h"

#include <QDir>
#include <QFile>

namespace Cb::Fuzz {

QStringList CorpusReplay::files(const QString& root, const QString& target)
{
    QStringList out;
    for (const QString& kind : {QStringLiteral("corpus"), QStringLiteral("crashes")}) {
        const QDir dir(root + QStringLiteral("/fuzz/") + kind + QLatin1Char('/') + target);
        // Dot files (.gitkeep) are placeholders, not inputs.
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
            out << dir.filePath(name);
    }
    return out;
}

QStringList CorpusReplay::run(Entry entry, const QStringList& files)
{
    QStringList failures;
    QString current;
    setFailureHandler([&](const QString& message) { failures << current + QStringLiteral(": ") + message; });
    for (const QString& path : files) {
        current = path;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            failures << path + QStringLiteral(": cannot read");
            continue;
        }
        const QByteArray bytes = file.readAll();
        entry(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
    }
    setFailureHandler({});
    return failures;
}

} // namespace Cb::Fuzz

#include "realcorpus.h"

#include <QDirIterator>
#include <QFile>
#include <QStringDecoder>
#include <QStringList>

#include <algorithm>

namespace {

QStringList filesUnder(const QString& dir, const QString& pattern)
{
    QStringList files;
    QDirIterator it(dir, {pattern}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    std::sort(files.begin(), files.end());
    return files;
}

bool isUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString ignored = decoder.decode(bytes);
    return !decoder.hasError();
}

// Appends whole files, then the whole lines of the last one that fit, up to `bytes`.
qsizetype appendUpTo(QByteArray& out, const QStringList& files, qsizetype bytes)
{
    qsizetype added = 0;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QByteArray content = file.readAll();
        if (content.isEmpty() || !isUtf8(content))
            continue;
        if (added + content.size() > bytes) {
            const qsizetype cut = content.lastIndexOf('\n', bytes - added - 1);
            if (cut < 0)
                break;
            content.truncate(cut + 1);
        }
        out += content;
        added += content.size();
        if (added >= bytes - 200)
            break;
    }
    return added;
}

} // namespace

QByteArray RealCorpus::assemble(QString* error)
{
    QByteArray out;
    out.reserve(2 * kPartBytes);
    const QString docs = QStringLiteral("/usr/share/doc/nodejs");
    const QStringList prose = filesUnder(docs + QStringLiteral("/api"), QStringLiteral("*.md")) +
                              filesUnder(docs + QStringLiteral("/changelogs"),
                                         QStringLiteral("*.md"));
    if (appendUpTo(out, prose, kPartBytes) < kPartBytes / 2) {
        *error = QStringLiteral("not enough prose in %1 (Debian: apt install nodejs-doc)").arg(docs);
        return {};
    }
    if (appendUpTo(out, filesUnder(QStringLiteral("/usr/include"), QStringLiteral("*.h")),
                   kPartBytes) < kPartBytes / 2) {
        *error = QStringLiteral("not enough C headers in /usr/include");
        return {};
    }
    return out;
}

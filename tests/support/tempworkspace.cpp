#include "support/tempworkspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Cb::Test {

TempWorkspace::TempWorkspace() : m_dir(QDir::tempPath() + QStringLiteral("/cbtest-XXXXXX")) {}

QString TempWorkspace::write(const QString& relative, const QByteArray& bytes) const
{
    const QString path = filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

QByteArray TempWorkspace::read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList TempWorkspace::filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (read(path).contains(needle))
            hits.append(QDir(root).relativeFilePath(path));
    }
    return hits;
}

} // namespace Cb::Test

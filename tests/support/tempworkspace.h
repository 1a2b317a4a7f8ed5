#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace Cb::Test {

// A throw-away folder for one test: files written here vanish with the object.
class TempWorkspace
{
public:
    TempWorkspace();
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& relative) const { return m_dir.filePath(relative); }
    // Writes bytes to a file (creating folders); returns its absolute path.
    QString write(const QString& relative, const QByteArray& bytes) const;
    static QByteArray read(const QString& path);
    // Every file below root whose bytes contain needle (relative paths).
    static QStringList filesContaining(const QString& root, const QByteArray& needle);

private:
    QTemporaryDir m_dir;
};

} // namespace Cb::Test

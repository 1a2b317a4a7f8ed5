#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>

#include <memory>

namespace Cb::Core {

// The app's single SQLite database (history of runs, calls, votes), opened through Qt SQL,
// migrated to the latest schema on open. A database written by a newer ContextBench is refused
// and left untouched. Owns its connection; use it from the thread that opened it.
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) and migrates. WAL journal so a crash never tears the file.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    // <AppDataLocation>/history.sqlite
    static QString defaultPath();

    QSqlDatabase& connection() { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

private:
    Database(QString connectionName, QString path);

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
};

} // namespace Cb::Core

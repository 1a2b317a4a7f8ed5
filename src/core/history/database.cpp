#include "core/history/database.h"

#include "core/history/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace Cb::Core {

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history.sqlite");
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("Cb::Core::Database", "The Qt SQLite driver is missing (install libqt6sql6-sqlite)."));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Cb::Core::Database", "Cannot create the folder %1.")
                        .arg(info.absolutePath()));

    const QString name = QStringLiteral("cb-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> db(new Database(name, path));
    if (!db->m_db.open())
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("Cb::Core::Database", "Cannot open the history database %1: %2")
                        .arg(path, db->m_db.lastError().text()));

    auto version = Migrations::currentVersion(db->m_db);
    if (!version)
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("Cb::Core::Database", "%1 is not a ContextBench history database (%2).")
                        .arg(path, version.error().message));
    if (*version > Migrations::latestVersion())
        return fail(ErrorCode::NewerSchema,
                    QCoreApplication::translate("Cb::Core::Database", "The history database %1 was written by a newer ContextBench "
                                                         "(schema %2; this version knows up to %3). It was left "
                                                         "unchanged: update ContextBench to open it.")
                        .arg(path)
                        .arg(*version)
                        .arg(Migrations::latestVersion()));

    QSqlQuery q(db->m_db);
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return fail(ErrorCode::Database,
                        QCoreApplication::translate("Cb::Core::Database", "Cannot configure %1: %2")
                            .arg(path, q.lastError().text()));
    }
    if (auto migrated = Migrations::upgrade(db->m_db); !migrated)
        return fail(migrated.error());
    db->m_schemaVersion = Migrations::latestVersion();
    return db;
}

} // namespace Cb::Core

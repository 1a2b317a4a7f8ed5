#pragma once

#include "core/common/result.h"

#include <QStringList>

class QSqlDatabase;

namespace Cb::Core {

// One step of the history schema. Version N's statements turn a version N-1 database into N.
struct Migration
{
    int version;
    const char* description;
    QStringList statements;
};

// The ordered list of schema migrations. Append only: never edit a released migration.
class Migrations
{
public:
    static const QList<Migration>& all();
    static int latestVersion();

    // Applies every migration above the database's current version up to `target`, each in its
    // own transaction, bumping PRAGMA user_version with it.
    static VoidResult upgrade(QSqlDatabase& db, int target = latestVersion());
    static Result<int> currentVersion(QSqlDatabase& db);
};

} // namespace Cb::Core

#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>

namespace Cb::Core {

class Database;

// A member of a rating panel: a person who judged through a rating kit, or a judge model.
// The person at the keyboard is not a row: their votes have no rater.
struct RaterRecord
{
    qint64 id = 0;
    QString name;
    QString kind = QStringLiteral("human"); // "human" or "judge"
};

// Reads and writes the `raters` table. Names are editable and need not be unique (two
// colleagues may share a first name); kits and votes refer to raters by id.
class RaterStore
{
public:
    explicit RaterStore(Database& database);

    Result<qint64> add(const QString& name, const QString& kind = QStringLiteral("human"));
    // The judge rater for a model key, created on first use so all its votes share one row.
    Result<qint64> judgeFor(const QString& modelKey);
    VoidResult rename(qint64 raterId, const QString& name);
    Result<QList<RaterRecord>> all();

private:
    Database& m_db;
};

} // namespace Cb::Core

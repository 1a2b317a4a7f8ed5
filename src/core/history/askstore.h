#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Cb::Core {

class Database;

// One "Ask first" call as history keeps it (table asks, schema 12): which model asked about
// which pack, how many questions came back and what it cost. It belongs to no run.
struct AskRecord
{
    qint64 id = 0;
    QString packTitle{};
    QString packPath{};
    QString provider{};
    QString model{};
    int questions = 0;
    int rounds = 0; // 2 when the first answer had to be repaired
    QJsonObject usage{};
    std::optional<double> costUsd{}; // nullopt: the model has no price in the catalog
    QDateTime createdAt{};
};

// The asks table. Not owning the database; use from the thread that opened it.
class AskStore
{
public:
    explicit AskStore(Database& database);

    // Sets ask.id and, when invalid, ask.createdAt (now).
    Result<qint64> add(AskRecord& ask);
    Result<QList<AskRecord>> all() const; // newest first

    // How many asks there are, how many have a price, and what the priced ones cost, among those
    // about the pack titled `packTitle` (empty: any) made in [from, to) (invalid: unbounded).
    struct Totals
    {
        int count = 0;
        int priced = 0;
        double usd = 0;
    };
    Result<Totals> totals(const QString& packTitle, const QDateTime& from, const QDateTime& to) const;

private:
    Database& m_db;
};

} // namespace Cb::Core

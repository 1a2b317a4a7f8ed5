#pragma once

#include "core/common/result.h"
#include "core/rating/ratingsfile.h"

namespace Cb::Core {

class Database;

// What one ratings file did to the history.
struct RatingsImportResult
{
    QString path{};
    QString kitUuid{};
    qint64 kitId = 0;
    qint64 raterId = 0;
    QString raterName{}; // the rater's current name (editable, so it may differ from the file's)
    qint64 runId = 0;        // the kit's run, or 0
    qint64 experimentId = 0; // the kit's experiment, or 0
    int added = 0;     // votes written
    int replaced = 0;  // votes of an earlier file for the same kit, removed
    int unchanged = 0; // votes kept as they were because this very file was imported before
    bool alreadyImported = false; // the history already held this exact file
    QList<qint64> runIds{};       // runs the kit's items come from
    QString summary() const; // one line for people
};

// Brings ratings files back into the history (docs/RATINGS_FILE.md, "Import rules").
//
// Every file is checked before anything is written: it must parse, its kit must be in this
// history, its integrity code must match the kit's secret, every item must be one of the kit's
// and the two answers behind it must still exist. If any file is refused, none is imported and
// the error names each refused file and why. Otherwise all files are written in ONE
// transaction: per kit, its earlier votes are deleted and the file's inserted, then the file's
// SHA-256 is recorded on the kit, so the same file again changes nothing. A different file
// that lacks an answer imported before is refused (a kit's page never forgets an answer, so it
// comes from another browser and would lose votes), and so are two different files for the same
// kit in one import (which one is meant is not ours to guess).
// Uses the database's connection directly; GUI thread (or whichever opened the database).
class RatingsImporter
{
public:
    explicit RatingsImporter(Database& database);

    Result<QList<RatingsImportResult>> importFiles(const QStringList& paths);
    // The same, for files already read (tests, or callers that read them elsewhere).
    Result<QList<RatingsImportResult>> importParsed(const QList<RatingsFile>& files);

private:
    struct Plan;
    Result<Plan> check(const RatingsFile& file);
    VoidResult write(const QList<Plan>& plans, QList<RatingsImportResult>& results);

    Database& m_db;
};

} // namespace Cb::Core

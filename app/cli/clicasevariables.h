#pragma once

#include "core/common/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Cb::App {

// Template variables per case for `experiment run --case-vars FILE`. A file gives entries that
// name a case by its pack (as given on the command line, or its file name) and optionally a
// goal (no goal: every case of that pack), with the variables for it:
//   JSON  [{"pack": "a.ctxpack", "goal": "…", "variables": {"audience": "the board"}}, …]
//   CSV   pack,goal,audience,deadline   (a header row, then one row per entry; an empty cell
//         leaves that variable unset for the entry)
// Values for a case: --var, then its pack's entry, then its pack-and-goal entry.
class CliCaseVariables
{
public:
    struct Entry
    {
        QString pack;
        QString goal; // empty: every case of the pack
        QHash<QString, QString> variables;
        QString where; // "entry 3" / "line 4", for messages
    };

    // Reads FILE (.json or .csv); a clear error for anything malformed.
    static Core::Result<CliCaseVariables> load(const QString& path);
    // Checks every entry against the cases (pack × goal) and the template's variables: an
    // entry that names no case or a variable the template does not use is an error.
    Core::VoidResult check(const QStringList& packs, const QStringList& goals, const QStringList& templateVariables,
                           const QString& templateName) const;
    // The variables of the case `pack` (as given on the command line) × `goal` (empty: none given).
    QHash<QString, QString> forCase(const QString& pack, const QString& goal,
                                    const QHash<QString, QString>& common) const;

    const QList<Entry>& entries() const { return m_entries; }

private:
    static Core::Result<QList<Entry>> parseJson(const QByteArray& data);
    static Core::Result<QList<Entry>> parseCsv(const QString& text);
    static bool samePack(const QString& entryPack, const QString& casePack);

    QString m_file;
    QList<Entry> m_entries;
};

} // namespace Cb::App

#pragma once

#include "core/rating/ratingsimporter.h"

#include <QObject>

#include <functional>

class QMimeData;
class QWidget;

namespace Cb::Core {
class Database;
}

namespace Cb::Ui {

// Lets a view take ratings files (docs/RATINGS_FILE.md) dropped on it: installs itself as the
// target's event filter, accepts a drag only when it carries a ratings file, imports every
// ratings file of the drop at once with RatingsImporter (all or nothing) and tells the user
// what came in or why nothing did (MessageBox seam). Other drops pass on untouched. The
// database is asked for at drop time, so a view whose history opens later works too.
// Owned by the target; GUI thread.
class RatingsDropHandler : public QObject
{
    Q_OBJECT
public:
    RatingsDropHandler(QWidget* target, std::function<Core::Database*()> database);

    // The local files of a drag that are ratings files.
    static QStringList ratingsFiles(const QMimeData* mime);
    // Imports, then reports to the user; true when imported (or already imported).
    bool importFiles(const QStringList& paths);
    // One line per imported file for people, in the interface language.
    static QString summary(const Core::RatingsImportResult& result);

Q_SIGNALS:
    // After a successful import, so views can reload their votes and statistics.
    void imported(const QList<Cb::Core::RatingsImportResult>& results);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_target;
    std::function<Core::Database*()> m_database;
};

} // namespace Cb::Ui

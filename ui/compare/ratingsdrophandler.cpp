#include "ui/compare/ratingsdrophandler.h"

#include "ui/common/messagebox.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QWidget>

namespace Cb::Ui {

RatingsDropHandler::RatingsDropHandler(QWidget* target, std::function<Core::Database*()> database)
    : QObject(target), m_target(target), m_database(std::move(database))
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

QStringList RatingsDropHandler::ratingsFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() && QFileInfo(path).isFile() && Core::RatingsFile::looksLikeRatingsFile(path))
            paths << path;
    }
    return paths;
}

bool RatingsDropHandler::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_target)
        return false;
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (ratingsFiles(drag->mimeData()).isEmpty())
            return false;
        drag->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList paths = ratingsFiles(drop->mimeData());
        if (paths.isEmpty())
            return false;
        drop->acceptProposedAction();
        importFiles(paths);
        return true;
    }
    return false;
}

// RatingsImportResult::summary() in the interface language (the CLI keeps the English line).
QString RatingsDropHandler::summary(const Core::RatingsImportResult& r)
{
    const QString who = tr("%1 (kit %2)").arg(r.raterName, r.kitUuid.left(8));
    if (r.alreadyImported)
        return tr("%1: already imported, %n vote(s) unchanged", nullptr, r.unchanged).arg(who);
    if (r.replaced > 0)
        return tr("%1: %n vote(s) added, replacing %2 from an earlier file", nullptr, r.added).arg(who).arg(r.replaced);
    return tr("%1: %n vote(s) added", nullptr, r.added).arg(who);
}

bool RatingsDropHandler::importFiles(const QStringList& paths)
{
    Core::Database* database = m_database ? m_database() : nullptr;
    if (!database) {
        MessageBox::warning(m_target, tr("Ratings not imported"),
                            tr("Importing ratings needs the history database, which is not open."));
        return false;
    }
    auto results = Core::RatingsImporter(*database).importFiles(paths);
    if (!results) {
        MessageBox::warning(m_target, tr("Ratings not imported"), results.error().message);
        return false;
    }
    QStringList lines;
    for (const Core::RatingsImportResult& r : *results)
        lines << tr("%1 — %2").arg(QFileInfo(r.path).fileName(), summary(r));
    MessageBox::information(m_target, tr("Ratings imported"), lines.join(QLatin1Char('\n')));
    Q_EMIT imported(*results);
    return true;
}

} // namespace Cb::Ui

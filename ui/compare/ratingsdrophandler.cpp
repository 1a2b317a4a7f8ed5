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
        lines << QFileInfo(r.path).fileName() + QStringLiteral(" — ") + r.summary();
    MessageBox::information(m_target, tr("Ratings imported"), lines.join(QLatin1Char('\n')));
    Q_EMIT imported(*results);
    return true;
}

} // namespace Cb::Ui

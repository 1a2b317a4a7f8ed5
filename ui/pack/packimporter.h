#pragma once

#include "core/importing/importeddocument.h"
#include "formats/importers/importjob.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace Cb::Formats {
class ImporterRegistry;
}

namespace Cb::Ui {

class ImportStatusWidget;
class PackEditor;

// Turns files and folders into pack items without blocking the window: each request runs as a
// Formats::ImportJob on a worker thread, reports progress and skipped/failed files to the
// ImportStatusWidget, and adds the documents through the PackEditor in batches (one undo step
// per import). Documents go to the section that was dropped on, or to the section their format
// suggests (created when missing). refresh() re-imports the sources of existing items and
// replaces their snapshots. Requests made while one runs wait their turn.
// Not owning the editor or the status widget. GUI thread.
// Signal contract: importFinished(imported, failed) once per request, cancelled or not.
class PackImporter : public QObject
{
    Q_OBJECT
public:
    PackImporter(PackEditor* editor, ImportStatusWidget* status, QObject* parent = nullptr);
    ~PackImporter() override;

    // section -1: by format. row -1: append.
    void import(const QStringList& paths, int section = -1, int row = -1);
    void refresh(const QStringList& itemIds);
    void cancel();
    bool isRunning() const { return m_job != nullptr; }

    static std::shared_ptr<const Formats::ImporterRegistry> sharedRegistry();

Q_SIGNALS:
    void importFinished(int imported, int failed);

private:
    struct Request
    {
        QStringList paths;
        QString sectionId; // empty: by format
        int row = -1;
        QStringList refreshIds;
    };
    void startNext();
    void flush();
    void done(bool cancelled);

    PackEditor* m_editor;
    ImportStatusWidget* m_status;
    QList<Request> m_queue;
    Request m_current;
    QPointer<Formats::ImportJob> m_job;
    QList<Core::ImportedDocument> m_pending;
    QTimer m_flushTimer;
    QString m_mergeKey;
    int m_imported = 0;
    int m_failed = 0;
};

} // namespace Cb::Ui

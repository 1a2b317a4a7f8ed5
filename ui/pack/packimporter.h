#pragma once

#include "core/importing/audiotranscriber.h"
#include "core/importing/importeddocument.h"
#include "formats/importers/importjob.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace Cb::Core {
class SecretStore;
class Settings;
} // namespace Cb::Core

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
// Audio memos leave the worker untranscribed; they are sent to the transcription API from the
// GUI thread (Core::AudioTranscriber) and become items when their transcript arrives, in the
// same undo step. A request is done when the job and the transcriptions are.
// Not owning the editor, the status widget or the transcription services. GUI thread.
// Signal contract: importFinished(imported, failed) once per request, cancelled or not.
class PackImporter : public QObject
{
    Q_OBJECT
public:
    PackImporter(PackEditor* editor, ImportStatusWidget* status, QObject* parent = nullptr);
    ~PackImporter() override;

    // Enables transcription of audio memos: the OpenAI base URL and the transcription model
    // are read from `settings` at the start of each request, the key from `secrets`. Without
    // it, memos fail with the "needs an OpenAI API key" message.
    void setTranscription(QNetworkAccessManager* network, Core::SecretStore* secrets,
                          Core::Settings* settings);

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
    void finishIfComplete();
    void done(bool cancelled);

    PackEditor* m_editor;
    ImportStatusWidget* m_status;
    QList<Request> m_queue;
    Request m_current;
    QPointer<Formats::ImportJob> m_job;
    Core::AudioTranscriber m_transcriber;
    QNetworkAccessManager* m_network = nullptr;
    Core::SecretStore* m_secrets = nullptr;
    Core::Settings* m_settings = nullptr;
    QString m_transcribing; // "Transcribing memo.m4a…"
    bool m_jobDone = false;
    bool m_cancelled = false;
    QList<Core::ImportedDocument> m_pending;
    QTimer m_flushTimer;
    QString m_mergeKey;
    int m_imported = 0;
    int m_failed = 0;
};

} // namespace Cb::Ui

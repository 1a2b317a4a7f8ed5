#pragma once

#include "core/importing/importeddocument.h"
#include "core/importing/importissue.h"
#include "core/providers/provideroptions.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Cb::Core {

class ApiCall;
class SecretStore;

// Where transcriptions go: the OpenAI-style server, the model and the transport policy.
// The API key is not here: AudioTranscriber looks it up in the SecretStore when it needs it.
struct TranscriptionSetup
{
    QNetworkAccessManager* network = nullptr;
    SecretStore* secrets = nullptr;
    QString baseUrl; // with version, e.g. https://api.openai.com/v1; empty: OpenAI's
    QString model;   // empty: TranscriptionRequest's default
    ProviderOptions options;
};

// Fills in the text of audio documents that an import left waiting (needsTranscription) by
// sending them, one at a time, to TranscriptionClient. The OpenAI key is looked up once per
// batch and forgotten when the queue runs empty; without one, every queued memo fails with a
// message saying where to set it. The key never appears in a signal or a message.
// Not owning the network manager or the secret store. GUI thread only (network).
// Signal contract: for every add(), exactly one of transcribed(document) or failed(issue),
// never from inside add(); idle() each time the last one of a batch has been answered.
// cancel() aborts the upload in flight and drops the queue without answering them, then idle().
class AudioTranscriber : public QObject
{
    Q_OBJECT
public:
    explicit AudioTranscriber(QObject* parent = nullptr);
    ~AudioTranscriber() override;

    // Used for the memos added from now on.
    void setSetup(const TranscriptionSetup& setup) { m_setup = setup; }
    void add(const ImportedDocument& audio);
    void cancel();
    bool isIdle() const;

    // "Transcription needs an OpenAI API key: …", shown for each memo when there is none.
    static QString missingKeyMessage(const QString& fileName);

Q_SIGNALS:
    void transcribing(const QString& path, int remaining);
    void transcribed(const Cb::Core::ImportedDocument& document);
    void failed(const Cb::Core::ImportIssue& issue);
    void idle();

private:
    void startNext();
    void sendFirst();
    void failAll(); // no key: every waiting memo fails with missingKeyMessage()
    void finishBatch();

    TranscriptionSetup m_setup;
    QList<ImportedDocument> m_queue; // the first one is in flight while m_call is set
    QPointer<ApiCall> m_call;
    QString m_apiKey; // for the current batch only
    bool m_haveKey = false;
    bool m_active = false; // between the first add() of a batch and its idle()
    bool m_lookingUp = false;
    bool m_scheduled = false;
    quint64 m_generation = 0; // bumps on cancel, so a late key lookup is ignored
};

} // namespace Cb::Core

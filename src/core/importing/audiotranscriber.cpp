#include "core/importing/audiotranscriber.h"

#include "core/providers/apicall.h"
#include "core/providers/transcriptionclient.h"
#include "core/secrets/secretstore.h"

#include <QFileInfo>

#include <utility>

namespace Cb::Core {

AudioTranscriber::AudioTranscriber(QObject* parent) : QObject(parent) {}

AudioTranscriber::~AudioTranscriber() = default;

bool AudioTranscriber::isIdle() const
{
    return m_queue.isEmpty() && !m_call && !m_lookingUp && !m_scheduled;
}

QString AudioTranscriber::missingKeyMessage(const QString& fileName)
{
    return tr("%1 was not transcribed: transcription needs an OpenAI API key. Set it in "
              "Settings (Providers, OpenAI) or in the environment variable %2.")
        .arg(fileName, SecretStore::environmentVariable(QStringLiteral("openai")));
}

void AudioTranscriber::add(const ImportedDocument& audio)
{
    m_queue.append(audio);
    m_active = true;
    if (m_call || m_lookingUp || m_scheduled)
        return;
    // Answers never come from inside add(): callers may still be wiring themselves up.
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &AudioTranscriber::startNext, Qt::QueuedConnection);
}

void AudioTranscriber::cancel()
{
    ++m_generation;
    m_queue.clear();
    m_scheduled = m_lookingUp = false;
    if (m_call) {
        m_call->abort();
        m_call->deleteLater();
        m_call = nullptr;
    }
    finishBatch();
}

void AudioTranscriber::startNext()
{
    if (!m_scheduled)
        return; // cancelled meanwhile
    m_scheduled = false;
    if (m_haveKey) {
        sendFirst();
        return;
    }
    if (!m_setup.network || !m_setup.secrets) {
        failAll();
        return;
    }
    m_lookingUp = true;
    const quint64 generation = m_generation;
    QPointer<AudioTranscriber> self(this);
    m_setup.secrets->lookup(QStringLiteral("openai"), [self, generation](SecretLookup key) {
        if (!self || generation != self->m_generation)
            return;
        self->m_lookingUp = false;
        if (key.value.isEmpty()) {
            self->failAll();
            return;
        }
        self->m_apiKey = key.value;
        self->m_haveKey = true;
        self->sendFirst();
    });
}

void AudioTranscriber::sendFirst()
{
    if (m_queue.isEmpty()) {
        finishBatch();
        return;
    }
    const ImportedDocument& audio = m_queue.first();
    TranscriptionRequest request;
    request.baseUrl = m_setup.baseUrl;
    request.apiKey = m_apiKey;
    request.filePath = audio.sourcePath;
    if (!m_setup.model.isEmpty())
        request.model = m_setup.model;
    Q_EMIT transcribing(audio.sourcePath, int(m_queue.size()));
    ApiCall* call = TranscriptionClient(m_setup.network, m_setup.options).transcribe(request, this);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call](const QVariant& value) {
        call->deleteLater();
        m_call = nullptr;
        ImportedDocument document = m_queue.takeFirst();
        document.text = value.toString().trimmed();
        document.needsTranscription = false;
        if (document.text.isEmpty())
            document.notes << tr("The transcription came back empty (silence or no speech?).");
        Q_EMIT transcribed(document);
        sendFirst();
    });
    connect(call, &ApiCall::failed, this, [this, call](const Error& error) {
        call->deleteLater();
        m_call = nullptr;
        const ImportedDocument document = m_queue.takeFirst();
        Q_EMIT failed({document.sourcePath, error.code, error.message});
        sendFirst();
    });
}

void AudioTranscriber::failAll()
{
    const QList<ImportedDocument> waiting = std::exchange(m_queue, {});
    for (const ImportedDocument& audio : waiting)
        Q_EMIT failed({audio.sourcePath, ErrorCode::Auth,
                       missingKeyMessage(QFileInfo(audio.sourcePath).fileName())});
    finishBatch();
}

void AudioTranscriber::finishBatch()
{
    if (!m_active || !isIdle())
        return; // announced already, or a slot added more work meanwhile
    m_active = false;
    m_apiKey.clear();
    m_haveKey = false;
    Q_EMIT idle();
}

} // namespace Cb::Core

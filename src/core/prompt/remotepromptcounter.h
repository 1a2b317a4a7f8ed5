#pragma once

#include "core/common/result.h"
#include "core/models/modelinfo.h"
#include "core/prompt/assembledprompt.h"
#include "core/providers/provideroptions.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Cb::Core {

// Exact prompt sizes for models without a public tokenizer, from the providers' free count
// endpoints: Anthropic POST /v1/messages/count_tokens and Gemini models/{id}:countTokens (through
// AnthropicProvider / GeminiProvider::countTokens, so retries and errors follow the providers'
// rules). Each request ends in exactly one of counted() or failed(), on a later event-loop turn,
// tagged with the model key and the prompt digest it was asked for, so a late answer for an old
// prompt can be recognised. The network manager is injected, not owned, and must outlive the
// counter. GUI thread.
class RemotePromptCounter : public QObject
{
    Q_OBJECT
public:
    explicit RemotePromptCounter(QNetworkAccessManager* network, ProviderOptions options = {},
                                 QObject* parent = nullptr);
    ~RemotePromptCounter() override;

    static bool supports(const ModelInfo& model);

    // baseUrl empty: the provider's public endpoint. apiKey is used for this request only.
    void count(const ModelInfo& model, const AssembledPrompt& prompt,
               const QByteArray& promptSha256, const QString& apiKey, const QString& baseUrl = {});
    int pendingCount() const;

Q_SIGNALS:
    void counted(const QString& modelKey, const QByteArray& promptSha256, qint64 tokens);
    void failed(const QString& modelKey, const QByteArray& promptSha256,
                const Cb::Core::Error& error);

private:
    QPointer<QNetworkAccessManager> m_network;
    ProviderOptions m_options;
};

} // namespace Cb::Core

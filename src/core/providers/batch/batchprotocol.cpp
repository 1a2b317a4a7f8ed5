#include "core/providers/batch/batchprotocol.h"

#include "core/providers/batch/anthropicbatchprotocol.h"
#include "core/providers/batch/openaibatchprotocol.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Cb::Core {

std::unique_ptr<BatchProtocol> BatchProtocol::create(const ProviderRequest& connection)
{
    switch (connection.kind) {
    case ProviderKind::OpenAiResponses:
        return std::make_unique<OpenAiBatchProtocol>(connection);
    case ProviderKind::Anthropic:
        return std::make_unique<AnthropicBatchProtocol>(connection);
    case ProviderKind::ChatCompletions:
    case ProviderKind::Gemini:
        break;
    }
    return nullptr;
}

bool BatchProtocol::supports(ProviderKind kind)
{
    return kind == ProviderKind::OpenAiResponses || kind == ProviderKind::Anthropic;
}

int BatchProtocol::forEachJsonLine(const QByteArray& body,
                                   const std::function<void(const QJsonObject&)>& line)
{
    int bad = 0;
    qsizetype start = 0;
    while (start < body.size()) {
        qsizetype end = body.indexOf('\n', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView text = QByteArrayView(body).sliced(start, end - start).trimmed();
        start = end + 1;
        if (text.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            ++bad;
            continue;
        }
        line(doc.object());
    }
    return bad;
}

} // namespace Cb::Core

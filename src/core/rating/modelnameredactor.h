#pragma once

#include "core/history/runrecord.h"

#include <QRegularExpression>

namespace Cb::Core {

// Hides model names inside answer text before it goes into a blind rating kit: an answer that
// says "As Claude, I…" or "GPT-4o suggests…" would tell the rater who wrote it. Replaces, as
// whole words and ignoring case, the model ids of the given calls (and the last part of ids
// like "org/name") and the well-known family and vendor names (ChatGPT, GPT-*, Claude, Gemini,
// OpenAI, Anthropic, DeepMind, Llama, Mistral, Grok, DeepSeek, Qwen), each with the version
// that follows it ("GPT-4.1-mini", "Claude 3.5"), by ⟨model⟩. Pure; any thread.
class ModelNameRedactor
{
public:
    explicit ModelNameRedactor(const QList<CallRecord>& calls);

    QString redact(const QString& text) const;
    static QString placeholder();

private:
    QRegularExpression m_pattern;
};

} // namespace Cb::Core

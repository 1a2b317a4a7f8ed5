#include "core/rating/modelnameredactor.h"

#include <QSet>

#include <algorithm>

namespace Cb::Core {

namespace {

const char* const kFamilies[] = {"chatgpt", "gpt",     "openai", "anthropic", "claude", "gemini",
                                 "deepmind", "llama",  "mistral", "mixtral",  "grok",   "deepseek",
                                 "qwen"};

} // namespace

ModelNameRedactor::ModelNameRedactor(const QList<CallRecord>& calls)
{
    QSet<QString> names;
    for (const char* family : kFamilies)
        names.insert(QString::fromLatin1(family));
    for (const CallRecord& c : calls) {
        const QString id = c.model.trimmed().toLower();
        if (id.isEmpty())
            continue;
        names.insert(id);
        if (const qsizetype slash = id.lastIndexOf(QLatin1Char('/')); slash >= 0 && slash + 1 < id.size())
            names.insert(id.mid(slash + 1));
    }
    QStringList alternatives(names.begin(), names.end());
    // Longest first, so "gpt-4.1-mini" wins over "gpt".
    std::sort(alternatives.begin(), alternatives.end(), [](const QString& a, const QString& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    for (QString& a : alternatives)
        a = QRegularExpression::escape(a);
    // A name, then its version ("-4o", " 3.5", "-2.5-pro"), as a whole word.
    m_pattern = QRegularExpression(
        QStringLiteral("(?<![\\w.-])(?:") + alternatives.join(QLatin1Char('|')) +
            QStringLiteral(")(?:[-_ ]?\\d+(?:\\.\\d+)*[a-z]*)?"
                           "(?:-(?:\\d+(?:\\.\\d+)*[a-z]*|mini|nano|pro|flash|lite|turbo|preview|instruct|chat|"
                           "sonnet|opus|haiku|latest|exp))*(?!\\w)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QString ModelNameRedactor::redact(const QString& text) const
{
    QString out = text;
    out.replace(m_pattern, placeholder());
    return out;
}

QString ModelNameRedactor::placeholder() { return QStringLiteral("⟨model⟩"); }

} // namespace Cb::Core

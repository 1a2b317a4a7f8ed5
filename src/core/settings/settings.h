#pragma once

#include "core/settings/settingsstore.h"

#include <QByteArray>
#include <QStringList>
#include <QVariantMap>

namespace Cb::Core {

// A typed setting: its key and its default, declared once in the table below.
template <typename T>
struct SettingKey
{
    const char* name;
    T defaultValue;
};

namespace Keys {
// Window and layout
inline const SettingKey<QByteArray> MainWindowGeometry{"window/geometry", {}};
inline const SettingKey<QByteArray> MainWindowState{"window/state", {}};
inline const SettingKey<QByteArray> MainSplitterState{"window/mainSplitter", {}};
// Whether answers take the whole window when they start arriving (the reading layout); the
// user's last choice, made with the toolbar toggle or its shortcut.
inline const SettingKey<bool> ReadingLayoutOnAnswers{"window/readingLayoutOnAnswers", true};
inline const SettingKey<bool> WelcomePackShown{"app/welcomePackShown", false};
// Interface language: "system" (follow the system locale), "en" or "ko". Takes effect at start.
inline const SettingKey<QString> UiLanguage{"app/language", QStringLiteral("system")};
// Packs
inline const SettingKey<QStringList> RecentPacks{"packs/recent", {}};
inline const SettingKey<int> RecentPacksMax{"packs/recentMax", 10};
inline const SettingKey<qint64> ImportMaxFileBytes{"import/maxFileBytes", 50LL * 1024 * 1024};
// Prompt and runs
inline const SettingKey<QString> PromptTemplate{"prompt/template", QStringLiteral("report-generator")};
// Values of template variables ({{audience}}) typed in the preview, by variable name.
inline const SettingKey<QVariantMap> PromptVariables{"prompt/variables", {}};
inline const SettingKey<double> ConfirmCostAboveUsd{"run/confirmCostAboveUsd", 1.0};
inline const SettingKey<QStringList> SelectedModels{"run/selectedModels",
                                                    {QStringLiteral("openai:o3"), QStringLiteral("openai:o3-pro")}};
inline const SettingKey<int> RunRepeats{"run/repeats", 1};
// Empty: each provider's default. Sent only to models whose catalog entry lists the value.
inline const SettingKey<QString> ReasoningEffort{"run/reasoningEffort", QString()};
// "provider:model" keys typed in by hand (local servers, models newer than the catalog).
inline const SettingKey<QStringList> CustomModels{"run/customModels", {}};
// Per-model parameters the user set in the model picker, by "provider:model": a map of the
// PlannedModel parameter keys (effort, max_output_tokens, thinking_budget, temperature, background).
inline const SettingKey<QVariantMap> ModelParameters{"run/modelParameters", {}};
// Ask first: the model that asks (empty: the cheapest of a provider with a key), how many
// questions at most, and whether Send asks first.
inline const SettingKey<QString> AskFirstModel{"run/askFirstModel", QString()};
inline const SettingKey<int> AskFirstMaxQuestions{"run/askFirstMaxQuestions", 5};
inline const SettingKey<bool> AskBeforeSending{"run/askBeforeSending", false};
// Providers: base URLs only. API keys never go through Settings (see SecretStore).
inline const SettingKey<QString> OpenAiBaseUrl{"providers/openai/baseUrl", QStringLiteral("https://api.openai.com/v1")};
inline const SettingKey<QString> AnthropicBaseUrl{"providers/anthropic/baseUrl", QStringLiteral("https://api.anthropic.com")};
inline const SettingKey<QString> GeminiBaseUrl{"providers/gemini/baseUrl",
                                               QStringLiteral("https://generativelanguage.googleapis.com")};
inline const SettingKey<QString> LocalBaseUrl{"providers/local/baseUrl", QStringLiteral("http://localhost:11434/v1")};
inline const SettingKey<QString> TranscriptionModel{"providers/openai/transcriptionModel",
                                                    QStringLiteral("gpt-4o-mini-transcribe")};
} // namespace Keys

// Typed access to settings over an injected store. Not owning the store; GUI thread only.
class Settings
{
public:
    explicit Settings(SettingsStore& store) : m_store(store) {}

    template <typename T>
    T get(const SettingKey<T>& key) const
    {
        const QVariant v = m_store.value(QString::fromLatin1(key.name));
        if (!v.isValid() || !v.canConvert<T>())
            return key.defaultValue;
        return v.value<T>();
    }

    template <typename T>
    void set(const SettingKey<T>& key, const T& value)
    {
        m_store.setValue(QString::fromLatin1(key.name), QVariant::fromValue(value));
    }

    template <typename T>
    void reset(const SettingKey<T>& key)
    {
        m_store.remove(QString::fromLatin1(key.name));
    }

    // Moves path to the front of the recent-packs list, capped at RecentPacksMax.
    void addRecentPack(const QString& path);

    SettingsStore& store() { return m_store; }

private:
    SettingsStore& m_store;
};

} // namespace Cb::Core

#include "ui/settings/providersettingspage.h"

#include "core/net/connectiontester.h"
#include "core/secrets/secretstore.h"
#include "core/settings/settings.h"
#include "ui/services.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

namespace Cb::Ui {

using Core::Keys::AnthropicBaseUrl;
using Core::Keys::GeminiBaseUrl;
using Core::Keys::LocalBaseUrl;
using Core::Keys::OpenAiBaseUrl;

namespace {
const Core::SettingKey<QString>& baseUrlKey(const QString& provider)
{
    if (provider == QLatin1String("openai"))
        return OpenAiBaseUrl;
    if (provider == QLatin1String("anthropic"))
        return AnthropicBaseUrl;
    if (provider == QLatin1String("gemini"))
        return GeminiBaseUrl;
    return LocalBaseUrl;
}
} // namespace

ProviderSettingsPage::ProviderSettingsPage(const QString& provider, const QString& displayName,
                                           Services& services, QWidget* parent)
    : QWidget(parent), m_provider(provider), m_services(services),
      m_tester(new Core::ConnectionTester(services.network, this))
{
    setObjectName(QStringLiteral("provider-") + provider);
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(QStringLiteral("<b>%1</b>").arg(displayName.toHtmlEscaped()), this));

    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setClearButtonEnabled(true);
    form->addRow(tr("API key:"), m_key);
    m_keyStatus = new QLabel(this);
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    m_keyStatus->setWordWrap(true);
    form->addRow(QString(), m_keyStatus);

    m_baseUrl = new QLineEdit(m_services.settings->get(baseUrlKey(provider)), this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    form->addRow(tr("Base URL:"), m_baseUrl);
    if (provider == QLatin1String("openai")) {
        m_transcriptionModel =
            new QLineEdit(m_services.settings->get(Core::Keys::TranscriptionModel), this);
        m_transcriptionModel->setObjectName(QStringLiteral("transcriptionModel"));
        m_transcriptionModel->setPlaceholderText(Core::Keys::TranscriptionModel.defaultValue);
        m_transcriptionModel->setToolTip(
            tr("Turns dropped voice memos (m4a, mp3, wav, ogg, webm) into text, e.g. "
               "gpt-4o-mini-transcribe, gpt-4o-transcribe or whisper-1."));
        form->addRow(tr("Transcription model:"), m_transcriptionModel);
    }

    auto* testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    form->addRow(QString(), testRow);

    connect(m_test, &QPushButton::clicked, this, &ProviderSettingsPage::testConnection);
    connect(m_tester, &Core::ConnectionTester::succeeded, this, [this](int models) {
        m_test->setEnabled(true);
        m_testResult->setText(tr("✔ Connected: %n model(s) available.", nullptr, models));
    });
    connect(m_tester, &Core::ConnectionTester::failed, this, [this](const Core::Error& error) {
        m_test->setEnabled(true);
        m_testResult->setText(QStringLiteral("✖ ") + error.message);
    });
    refreshKeyStatus();
}

void ProviderSettingsPage::refreshKeyStatus()
{
    const QString var = Core::SecretStore::environmentVariable(m_provider);
    QPointer<ProviderSettingsPage> self(this);
    m_services.secrets->lookup(m_provider, [self, var](Core::SecretLookup found) {
        if (!self)
            return;
        QString status;
        if (found.value.isEmpty())
            status = self->m_provider == QLatin1String("local")
                         ? tr("No key set (local servers usually need none).")
                         : tr("No key set. Type one above, or set %1 in the environment.").arg(var);
        else
            status = tr("Using %1 from the %2.")
                         .arg(Core::SecretStore::masked(found.value),
                              found.source == Core::SecretSource::Environment
                                  ? tr("environment variable %1").arg(var)
                                  : Core::SecretStore::sourceName(found.source));
        self->m_keyStatus->setText(status);
        self->m_key->setPlaceholderText(found.value.isEmpty() ? tr("paste a key")
                                                              : Core::SecretStore::masked(found.value));
    });
}

void ProviderSettingsPage::testConnection()
{
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing…"));
    const QString typed = m_key->text().trimmed();
    const QString base = m_baseUrl->text();
    if (!typed.isEmpty()) {
        m_tester->test(m_provider, base, typed);
        return;
    }
    QPointer<ProviderSettingsPage> self(this);
    m_services.secrets->lookup(m_provider, [self, base](Core::SecretLookup found) {
        if (self)
            self->m_tester->test(self->m_provider, base, found.value);
    });
}

void ProviderSettingsPage::apply()
{
    m_services.settings->set(baseUrlKey(m_provider), m_baseUrl->text().trimmed());
    if (m_transcriptionModel) {
        const QString model = m_transcriptionModel->text().trimmed();
        if (model.isEmpty())
            m_services.settings->reset(Core::Keys::TranscriptionModel);
        else
            m_services.settings->set(Core::Keys::TranscriptionModel, model);
    }
    const QString typed = m_key->text().trimmed();
    if (typed.isEmpty())
        return;
    QPointer<ProviderSettingsPage> self(this);
    m_services.secrets->store(m_provider, typed, [self](Core::VoidResult r) {
        if (!self)
            return;
        if (!r)
            Q_EMIT self->keySaveFailed(r.error().message);
        self->m_key->clear();
        self->refreshKeyStatus();
    });
}

} // namespace Cb::Ui

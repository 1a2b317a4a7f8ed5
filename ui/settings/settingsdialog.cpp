#include "ui/settings/settingsdialog.h"

#include "core/secrets/secretstore.h"
#include "core/settings/settings.h"
#include "ui/common/messagebox.h"
#include "ui/common/uilanguage.h"
#include "ui/services.h"
#include "ui/settings/providersettingspage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Cb::Ui {

SettingsDialog::SettingsDialog(Services& services, QWidget* parent) : QDialog(parent), m_services(services)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    resize(640, 620);
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    layout->addWidget(tabs);

    auto* providers = new QWidget;
    auto* pl = new QVBoxLayout(providers);
    m_keychainStatus = new QLabel(providers);
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    m_keychainStatus->setWordWrap(true);
    pl->addWidget(m_keychainStatus);
    const QList<std::pair<QString, QString>> list = {
        {QStringLiteral("openai"), tr("OpenAI (o3, o3-pro, GPT-5, GPT-4.1)")},
        {QStringLiteral("anthropic"), tr("Anthropic (Claude)")},
        {QStringLiteral("gemini"), tr("Google Gemini")},
        {QStringLiteral("local"), tr("OpenAI-compatible server (Ollama, llama.cpp, vLLM, LM Studio, OpenRouter)")},
    };
    for (const auto& [id, name] : list) {
        auto* page = new ProviderSettingsPage(id, name, services, providers);
        connect(page, &ProviderSettingsPage::keySaveFailed, this, [this](const QString& message) {
            MessageBox::warning(this, tr("Key not saved"), message);
        });
        m_pages.append(page);
        pl->addWidget(page);
    }
    pl->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(providers);
    tabs->addTab(scroll, tr("Providers"));
    tabs->addTab(buildGeneralPage(), tr("General"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(services.secrets, &Core::SecretStore::keychainAvailabilityChanged, this,
            &SettingsDialog::updateKeychainStatus);
    updateKeychainStatus();
}

QWidget* SettingsDialog::buildGeneralPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    const QString system = UiLanguage::resolve(QStringLiteral("system"), QLocale::system());
    m_language->addItem(tr("System language (%1)").arg(UiLanguage::nativeName(system)), QStringLiteral("system"));
    for (const QString& language : UiLanguage::supported())
        m_language->addItem(UiLanguage::nativeName(language), language);
    const int current = m_language->findData(m_services.settings->get(Core::Keys::UiLanguage));
    m_language->setCurrentIndex(qMax(0, current));
    form->addRow(tr("Interface language:"), m_language);
    auto* note = new QLabel(tr("A new language applies when ContextBench next starts."), page);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    return page;
}

void SettingsDialog::updateKeychainStatus()
{
    if (m_services.secrets->keychainAvailable()) {
        m_keychainStatus->setText(tr("API keys you type here are stored in the system keychain, never in "
                                     "settings files, history, packs or exports."));
    } else {
        // The reason in brackets, whether or not it ends its sentence ("…: Unknown error").
        QString problem = m_services.secrets->keychainProblem().trimmed();
        if (problem.endsWith(QLatin1Char('.')))
            problem.chop(1);
        m_keychainStatus->setText(
            tr("⚠ API keys cannot be kept in the system keychain (%1). They are read from the environment "
               "variables OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY and OPENAI_COMPATIBLE_API_KEY; keys "
               "typed here are not saved.")
                .arg(problem));
    }
}

void SettingsDialog::apply()
{
    for (ProviderSettingsPage* page : m_pages)
        page->apply();
    m_services.settings->set(Core::Keys::UiLanguage, m_language->currentData().toString());
}

} // namespace Cb::Ui

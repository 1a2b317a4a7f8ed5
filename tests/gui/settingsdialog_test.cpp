#include "core/secrets/secretbackend.h"
#include "core/secrets/secretstore.h"
#include "core/settings/qsettingsstore.h"
#include "core/settings/settings.h"
#include "support/fakesecretbackend.h"
#include "support/secrettraces.h"
#include "support/tempworkspace.h"
#include "gui/screenshots.h"
#include "ui/common/messagebox.h"
#include "ui/services.h"
#include "ui/settings/providersettingspage.h"
#include "ui/settings/settingsdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTest>

#include <gtest/gtest.h>

using namespace Cb;

TEST(SettingsDialog_noKeychain, saysKeysComeFromEnvironmentAndMasksThem)
{
    Cb::Test::TempWorkspace ws;
    Core::QSettingsStore store(ws.filePath(QStringLiteral("settings.ini")));
    Core::Settings settings(store);
    const QString key = QStringLiteral("sk-test-DISTINCTIVE-7f3a9c2e51");
    Core::SecretStore secrets(nullptr, [key](const QString& name) {
        return name == QLatin1String("OPENAI_API_KEY") ? key : QString();
    });
    QNetworkAccessManager network;
    Ui::Services services{&settings, &secrets, &network, nullptr};
    Ui::SettingsDialog dialog(services);
    EXPECT_TRUE(dialog.keychainStatus()->text().contains(QStringLiteral("OPENAI_API_KEY")));
    ASSERT_EQ(dialog.providerPages().size(), 4);
    Ui::ProviderSettingsPage* openai = dialog.providerPages()[0];
    EXPECT_EQ(openai->keyEdit()->echoMode(), QLineEdit::Password);
    auto* status = openai->findChild<QLabel*>(QStringLiteral("keyStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().contains(QStringLiteral("sk-…2e51")));
    EXPECT_FALSE(status->text().contains(key));
    EXPECT_TRUE(openai->keyEdit()->text().isEmpty()); // an existing key is never put back in the field
    dialog.show();
    Cb::Test::saveScreenshot(&dialog, QStringLiteral("settings-dialog"));

    openai->baseUrlEdit()->setText(QStringLiteral("http://127.0.0.1:9/v1"));
    openai->keyEdit()->setText(QStringLiteral("sk-typed-ANOTHER-DISTINCTIVE-99"));
    Ui::MessageBox::setNextAnswer(QMessageBox::Ok); // "Key not saved": there is no keychain
    dialog.apply();
    EXPECT_TRUE(Ui::MessageBox::lastText().contains(QStringLiteral("OPENAI_API_KEY")));
    EXPECT_FALSE(Ui::MessageBox::lastText().contains(QStringLiteral("ANOTHER-DISTINCTIVE")));
    store.sync();
    EXPECT_EQ(settings.get(Core::Keys::OpenAiBaseUrl), QStringLiteral("http://127.0.0.1:9/v1"));
    // Neither key reaches the settings file.
    EXPECT_TRUE(Cb::Test::TempWorkspace::filesContaining(ws.path(), key.toUtf8()).isEmpty());
    EXPECT_TRUE(Cb::Test::TempWorkspace::filesContaining(ws.path(), QByteArrayLiteral("ANOTHER-DISTINCTIVE")).isEmpty());
}

TEST(SettingsDialog_transcriptionModel, isShownOnTheOpenAiPageAndSaved)
{
    Cb::Test::TempWorkspace ws;
    Core::QSettingsStore store(ws.filePath(QStringLiteral("settings.ini")));
    Core::Settings settings(store);
    Core::SecretStore secrets(nullptr, [](const QString&) { return QString(); });
    QNetworkAccessManager network;
    Ui::Services services{&settings, &secrets, &network, nullptr};
    Ui::SettingsDialog dialog(services);
    Ui::ProviderSettingsPage* openai = dialog.providerPages()[0];
    ASSERT_NE(openai->transcriptionModelEdit(), nullptr);
    EXPECT_EQ(openai->transcriptionModelEdit()->text(), QStringLiteral("gpt-4o-mini-transcribe"));
    EXPECT_EQ(dialog.providerPages()[1]->transcriptionModelEdit(), nullptr); // Anthropic has none

    openai->transcriptionModelEdit()->setText(QStringLiteral(" whisper-1 "));
    dialog.apply();
    EXPECT_EQ(settings.get(Core::Keys::TranscriptionModel), QStringLiteral("whisper-1"));
    // Emptied: back to the default, never an empty model name.
    openai->transcriptionModelEdit()->clear();
    dialog.apply();
    EXPECT_EQ(settings.get(Core::Keys::TranscriptionModel), QStringLiteral("gpt-4o-mini-transcribe"));
}

// A key typed into the Providers page goes only to the keychain (an in-memory fake here): the
// settings INI and every other file under the workspace hold no form of it, and the page shows
// it masked from then on, also when the dialog is opened again.
TEST(SettingsDialog_keychain, typedKeyReachesOnlyTheKeychainAndIsShownMasked)
{
    Cb::Test::TempWorkspace ws;
    const QString ini = ws.filePath(QStringLiteral("config/ContextBench/contextbench.ini"));
    Core::QSettingsStore store(ini);
    Core::Settings settings(store);
    Cb::Test::FakeSecretBackend keychain;
    Core::SecretStore secrets(&keychain, [](const QString&) { return QString(); });
    QNetworkAccessManager network;
    Ui::Services services{&settings, &secrets, &network, nullptr};
    const QString key = QStringLiteral("sk-proj-GUILEAK-4b9e1d7a2c6f0835");
    const QString masked = Core::SecretStore::masked(key);
    const auto expectMasked = [&](Ui::ProviderSettingsPage* page) {
        EXPECT_TRUE(page->keyEdit()->text().isEmpty());
        EXPECT_EQ(page->keyEdit()->placeholderText(), masked);
        const QLabel* status = page->findChild<QLabel*>(QStringLiteral("keyStatus"));
        ASSERT_NE(status, nullptr);
        EXPECT_TRUE(status->text().contains(masked)) << status->text().toStdString();
        EXPECT_FALSE(status->text().contains(key));
    };
    {
        Ui::SettingsDialog dialog(services);
        dialog.show();
        Ui::ProviderSettingsPage* openai = dialog.providerPages().value(0);
        ASSERT_NE(openai, nullptr);
        openai->baseUrlEdit()->setText(QStringLiteral("http://127.0.0.1:9/v1"));
        QTest::keyClicks(openai->keyEdit(), key);
        EXPECT_EQ(openai->keyEdit()->text(), key);
        EXPECT_FALSE(openai->keyEdit()->displayText().contains(QStringLiteral("GUILEAK"))); // dots
        dialog.apply();
        EXPECT_TRUE(keychain.entries.values().contains(key));
        expectMasked(openai);
        Cb::Test::saveScreenshot(&dialog, QStringLiteral("settings-dialog-key-masked"));
    }
    {
        Ui::SettingsDialog again(services);
        expectMasked(again.providerPages().value(0));
    }
    store.sync();
    // The settings did reach the INI file (so the search below looks at a real file)...
    EXPECT_TRUE(Cb::Test::TempWorkspace::read(ini).contains("127.0.0.1:9"));
    // ...and no file under the workspace holds the key in any encoding.
    EXPECT_EQ(Cb::Test::secretTraces(ws.path(), key), QStringList());
}

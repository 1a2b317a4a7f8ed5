#include "core/secrets/secretbackend.h"
#include "core/secrets/secretstore.h"
#include "core/settings/qsettingsstore.h"
#include "core/settings/settings.h"
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

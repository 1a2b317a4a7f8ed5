#include "core/secrets/secretstore.h"
#include "core/settings/memorysettingsstore.h"
#include "core/settings/settings.h"
#include "ui/common/uilanguage.h"
#include "ui/services.h"
#include "ui/settings/settingsdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Cb;

TEST(UiLanguage_resolve, systemSettingFollowsTheLocale_explicitChoiceWins)
{
    EXPECT_EQ(Ui::UiLanguage::resolve(QStringLiteral("system"), QLocale(QStringLiteral("ko_KR"))), QStringLiteral("ko"));
    EXPECT_EQ(Ui::UiLanguage::resolve(QStringLiteral("system"), QLocale(QStringLiteral("en_GB"))), QStringLiteral("en"));
    EXPECT_EQ(Ui::UiLanguage::resolve(QStringLiteral("system"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
    EXPECT_EQ(Ui::UiLanguage::resolve(QStringLiteral("en"), QLocale(QStringLiteral("ko_KR"))), QStringLiteral("en"));
    EXPECT_EQ(Ui::UiLanguage::resolve(QStringLiteral("ko"), QLocale(QStringLiteral("en_US"))), QStringLiteral("ko"));
    EXPECT_EQ(Ui::UiLanguage::resolve(QStringLiteral("fr"), QLocale(QStringLiteral("ko_KR"))), QStringLiteral("ko"));
}

TEST(UiLanguage_install, korean_translatesTheApplicationsOwnStrings)
{
    const QList<QTranslator*> before = qApp->findChildren<QTranslator*>();
    ASSERT_TRUE(Ui::UiLanguage::install(qApp, QStringLiteral("ko")));
    EXPECT_EQ(QCoreApplication::translate("Cb::Ui::SettingsDialog", "Settings"), QStringLiteral("설정"));
    // Qt's own strings for standard buttons come from Debian's qt6-translations-l10n.
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("취소"));
    for (QTranslator* t : qApp->findChildren<QTranslator*>())
        if (!before.contains(t)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    QLocale::setDefault(QLocale::system());
    EXPECT_EQ(QCoreApplication::translate("Cb::Ui::SettingsDialog", "Settings"), QStringLiteral("Settings"));
}

TEST(SettingsDialog_language, choiceIsSaved)
{
    Core::MemorySettingsStore store;
    Core::Settings settings(store);
    Core::SecretStore secrets(nullptr, [](const QString&) { return QString(); });
    QNetworkAccessManager network;
    Ui::Services services{&settings, &secrets, &network, nullptr};
    Ui::SettingsDialog dialog(services);
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentData().toString(), QStringLiteral("system"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("ko")));
    dialog.apply();
    EXPECT_EQ(settings.get(Core::Keys::UiLanguage), QStringLiteral("ko"));
}

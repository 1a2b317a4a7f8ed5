#include "core/secrets/secretstore.h"
#include "core/settings/memorysettingsstore.h"
#include "core/settings/settings.h"
#include "ui/common/uilanguage.h"
#include "ui/services.h"
#include "ui/settings/keychaintexts.h"
#include "ui/settings/settingsdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTranslator>

#include <gtest/gtest.h>

#include <algorithm>

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

// QtKeychain has no Korean of its own: its messages ("Unknown error" when no keychain service
// answers) come from our translation, under the contexts its tr() calls use.
TEST(UiLanguage_install, korean_translatesQtKeychainsMessages)
{
    const QList<QTranslator*> before = qApp->findChildren<QTranslator*>();
    ASSERT_TRUE(Ui::UiLanguage::install(qApp, QStringLiteral("ko")));
    const QList<Ui::KeychainText> texts = Ui::keychainTexts();
    EXPECT_GE(texts.size(), 20);
    for (const Ui::KeychainText& t : texts) {
        const QString korean = QCoreApplication::translate(t.context, t.source);
        EXPECT_NE(korean, QString::fromUtf8(t.source)) << t.context << ": " << t.source;
        EXPECT_TRUE(std::any_of(korean.cbegin(), korean.cend(),
                                [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; }))
            << korean.toStdString();
        EXPECT_EQ(korean.count(QStringLiteral("%")), QString::fromUtf8(t.source).count(QStringLiteral("%")))
            << korean.toStdString();
    }
    EXPECT_EQ(QCoreApplication::translate("QKeychain::ReadPasswordJobPrivate", "Unknown error"),
              QStringLiteral("알 수 없는 오류"));
    for (QTranslator* t : qApp->findChildren<QTranslator*>())
        if (!before.contains(t)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    QLocale::setDefault(QLocale::system());
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

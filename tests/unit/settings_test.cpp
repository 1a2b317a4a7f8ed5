#include "core/settings/memorysettingsstore.h"
#include "core/settings/qsettingsstore.h"
#include "core/settings/settings.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

TEST(Settings_typedKeys, returnDefaultsUntilSet)
{
    MemorySettingsStore store;
    Settings settings(store);
    EXPECT_EQ(settings.get(Keys::RunRepeats), 1);
    EXPECT_EQ(settings.get(Keys::OpenAiBaseUrl), QStringLiteral("https://api.openai.com/v1"));
    settings.set(Keys::RunRepeats, 4);
    EXPECT_EQ(settings.get(Keys::RunRepeats), 4);
    settings.reset(Keys::RunRepeats);
    EXPECT_EQ(settings.get(Keys::RunRepeats), 1);
}

TEST(Settings_recentPacks, areMostRecentFirstAndCapped)
{
    MemorySettingsStore store;
    Settings settings(store);
    settings.set(Keys::RecentPacksMax, 3);
    for (const char* p : {"a", "b", "c", "d", "b"})
        settings.addRecentPack(QString::fromLatin1(p));
    EXPECT_EQ(settings.get(Keys::RecentPacks),
              (QStringList{QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("c")}));
}

TEST(Settings_qsettings, persistAcrossInstances)
{
    Cb::Test::TempWorkspace ws;
    const QString ini = ws.filePath(QStringLiteral("settings.ini"));
    {
        QSettingsStore store(ini);
        Settings(store).set(Keys::MainSplitterState, QByteArray("\x01\x02", 2));
    }
    QSettingsStore store(ini);
    EXPECT_EQ(Settings(store).get(Keys::MainSplitterState), QByteArray("\x01\x02", 2));
}

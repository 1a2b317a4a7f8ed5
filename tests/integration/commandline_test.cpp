#include "support/clilanguage.h"
#include "support/tempworkspace.h"

#include <cb_version.h>

#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>
#include "cb_test_paths.h"

namespace {

// Runs the real binary with no display at all: the command line must not need one.
QProcess* runHeadless(const QStringList& args)
{
    auto* p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    // The tests read English messages: no saved interface language, an English locale.
    static const Cb::Test::TempWorkspace noSettings;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), noSettings.path());
    Cb::Test::setCliLanguage(env);
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(CB_APP_BINARY), args);
    p->waitForFinished(30000);
    return p;
}

} // namespace

TEST(CommandLine_version, printsVersionWithoutDisplay)
{
    std::unique_ptr<QProcess> p(runHeadless({QStringLiteral("--version")}));
    EXPECT_EQ(p->exitCode(), 0);
    EXPECT_EQ(QString::fromUtf8(p->readAllStandardOutput()).trimmed(),
              QStringLiteral("contextbench ") + QString::fromLatin1(Cb::kVersion));
}

TEST(CommandLine_help, listsUsageWithoutDisplay)
{
    std::unique_ptr<QProcess> p(runHeadless({QStringLiteral("--help")}));
    EXPECT_EQ(p->exitCode(), 0);
    const QString out = QString::fromUtf8(p->readAllStandardOutput());
    EXPECT_TRUE(out.contains(QStringLiteral("Usage:")));
    EXPECT_TRUE(out.contains(QStringLiteral("OPENAI_API_KEY")));
}

TEST(CommandLine_unknownCommand, failsWithUsageCode)
{
    // An unknown word that is not a file is treated as a command only when it looks like one.
    std::unique_ptr<QProcess> p(runHeadless({QStringLiteral("help"), QStringLiteral("x")}));
    EXPECT_EQ(p->exitCode(), 0);
}

TEST(CommandLine_mistypedCommand, saysUnknownNamesTheClosestAndNeverOpensAWindow)
{
    // Without a display a window would wait for ever; the 30 s wait in runHeadless would end it.
    for (const QString& word : {QStringLiteral("expot"), QStringLiteral("frobnicate"), QStringLiteral("pakc")}) {
        std::unique_ptr<QProcess> p(runHeadless({word, QStringLiteral("--help")}));
        EXPECT_EQ(p->state(), QProcess::NotRunning) << word.toStdString();
        EXPECT_EQ(p->exitCode(), 2) << word.toStdString();
        const QString err = QString::fromUtf8(p->readAllStandardError());
        EXPECT_TRUE(err.contains(QStringLiteral("unknown command '") + word + QLatin1Char('\''))) << err.toStdString();
        if (word == QLatin1String("expot")) {
            EXPECT_TRUE(err.contains(QStringLiteral("closest command is 'export'"))) << err.toStdString();
        }
        if (word == QLatin1String("pakc")) {
            EXPECT_TRUE(err.contains(QStringLiteral("closest command is 'pack'"))) << err.toStdString();
        }
    }
    // A folder is not a pack: said so, no window.
    std::unique_ptr<QProcess> folder(runHeadless({QStringLiteral(CB_SOURCE_DIR "/docs")}));
    EXPECT_EQ(folder->exitCode(), 2);
    EXPECT_TRUE(QString::fromUtf8(folder->readAllStandardError()).contains(QStringLiteral("neither a command")));
    std::unique_ptr<QProcess> option(runHeadless({QStringLiteral("--versoin")}));
    EXPECT_EQ(option->exitCode(), 2);
    EXPECT_TRUE(QString::fromUtf8(option->readAllStandardError()).contains(QStringLiteral("unknown option")));
}

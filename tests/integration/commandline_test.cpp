#include <cb_version.h>

#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace {

// Runs the real binary with no display at all: the command line must not need one.
QProcess* runHeadless(const QStringList& args)
{
    auto* p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
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

// Test main for integration tests: an offscreen QGuiApplication (PDF writing needs fonts).
#include <QGuiApplication>
#include <QStandardPaths>
#include "isolatedhome.h"
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    isolateHome();
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ContextBenchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("contextbench-integration"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

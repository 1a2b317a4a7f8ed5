// Test main for the unit binary: QCoreApplication only, proving cb_core needs no Gui.
#include <QCoreApplication>
#include <QStandardPaths>
#include "isolatedhome.h"
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    isolateHome();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ContextBenchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("contextbench-unit"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

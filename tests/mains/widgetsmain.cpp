// Test main for GUI tests: a real QApplication on the offscreen platform.
#include "ui/common/serialrasterfills.h"
#include "ui/resources.h"

#include <QApplication>
#include <QStandardPaths>
#include "isolatedhome.h"
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    isolateHome();
    Cb::Ui::keepRasterFillsOnTheGuiThread();
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    Cb::Ui::initResources();
    QCoreApplication::setOrganizationName(QStringLiteral("ContextBenchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("contextbench-gui"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

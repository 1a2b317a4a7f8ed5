#include "core/run/runsession.h"
#include "gui/comparesessions.h"
#include "gui/screenshots.h"
#include "ui/compare/columnarea.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/diffdialog.h"
#include "ui/compare/outputcolumn.h"
#include "ui/stats/statscharts.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Cb;

// Lays out 2, 4 and 8 columns of realistic plans (one failed, one still streaming) at laptop
// and wide sizes; saves pictures when CB_SCREENSHOT_DIR is set.
TEST(ComparePanel_screenshots, twoFourAndEightColumnsLayOutReadably)
{
    for (int repeats : {1, 2, 4}) {
        Core::RunRecord run = Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, repeats, true);
        run.calls.last().status = Core::CallStatus::Failed;
        run.calls.last().partial = true;
        run.calls.last().text = run.calls.last().text.left(300);
        run.calls.last().errorCode = QStringLiteral("server");
        run.calls.last().errorMessage = QStringLiteral("HTTP 529: overloaded");
        if (run.calls.size() > 2) {
            run.calls[1].status = Core::CallStatus::Streaming;
            run.calls[1].totalMs.reset();
            run.calls[1].reasoning = QStringLiteral("**Weighing the timeline.** The beta needs two weeks of load tests.");
        }
        Core::RunSession session(run);
        Ui::ComparePanel panel;
        panel.resize(1440, 860);
        panel.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
        panel.showSession(&session);
        QTest::qWait(50);
        const int columns = int(run.calls.size());
        for (Ui::OutputColumn* c : panel.columnArea()->shownColumns())
            EXPECT_GE(c->width(), Ui::ColumnArea::kMinColumnWidth - 20) << columns << " columns";
        Cb::Test::saveScreenshot(&panel, QStringLiteral("compare-%1-columns").arg(columns));
        if (columns == 4) {
            panel.setBlindSeed(3);
            panel.setBlind(true);
            QTest::qWait(20);
            Cb::Test::saveScreenshot(&panel, QStringLiteral("compare-blind"));
            panel.setBlind(false);
            Ui::DiffDialog diff(run, {{run.calls[0].id, QStringLiteral("o3 #1")}, {run.calls[1].id, QStringLiteral("o3-pro #1")}});
            diff.show();
            QSignalSpy shown(&diff, &Ui::DiffDialog::diffShown);
            ASSERT_TRUE(shown.wait(5000));
            Cb::Test::saveScreenshot(&diff, QStringLiteral("compare-diff"));
        }
    }
}

// How calls that ended without a plain answer look: refused, no answer text, cut short.
TEST(ComparePanel_screenshots, refusedNoTextAndCutShortColumnsSayWhatHappened)
{
    Core::RunRecord run = Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("claude-sonnet-4-5")}, 2, true);
    ASSERT_EQ(run.calls.size(), 4);
    Core::CallRecord& refused = run.calls[1];
    refused.status = Core::CallStatus::Refused;
    refused.text = QStringLiteral("I can't help with that.");
    refused.errorCode = QStringLiteral("refused");
    refused.errorMessage = QStringLiteral("The model refused to answer: I can't help with that.");
    Core::CallRecord& noText = run.calls[2];
    noText.text.clear();
    noText.errorCode = QStringLiteral("no_text");
    noText.errorMessage =
        QStringLiteral("The model wrote no answer text; it asked to call search_pack, which this run does not offer.");
    Core::CallRecord& cut = run.calls[3];
    cut.text = cut.text.left(400);
    cut.errorCode = QStringLiteral("truncated");
    cut.errorMessage = QStringLiteral("The model stopped at its output limit; the answer is cut short.");
    Core::RunSession session(run);
    Ui::ComparePanel panel;
    panel.resize(1440, 860);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.showSession(&session);
    QTest::qWait(50);
    EXPECT_TRUE(panel.column(refused.id)->errorBanner()->text().contains(QStringLiteral("Refused")));
    EXPECT_TRUE(panel.column(noText.id)->errorBanner()->text().contains(QStringLiteral("No answer text")));
    EXPECT_TRUE(panel.column(cut.id)->errorBanner()->text().contains(QStringLiteral("Cut short")));
    auto* reliability = panel.findChild<QLabel*>(QStringLiteral("reliabilityLabel"));
    ASSERT_TRUE(reliability);
    EXPECT_TRUE(reliability->text().contains(QStringLiteral("1 refused"))) << reliability->text().toStdString();
    Cb::Test::saveScreenshot(&panel, QStringLiteral("compare-refused-notext-cut"));
}

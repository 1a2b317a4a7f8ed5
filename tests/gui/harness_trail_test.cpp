#include "core/run/runsession.h"
#include "gui/comparesessions.h"
#include "gui/screenshots.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/outputcolumn.h"
#include "ui/compare/tooltrailview.h"
#include "ui/run/modelparamsdialog.h"

#include <QComboBox>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace Cb;

namespace {

Core::ToolTrailEntry trailEntry(int round, int position, const QString& name, const QString& summary, bool error = false)
{
    Core::ToolTrailEntry e;
    e.round = round;
    e.position = position;
    e.name = name;
    e.arguments = QStringLiteral("{}");
    e.resultBytes = 1200;
    e.summary = summary;
    e.isError = error;
    return e;
}

} // namespace

// A run comparing o3 with the full pack and o3 in tools mode: the tools column shows its trail
// under the header, growing live as the session reports tool calls; the full column shows none.
TEST(ToolTrail, toolsModeColumn_showsTrailLiveFullColumnDoesNot)
{
    Core::RunRecord run = Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3")}, 1, true);
    run.calls[1].contextMode = QStringLiteral("tools");
    run.calls[1].toolTrail = {trailEntry(1, 0, QStringLiteral("search_pack"), QStringLiteral("searched 'retention' → 3 hits"))};
    Core::RunSession session(run);
    Ui::ComparePanel panel;
    panel.resize(1280, 720);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.showSession(&session);
    QTest::qWait(30);
    const auto columns = panel.findChildren<Ui::OutputColumn*>();
    ASSERT_EQ(columns.size(), 2);
    Ui::OutputColumn* full = columns[0]->callId() == run.calls[0].id ? columns[0] : columns[1];
    Ui::OutputColumn* tools = full == columns[0] ? columns[1] : columns[0];
    EXPECT_FALSE(full->toolTrail()->isVisible());
    ASSERT_TRUE(tools->toolTrail()->isVisible());
    EXPECT_TRUE(tools->toolTrail()->text().contains(QStringLiteral("searched 'retention' → 3 hits")));

    session.appendToolCall(run.calls[1].id, trailEntry(2, 0, QStringLiteral("read_item"),
                                                       QStringLiteral("read *Launch planning call* 227 tokens")));
    session.appendToolCall(run.calls[1].id, trailEntry(2, 1, QStringLiteral("read_item"),
                                                       QStringLiteral("read_item failed: no item with id “zz”"), true));
    QTest::qWait(30);
    const QString html = tools->toolTrail()->text();
    EXPECT_TRUE(html.contains(QStringLiteral("<i>Launch planning call</i> 227 tokens"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("#b71c1c")));
    EXPECT_TRUE(html.contains(QStringLiteral("Tools: 3 calls")));
    EXPECT_TRUE(tools->toolTrail()->toolTip().contains(QStringLiteral("2.1 read_item({})")));
    Cb::Test::saveScreenshot(&panel, QStringLiteral("harness-tools-trail"));
}

TEST(ToolTrail, modelParamsDialog_toolsChoice_writesContextAndRounds)
{
    Ui::ModelParamsDialog dialog(QStringLiteral("openai:o3"), std::nullopt, {});
    EXPECT_FALSE(dialog.toolRoundsBox()->isEnabled());
    EXPECT_FALSE(dialog.params().contains(QStringLiteral("context")));
    dialog.contextBox()->setCurrentIndex(1);
    EXPECT_TRUE(dialog.toolRoundsBox()->isEnabled());
    dialog.toolRoundsBox()->setValue(5);
    EXPECT_TRUE(dialog.tokensReadBox()->isEnabled());
    EXPECT_EQ(dialog.tokensReadBox()->value(), 200); // the default budget, in thousands
    dialog.tokensReadBox()->setValue(40);
    const QJsonObject p = dialog.params();
    EXPECT_EQ(p.value(QStringLiteral("context")).toString(), QStringLiteral("tools"));
    EXPECT_EQ(p.value(QStringLiteral("max_tool_rounds")).toInt(), 5);
    EXPECT_EQ(p.value(QStringLiteral("max_tokens_read")).toInteger(), 40000);
    EXPECT_TRUE(Ui::ModelParamsDialog::summary(p).contains(QStringLiteral("tools ≤5 rounds, ≤40k read")));
    Ui::ModelParamsDialog reopened(QStringLiteral("openai:o3"), std::nullopt, p);
    EXPECT_EQ(reopened.contextBox()->currentIndex(), 1);
    EXPECT_EQ(reopened.toolRoundsBox()->value(), 5);
    EXPECT_EQ(reopened.tokensReadBox()->value(), 40);
    EXPECT_EQ(reopened.params().value(QStringLiteral("max_tokens_read")).toInteger(), 40000);
    Cb::Test::saveScreenshot(&reopened, QStringLiteral("harness-model-params"));
}

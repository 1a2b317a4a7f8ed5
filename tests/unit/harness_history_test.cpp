#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/history/toolcallstore.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::TempWorkspace;

namespace {

RunRecord fullAndToolsRun()
{
    RunRecord run;
    run.packTitle = QStringLiteral("Launch plan");
    run.input = QStringLiteral("Plan");
    for (const char* mode : {"full", "tools"}) {
        CallRecord c;
        c.provider = QStringLiteral("openai");
        c.model = QStringLiteral("o3");
        c.contextMode = QString::fromLatin1(mode);
        run.calls.append(c);
    }
    return run;
}

ToolTrailEntry entry(int round, int position, const char* name, const char* summary)
{
    ToolTrailEntry e;
    e.round = round;
    e.position = position;
    e.name = QString::fromLatin1(name);
    e.arguments = QStringLiteral("{\"id\":\"a1b2c3\"}");
    e.resultBytes = 900;
    e.resultTokens = 227;
    e.summary = QString::fromUtf8(summary);
    e.itemIds = {QStringLiteral("a1b2c3")};
    return e;
}

} // namespace

TEST(ToolCallStore, contextMode_roundTripsPerCall)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    HistoryStore store(**db);
    RunRecord run = fullAndToolsRun();
    ASSERT_TRUE(store.insertRun(run));
    const auto loaded = store.loadRun(run.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->calls[0].contextMode, QStringLiteral("full"));
    EXPECT_EQ(loaded->calls[1].contextMode, QStringLiteral("tools"));
}

TEST(ToolCallStore, entries_readBackInRoundAndPositionOrder)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    HistoryStore store(**db);
    RunRecord run = fullAndToolsRun();
    ASSERT_TRUE(store.insertRun(run));
    const qint64 callId = run.calls[1].id;
    ToolCallStore tools(**db);
    ToolTrailEntry failed = entry(2, 0, "read_item", "read_item failed: no item");
    failed.isError = true;
    failed.itemIds.clear();
    ASSERT_TRUE(tools.add(callId, failed));
    ASSERT_TRUE(tools.add(callId, entry(1, 1, "read_item", "read *Launch planning call* 227 tokens")));
    ASSERT_TRUE(tools.add(callId, entry(1, 0, "search_pack", "searched '유지율' → 1 hit")));
    const auto back = tools.forCall(callId);
    ASSERT_TRUE(back);
    ASSERT_EQ(back->size(), 3);
    EXPECT_EQ((*back)[0], entry(1, 0, "search_pack", "searched '유지율' → 1 hit"));
    EXPECT_EQ((*back)[1].summary, QStringLiteral("read *Launch planning call* 227 tokens"));
    EXPECT_EQ((*back)[2], failed);
    const auto other = tools.forCall(run.calls[0].id);
    ASSERT_TRUE(other);
    EXPECT_TRUE(other->isEmpty());
}

TEST(ToolCallStore, add_unknownCall_isADatabaseError)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    ToolCallStore tools(**db);
    const auto added = tools.add(999, entry(1, 0, "list_items", "listed 3 items"));
    ASSERT_FALSE(added); // foreign keys on: a tool call belongs to a recorded call
    EXPECT_EQ(added.error().code, ErrorCode::Database);
}

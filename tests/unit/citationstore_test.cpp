#include "core/eval/citationchecker.h"
#include "core/eval/packcoverage.h"
#include "core/eval/textcheck.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/history/migrations.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::TempWorkspace;

namespace {

const QString kA = QStringLiteral("aaaaaa11-0000-4000-8000-000000000001");
const QString kB = QStringLiteral("bbbbbb22-0000-4000-8000-000000000002");
const QString kC = QStringLiteral("cccccc33-0000-4000-8000-000000000003");

Pack threeItems()
{
    Pack pack;
    PackSection s;
    s.name = QStringLiteral("Docs");
    const QStringList titles{QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")};
    const QStringList ids{kA, kB, kC};
    for (int i = 0; i < 3; ++i) {
        PackItem item = PackItem::note(titles[i], QStringLiteral("Fact number %1 is true.").arg(i + 1));
        item.id = ids[i];
        s.items << item;
    }
    pack.sections << s;
    return pack;
}

RunRecord runOf(const Pack& pack)
{
    RunRecord run;
    run.packTitle = QStringLiteral("p");
    for (const PackItem& item : pack.sections.first().items)
        run.manifest.append(QJsonObject{{QStringLiteral("id"), item.id},
                                        {QStringLiteral("section"), QStringLiteral("Docs")},
                                        {QStringLiteral("title"), item.title}});
    for (const char* model : {"o3", "claude"}) {
        CallRecord c;
        c.provider = QStringLiteral("openai");
        c.model = QString::fromLatin1(model);
        run.calls.append(c);
    }
    return run;
}

bool insertToolCall(Database& db, qint64 callId, int round, const QString& name, const QStringList& items)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO tool_calls (call_id, round, position, name, arguments, result_bytes,"
                             " result_tokens, is_error, summary, item_ids_json, created_at)"
                             " VALUES (?, ?, 0, ?, '{}', 227, 60, 0, ?, ?, '2026-12-06T08:00:00Z')"));
    q.addBindValue(callId);
    q.addBindValue(round);
    q.addBindValue(name);
    q.addBindValue(QString(QStringLiteral("read ") + items.join(QLatin1Char(','))));
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact)));
    return q.exec();
}

} // namespace

TEST(CitationStore, schema10_citationsStoredAndReloaded_toolTrailRead)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    EXPECT_GE(Migrations::latestVersion(), 10);
    HistoryStore store(**db);
    const Pack pack = threeItems();
    RunRecord run = runOf(pack);
    ASSERT_TRUE(store.insertRun(run));
    const CitationReport report = CitationChecker(pack).check(
        QStringLiteral("One [[aaaaaa: \"Fact number 1 is true.\"]] two [[bbbbbb: \"Fact number 9\"]]"));
    ASSERT_TRUE(store.setCitations(run.calls[0].id, report));
    ASSERT_TRUE(insertToolCall(**db, run.calls[1].id, 1, QStringLiteral("read_item"), {kB}));
    ASSERT_TRUE(insertToolCall(**db, run.calls[1].id, 0, QStringLiteral("search_pack"), {kA, kB}));

    auto loaded = store.loadRun(run.id);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    const CallRecord& first = loaded->calls[0];
    EXPECT_TRUE(first.citations.checked);
    ASSERT_EQ(first.citations.total(), 2);
    EXPECT_EQ(first.citations.verified(), 1);
    EXPECT_EQ(first.citations.citations[1].status, Citation::Status::QuoteNotFound);
    EXPECT_EQ(first.citations.citations[1].title, QStringLiteral("Beta"));
    EXPECT_FALSE(loaded->calls[1].citations.checked); // never checked: NULL column
    ASSERT_EQ(loaded->calls[1].toolTrail.size(), 2);
    EXPECT_EQ(loaded->calls[1].toolTrail[0].name, QStringLiteral("search_pack")); // round order
    EXPECT_EQ(loaded->calls[1].toolTrail[1].itemIds, QStringList{kB});
    EXPECT_EQ(loaded->calls[1].toolTrail[1].resultBytes, 227);

    // Coverage from the reloaded record alone: Alpha read by claude and cited by o3, Beta read
    // by claude and cited (not verified) by o3, Gamma used by nobody.
    const PackCoverage coverage = PackCoverage::build(*loaded);
    ASSERT_EQ(coverage.items.size(), 3);
    EXPECT_EQ(coverage.items[0].readBy, QStringList{QStringLiteral("claude")});
    EXPECT_EQ(coverage.items[0].citedBy, QStringList{QStringLiteral("o3")});
    EXPECT_EQ(coverage.items[0].verified, 1);
    EXPECT_EQ(coverage.items[1].citations, 1);
    EXPECT_EQ(coverage.items[1].readBy, QStringList{QStringLiteral("claude")});
    EXPECT_EQ(coverage.items[1].verified, 0);
    EXPECT_FALSE(coverage.items[2].used());
    EXPECT_EQ(coverage.unusedCount(), 1);
}

TEST(PackCoverage, repeatedModels_labelledByAttempt_noDataWithoutTrailsOrCitations)
{
    RunRecord run = runOf(threeItems());
    run.calls.append(run.calls.first());
    EXPECT_EQ(PackCoverage::answerLabels(run),
              (QStringList{QStringLiteral("o3 #1"), QStringLiteral("claude"), QStringLiteral("o3 #2")}));
    const PackCoverage none = PackCoverage::build(run);
    EXPECT_FALSE(none.hasData());
    EXPECT_EQ(none.unusedCount(), 3);
}

TEST(TextCheck_citations, minimumAndAllVerified_passOrFailWithCounts)
{
    const CitationReport report = CitationChecker(threeItems()).check(
        QStringLiteral("[[aaaaaa: \"Fact number 1\"]] [[cccccc: \"Fact number 3 is true\"]] [[bbbbbb: \"wrong\"]]"));
    ASSERT_EQ(report.total(), 3);
    const CheckResult all = TextCheck::citations(1, true).run(QString(), report);
    EXPECT_FALSE(all.passed);
    EXPECT_EQ(all.reason, QStringLiteral("claims cited 3, verified 2, not found 1"));
    EXPECT_TRUE(TextCheck::citations(3, false).run(QString(), report).passed);
    const CheckResult few = TextCheck::citations(4, false).run(QString(), report);
    EXPECT_FALSE(few.passed);
    EXPECT_EQ(few.reason, QStringLiteral("3 citation(s), fewer than 4"));
    const CheckResult unchecked = TextCheck::citations(0, false).run(QStringLiteral("text"));
    EXPECT_FALSE(unchecked.passed);
    EXPECT_EQ(unchecked.reason, QStringLiteral("citations were not checked for this answer"));
}

// Citations as footnotes, each answer's tool trail and the pack coverage table in every report
// format. Regenerate: CB_UPDATE_GOLDENS=1 build/tests/cb_integration_tests --gtest_filter='ExportCitations*'
#include "core/eval/citationchecker.h"
#include "exportfixture.h"
#include "formats/export/runexporter.h"
#include "formats/export/runrecordjson.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>
#include "cb_test_paths.h"

using namespace Cb::Core;
using namespace Cb::Formats;
using Cb::Test::TempWorkspace;

namespace {

const QStringList kIds{QStringLiteral("a1a1a1a1-0000-4000-8000-000000000001"),
                       QStringLiteral("b2b2b2b2-0000-4000-8000-000000000002"),
                       QStringLiteral("c3c3c3c3-0000-4000-8000-000000000003"),
                       QStringLiteral("d4d4d4d4-0000-4000-8000-000000000004")};

// The comparison fixture's pack, rebuilt with ids: the manifest titles with short texts.
Pack fixturePack(const RunRecord& run)
{
    Pack pack;
    const QStringList texts{QStringLiteral("Pilot in Seoul with 40 field staff by April 30."),
                            QStringLiteral("Mina: conflicts must resolve without data loss.\nJoon: the sync "
                                           "backlog is 3 weeks."),
                            QStringLiteral("오프라인 동기화는 4월 출시가 목표입니다."),
                            QStringLiteral("int resolve(Conflict c);")};
    for (int i = 0; i < run.manifest.size(); ++i) {
        const QJsonObject o = run.manifest[i].toObject();
        PackSection s;
        s.name = o.value(QStringLiteral("section")).toString();
        PackItem item = PackItem::note(o.value(QStringLiteral("title")).toString(), texts[i]);
        item.id = kIds[i];
        s.items << item;
        pack.sections << s;
    }
    return pack;
}

RunRecord citedRun()
{
    RunRecord run = Cb::Test::comparisonRun();
    const Pack pack = fixturePack(run);
    for (int i = 0; i < run.manifest.size(); ++i) {
        QJsonObject o = run.manifest[i].toObject();
        o.insert(QStringLiteral("id"), kIds[i]);
        run.manifest[i] = o;
    }
    CallRecord& first = run.calls[0];
    first.text = QStringLiteral("## Plan\n\nStaff the pilot with 40 people [[a1a1a1: \"Pilot in Seoul with 40 "
                                "field staff\"]] and clear the backlog first [[b2b2b2: “the sync\nbacklog is 3 "
                                "weeks”]].\n\n목표는 4월 [[c3c3c3: \"4월 출시가 목표입니다\"]], budget "
                                "[[b2b2b2: \"budget is $2M\"]], owner [[eeeeee: \"Mina owns it\"]].");
    first.citations = CitationChecker(pack).check(first.text);
    CallRecord& second = run.calls[1];
    second.toolTrail = {{1, 0, QStringLiteral("search_pack"), QStringLiteral("{\"query\":\"backlog\"}"), 412, 96,
                         false, QStringLiteral("searched 'backlog' → 1 hit"), {kIds[1]}},
                        {2, 0, QStringLiteral("read_item"), QStringLiteral("{\"id\":\"b2b2b2\"}"), 90, 22, false,
                         QStringLiteral("read *Sync review 2026-03-10* 22 tokens"), {kIds[1]}},
                        {2, 1, QStringLiteral("read_item"), QStringLiteral("{\"id\":\"zzzzzz\"}"), 40, 10, true,
                         QStringLiteral("unknown id zzzzzz"), {}}};
    return run;
}

QString goldenPath(const QString& name) { return QStringLiteral(CB_TEST_DATA_DIR "/golden/export/") + name; }

void expectGolden(const QByteArray& actual, const QString& name)
{
    if (qEnvironmentVariableIsSet("CB_UPDATE_GOLDENS")) {
        QFile file(goldenPath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(actual);
        return;
    }
    const QByteArray expected = TempWorkspace::read(goldenPath(name));
    ASSERT_FALSE(expected.isEmpty()) << "missing golden " << name.toStdString();
    EXPECT_EQ(QString::fromUtf8(actual).toStdString(), QString::fromUtf8(expected).toStdString()) << name.toStdString();
}

QByteArray render(ExportFormat format, const RunRecord& run)
{
    ExportOptions options;
    options.format = format;
    auto bytes = RunExporter::render(run, options);
    EXPECT_TRUE(bytes.has_value());
    return bytes ? *bytes : QByteArray();
}

} // namespace

TEST(ExportCitations, fixture_checksAsExpected)
{
    const CitationReport& r = citedRun().calls[0].citations;
    ASSERT_EQ(r.total(), 5);
    EXPECT_EQ(r.verified(), 3);
    EXPECT_EQ(r.citations[3].status, Citation::Status::QuoteNotFound);
    EXPECT_EQ(r.citations[4].status, Citation::Status::UnknownItem);
}

TEST(ExportCitations, markdownHtmlJson_matchGoldens)
{
    const RunRecord run = citedRun();
    expectGolden(render(ExportFormat::Markdown, run), QStringLiteral("citations.md"));
    expectGolden(render(ExportFormat::Html, run), QStringLiteral("citations.html"));
    expectGolden(render(ExportFormat::Json, run), QStringLiteral("citations.json"));
}

TEST(ExportCitations, markdown_footnotesSourcesTrailAndCoverage)
{
    const QString md = QString::fromUtf8(render(ExportFormat::Markdown, citedRun()));
    EXPECT_TRUE(md.contains(QStringLiteral("with 40 people¹ and clear the backlog first²."))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("**⁴✗**")));
    EXPECT_FALSE(md.contains(QStringLiteral("[[a1a1a1")));
    EXPECT_TRUE(md.contains(QStringLiteral("**Sources** — claims cited 5, verified 3, not found 2")));
    EXPECT_TRUE(md.contains(QStringLiteral("1. ✓ *Pilot goal* — “Pilot in Seoul with 40 field staff”")));
    EXPECT_TRUE(md.contains(QStringLiteral("5. ✗ **not found** (unknown item `eeeeee`) — “Mina owns it”")));
    EXPECT_TRUE(md.contains(QStringLiteral("**Tool trail** — 3 calls")));
    EXPECT_TRUE(md.contains(QStringLiteral("3. round 2: unknown id zzzzzz — 40 bytes (error)")));
    EXPECT_TRUE(md.contains(QStringLiteral("## Pack coverage")));
    EXPECT_TRUE(md.contains(QStringLiteral("| Memos | 오프라인 동기화 메모 | — | o3 | 1 of 1 |")));
    EXPECT_TRUE(md.contains(QStringLiteral("| Meetings | Sync review 2026-03-10 | o3-pro | o3 | 1 of 2 |")));
    EXPECT_TRUE(md.contains(QStringLiteral("1 of 4 items used by no answer: resolver.cpp.")));
}

TEST(ExportCitations, json_citationsAndToolCallsOnCallObjects_roundTrip)
{
    const RunRecord run = citedRun();
    const QJsonObject json = QJsonDocument::fromJson(render(ExportFormat::Json, run)).object();
    const QJsonArray calls = json.value(QStringLiteral("calls")).toArray();
    ASSERT_EQ(calls.size(), 2);
    const QJsonObject cites = calls[0].toObject().value(QStringLiteral("citations")).toObject();
    EXPECT_EQ(cites.value(QStringLiteral("total")).toInt(), 5);
    EXPECT_EQ(cites.value(QStringLiteral("verified")).toInt(), 3);
    const QJsonArray notFound = cites.value(QStringLiteral("not_found")).toArray();
    ASSERT_EQ(notFound.size(), 2);
    EXPECT_EQ(notFound[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("quote not in item"));
    EXPECT_FALSE(calls[1].toObject().contains(QStringLiteral("citations")));
    const QJsonArray tools = calls[1].toObject().value(QStringLiteral("tool_calls")).toArray();
    ASSERT_EQ(tools.size(), 3);
    EXPECT_EQ(tools[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("search_pack"));
    EXPECT_EQ(tools[0].toObject().value(QStringLiteral("result_bytes")).toInt(), 412);

    auto back = RunRecordJson::fromJson(json);
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_EQ(back->calls[0].citations.total(), 5);
    EXPECT_EQ(back->calls[0].citations.citations[4].id, QStringLiteral("eeeeee"));
    ASSERT_EQ(back->calls[1].toolTrail.size(), 3);
    EXPECT_TRUE(back->calls[1].toolTrail[2].isError);
}

TEST(ExportCitations, pdf_showsFootnotesSourcesTrailAndCoverage)
{
    const QString text = Cb::Test::pdfPageTexts(render(ExportFormat::Pdf, citedRun())).join(QLatin1Char('\n'));
    for (const char* expected : {"Sources", "claims cited 5, verified 3, not found 2", "Pilot goal", "Tool trail",
                                 "Pack coverage", "resolver.cpp", "unknown item"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
}

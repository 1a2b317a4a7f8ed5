// RatingKitWriter: the kit is one self-contained HTML file that loads nothing and says nothing
// about which model wrote what (docs/RATINGS_FILE.md).
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/rating/ratingkitplanner.h"
#include "formats/rating/ratingkitwriter.h"
#include "support/ratingkitfixture.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Formats::RatingKitWriter;
using Cb::Test::TempWorkspace;
namespace Fixture = Cb::Test::RatingKitFixture;

namespace {

class RatingKitWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
        ASSERT_TRUE(opened);
        db = std::move(*opened);
        auto inserted = Fixture::insert(*db);
        ASSERT_TRUE(inserted) << inserted.error().message.toStdString();
        run = *inserted;
        HistoryStore history(*db);
        auto loaded = RatingKitPlanner::loadRun(history, run.id);
        ASSERT_TRUE(loaded);
        source = *loaded;
    }

    RatingKitDraft draft(const QString& rater, quint64 seed = 5) const
    {
        auto d = RatingKitPlanner::plan(source, rater, seed);
        EXPECT_TRUE(d);
        return d ? *d : RatingKitDraft{};
    }

    TempWorkspace ws;
    std::unique_ptr<Database> db;
    RunRecord run;
    RatingKitSource source;
};

} // namespace

TEST_F(RatingKitWriterTest, html_containsNothingThatIdentifiesAModelOrACall)
{
    const QString html = RatingKitWriter::html(draft(QStringLiteral("Ana")));
    for (const QString& secret : Fixture::identifying(run))
        EXPECT_FALSE(html.contains(secret, Qt::CaseInsensitive)) << "kit contains " << secret.toStdString();
    // The answers are there, with the self-identification redacted.
    EXPECT_TRUE(html.contains(QStringLiteral("<strong>Owner</strong>")));
    EXPECT_TRUE(html.contains(QStringLiteral("As ⟨model⟩, made by ⟨model⟩, I would")));
    EXPECT_TRUE(html.contains(QStringLiteral("Second attempt: set a date, then an owner.")));
    EXPECT_FALSE(html.contains(QStringLiteral("partial answer that failed")));
    EXPECT_FALSE(html.contains(QStringLiteral("I can&#x27;t help")));
    EXPECT_FALSE(html.contains(QStringLiteral("I can't help")));
    // Every question carries the task, escaped.
    EXPECT_EQ(html.count(QStringLiteral("Name an owner &amp; a date &lt;b&gt;now&lt;/b&gt;.")), 4);
}

TEST_F(RatingKitWriterTest, html_forbidsLoadingAnythingAndRunsNoAnswerMarkup)
{
    const QString html = RatingKitWriter::html(draft(QStringLiteral("Ana")));
    const QRegularExpression csp(QStringLiteral(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; "
        "style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'; font-src 'none'; connect-src 'none';"));
    EXPECT_TRUE(csp.match(html).hasMatch());
    EXPECT_LT(html.indexOf(QStringLiteral("Content-Security-Policy")), html.indexOf(QStringLiteral("<style>")));
    // No element of the page may load or run anything: every real tag (answers' markup is
    // escaped to text, so it cannot start one) is checked for loading attributes and URLs.
    static const QRegularExpression tag(QStringLiteral("<[a-zA-Z][^>]*>"));
    static const QRegularExpression loading(QStringLiteral("\\b(src|href|srcset|action|data|poster|background|on\\w+)\\s*="),
                                            QRegularExpression::CaseInsensitiveOption);
    int tags = 0;
    for (auto it = tag.globalMatch(html); it.hasNext(); ++tags) {
        const QString t = it.next().captured();
        EXPECT_FALSE(loading.match(t).hasMatch()) << t.toStdString();
        EXPECT_FALSE(t.contains(QStringLiteral("://"))) << t.toStdString();
        for (const char* element : {"<img", "<link", "<iframe", "<object", "<embed", "<video", "<audio", "<base", "<form"})
            EXPECT_FALSE(t.startsWith(QString::fromLatin1(element), Qt::CaseInsensitive)) << t.toStdString();
    }
    EXPECT_GT(tags, 50);
    const qsizetype styleStart = html.indexOf(QStringLiteral("<style>"));
    const QString style = html.mid(styleStart, html.indexOf(QStringLiteral("</style>")) - styleStart);
    EXPECT_FALSE(style.contains(QStringLiteral("url("), Qt::CaseInsensitive));
    EXPECT_FALSE(style.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
    EXPECT_FALSE(style.contains(QStringLiteral("@font-face"), Qt::CaseInsensitive));
    // The only URLs in the file are the answers' own words, escaped.
    static const QRegularExpression url(QStringLiteral("https?://[^\\s&\"<]*"));
    for (auto it = url.globalMatch(html); it.hasNext();)
        EXPECT_TRUE(it.next().captured().startsWith(QStringLiteral("https://example.com/x.png")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;img src=&quot;https://example.com/x.png&quot;")));
    EXPECT_FALSE(html.contains(QStringLiteral("example.com/guide"))); // a link's target is dropped
    // Only the kit's own script and its data block; the answer's <script> is text.
    EXPECT_EQ(html.count(QStringLiteral("<script")), 2);
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;window.stolen = 1&lt;/script&gt;")));
    EXPECT_TRUE(html.contains(QStringLiteral("<span class=\"link\">the guide</span>")));
}

TEST_F(RatingKitWriterTest, html_hasTheKitAndControls)
{
    const RatingKitDraft d = draft(QStringLiteral("Zoë </script> & co"));
    const QString html = RatingKitWriter::html(d);
    EXPECT_TRUE(html.contains(d.record.uuid));
    EXPECT_TRUE(html.contains(d.record.secret));
    for (const RatingKitQuestion& q : d.questions)
        EXPECT_TRUE(html.contains(QStringLiteral("data-item=\"%1\"").arg(q.item)));
    EXPECT_EQ(html.count(QStringLiteral("<h2>Answer A</h2>")), d.questions.size());
    for (const char* control : {"data-verdict=\"a\"", "data-verdict=\"b\"", "data-verdict=\"tie\"",
                                "data-verdict=\"both_bad\"", "id=\"comment\"", "id=\"download\"", "id=\"progress\""})
        EXPECT_TRUE(html.contains(QString::fromLatin1(control))) << control;
    // The rater's name cannot close the data block.
    EXPECT_EQ(html.count(QStringLiteral("</script>")), 2);
    EXPECT_TRUE(html.contains(QStringLiteral("Rating kit for Zoë &lt;/script&gt; &amp; co")));
}

TEST_F(RatingKitWriterTest, writeAll_namesFilesFromRatersAndNeverReplacesOne)
{
    const QString dir = ws.filePath(QStringLiteral("kits"));
    ws.write(QStringLiteral("kits/rating-kit-Ana.html"), "an older kit");
    auto paths = RatingKitWriter::writeAll({draft(QStringLiteral("Ana")), draft(QStringLiteral("Ana")),
                                            draft(QStringLiteral("../../Ben Ça/va"))},
                                           dir);
    ASSERT_TRUE(paths) << paths.error().message.toStdString();
    ASSERT_EQ(paths->size(), 3);
    EXPECT_EQ(QFileInfo((*paths)[0]).fileName(), QStringLiteral("rating-kit-Ana-2.html"));
    EXPECT_EQ(QFileInfo((*paths)[1]).fileName(), QStringLiteral("rating-kit-Ana-3.html"));
    EXPECT_EQ(QFileInfo((*paths)[2]).fileName(), QStringLiteral("rating-kit-Ben_Ça_va.html"));
    EXPECT_EQ(TempWorkspace::read(QDir(dir).filePath(QStringLiteral("rating-kit-Ana.html"))), "an older kit");
    for (const QString& p : *paths)
        EXPECT_EQ(QFileInfo(p).absolutePath(), QFileInfo(dir).absoluteFilePath());
}

TEST_F(RatingKitWriterTest, writeAll_outIsAFile_failsAndWritesNothing)
{
    const QString file = ws.write(QStringLiteral("not-a-dir"), "x");
    auto paths = RatingKitWriter::writeAll({draft(QStringLiteral("Ana"))}, file);
    ASSERT_FALSE(paths);
    EXPECT_TRUE(paths.error().message.contains(QStringLiteral("not a folder")));
    EXPECT_EQ(TempWorkspace::read(file), "x");
}

// A kit for Korean colleagues speaks Korean: the page, its buttons and what the script writes
// (from the kit's data, so the script and its CSP hash are the same in every language); the
// ratings it produces are the same file.
TEST_F(RatingKitWriterTest, html_inKorean_pageAndScriptTextsKorean_scriptUnchanged)
{
    auto korean = ReportLanguage::load(QStringLiteral("ko"));
    ASSERT_TRUE(korean) << korean.error().message.toStdString();
    const QString ko = RatingKitWriter::html(draft(QStringLiteral("지현")), *korean);
    const QString en = RatingKitWriter::html(draft(QStringLiteral("지현")));
    EXPECT_TRUE(ko.contains(QStringLiteral("<html lang=\"ko\">")));
    EXPECT_TRUE(en.contains(QStringLiteral("<html lang=\"en\">")));
    for (const QString& text : {QStringLiteral("<h1>지현 님의 평가 키트</h1>"), QStringLiteral("<h2>답변 A</h2>"),
                                QStringLiteral("<kbd>1</kbd>A가 더 좋음"), QStringLiteral(">내 평가 내려받기</button>"),
                                QStringLiteral("\"progress\":\"%2쌍 중 %1쌍 평가함\""),
                                QStringLiteral("\"position\":\"%2쌍 중 %1번째\"")})
        EXPECT_TRUE(ko.contains(text)) << text.toStdString();
    for (const QString& english : {QStringLiteral("Answer A"), QStringLiteral("Download my ratings"),
                                   QStringLiteral(" rated</span>"), QStringLiteral("rated\"}"), QStringLiteral("Rating kit for")})
        EXPECT_FALSE(ko.contains(english)) << english.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("\"progress\":\"%1 of %2 rated\"")));
    const auto scriptOf = [](const QString& html) {
        const qsizetype at = html.lastIndexOf(QStringLiteral("<script>"));
        return html.mid(at);
    };
    EXPECT_EQ(scriptOf(ko), scriptOf(en));
    const auto csp = [](const QString& html) { return html.section(QStringLiteral("Content-Security-Policy"), 1).left(200); };
    EXPECT_EQ(csp(ko), csp(en));
}

// A rating kit in a real headless Chromium (Debian's `chromium`), driven over the DevTools
// protocol as a rater would use it: keys 1–4 and ←/→, a comment typed in the box, the page
// reloaded (answers kept in local storage), and "Download my ratings" clicked; the downloaded
// file is checked here against docs/RATINGS_FILE.md and RatingsIntegrity, then imported back
// into the history as the rater's votes. Fails when chromium
// is missing; CB_NO_BROWSER=1 skips it on machines that cannot run a browser.
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/rating/ratingkitplanner.h"
#include "core/rating/ratingsimporter.h"
#include "core/rating/ratingsintegrity.h"
#include "devtoolsclient.h"
#include "formats/rating/ratingkitwriter.h"
#include "support/ratingkitfixture.h"
#include "support/tempworkspace.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::DevToolsClient;
using Cb::Test::TempWorkspace;

namespace {

// The kit as `rate kit` makes it: the run in a history, the kit recorded there, so the file
// the browser downloads can be imported back.
RatingKitDraft fixtureKit(Database& db)
{
    HistoryStore history(db);
    RunRecord run = Cb::Test::RatingKitFixture::run();
    EXPECT_TRUE(history.insertRun(run));
    auto source = RatingKitPlanner::loadRun(history, run.id);
    EXPECT_TRUE(source);
    if (!source)
        return {};
    auto draft = RatingKitPlanner::plan(*source, QStringLiteral("Ana Zoë"), 11);
    EXPECT_TRUE(draft);
    if (!draft)
        return {};
    QList<RatingKitDraft> drafts{*draft};
    EXPECT_TRUE(RatingKitPlanner::record(db, drafts));
    return drafts.first();
}

} // namespace

TEST(RatingKitBrowser, keyboardCommentReloadAndDownload_giveAValidRatingsFile)
{
    if (qEnvironmentVariable("CB_NO_BROWSER") == QLatin1String("1"))
        GTEST_SKIP() << "CB_NO_BROWSER=1";
    ASSERT_FALSE(DevToolsClient::browserBinary().isEmpty())
        << "Debian's chromium is needed for this test (packaging/deps.sh); set CB_NO_BROWSER=1 to skip it";

    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(db);
    const RatingKitDraft kit = fixtureKit(**db);
    ASSERT_EQ(kit.questions.size(), 4);
    auto written = Cb::Formats::RatingKitWriter::writeAll({kit}, ws.filePath(QStringLiteral("kits")));
    ASSERT_TRUE(written);
    const QString downloads = ws.filePath(QStringLiteral("downloads"));
    ASSERT_TRUE(QDir().mkpath(downloads));

    DevToolsClient browser;
    ASSERT_TRUE(browser.start()) << browser.error().toStdString();
    ASSERT_FALSE(browser.call(QStringLiteral("Browser.setDownloadBehavior"),
                              {{QStringLiteral("behavior"), QStringLiteral("allow")},
                               {QStringLiteral("downloadPath"), downloads},
                               {QStringLiteral("eventsEnabled"), true}},
                              false)
                     .contains(QStringLiteral("error")))
        << browser.error().toStdString();
    ASSERT_TRUE(browser.navigate(QUrl::fromLocalFile(written->first()).toString())) << browser.error().toStdString();
    const auto text = [&](const char* id) {
        return browser.evaluate(QStringLiteral("document.getElementById('%1').textContent").arg(QLatin1String(id)))
            .toString();
    };
    const auto verdictShown = [&] {
        return browser.evaluate(QStringLiteral("(document.querySelector('button[aria-pressed=\"true\"]') || {})"
                                               ".dataset?.verdict || ''"))
            .toString();
    };
    EXPECT_EQ(text("progress"), QStringLiteral("0 of 4 rated"));
    EXPECT_EQ(text("position"), QStringLiteral("Pair 1 of 4"));
    // The answer's own <script> and <img onerror> never ran.
    EXPECT_TRUE(browser.evaluate(QStringLiteral("window.stolen === undefined")).toBool());

    browser.pressKey(QStringLiteral("1"));
    EXPECT_EQ(text("progress"), QStringLiteral("1 of 4 rated"));
    EXPECT_EQ(verdictShown(), QStringLiteral("a"));
    browser.pressKey(QStringLiteral("ArrowRight"));
    browser.pressKey(QStringLiteral("2"));
    browser.pressKey(QStringLiteral("ArrowRight"));
    browser.pressKey(QStringLiteral("3"));
    EXPECT_EQ(text("position"), QStringLiteral("Pair 3 of 4"));
    // Typing in the comment box: digits and arrows are text there, not verdicts or moves.
    browser.evaluate(QStringLiteral("document.getElementById('comment').focus()"));
    const QString comment = QStringLiteral("Zoë says \\ both \"fine\"\tbut 日本 1\nsecond line");
    browser.call(QStringLiteral("Input.insertText"), {{QStringLiteral("text"), comment}});
    browser.pressKey(QStringLiteral("4"));
    browser.pressKey(QStringLiteral("ArrowRight"));
    EXPECT_EQ(text("position"), QStringLiteral("Pair 3 of 4"));
    EXPECT_EQ(verdictShown(), QStringLiteral("tie"));
    browser.pressKey(QStringLiteral("Escape"));
    browser.pressKey(QStringLiteral("ArrowRight"));
    browser.pressKey(QStringLiteral("4"));
    EXPECT_EQ(text("position"), QStringLiteral("Pair 4 of 4"));
    EXPECT_EQ(text("progress"), QStringLiteral("4 of 4 rated"));
    browser.pressKey(QStringLiteral("ArrowLeft"));
    EXPECT_EQ(text("position"), QStringLiteral("Pair 3 of 4"));
    const QString typed = browser.evaluate(QStringLiteral("document.getElementById('comment').value")).toString();
    EXPECT_EQ(typed, comment + QStringLiteral("4")); // the 4 typed in the box

    // Closing and reopening the file keeps everything.
    ASSERT_TRUE(browser.reload()) << browser.error().toStdString();
    EXPECT_EQ(text("progress"), QStringLiteral("4 of 4 rated"));
    EXPECT_EQ(text("position"), QStringLiteral("Pair 3 of 4"));
    EXPECT_EQ(verdictShown(), QStringLiteral("tie"));
    EXPECT_EQ(browser.evaluate(QStringLiteral("document.getElementById('comment').value")).toString(), typed);

    ASSERT_TRUE(browser.click(QStringLiteral("#download")));
    const QJsonObject done = [&] {
        for (;;) {
            const QJsonObject progress = browser.waitForEvent(QStringLiteral("Browser.downloadProgress"), 10000);
            if (progress.isEmpty() || progress.value(QStringLiteral("state")).toString() != QLatin1String("inProgress"))
                return progress;
        }
    }();
    ASSERT_EQ(done.value(QStringLiteral("state")).toString(), QStringLiteral("completed")) << browser.error().toStdString();
    const QStringList files = QDir(downloads).entryList({QStringLiteral("*.json")}, QDir::Files);
    ASSERT_EQ(files.size(), 1);
    EXPECT_EQ(files.first(), QStringLiteral("ratings-Ana_Zo-%1.json").arg(kit.record.uuid.left(8)));

    QJsonParseError parseError;
    const QJsonObject file =
        QJsonDocument::fromJson(TempWorkspace::read(QDir(downloads).filePath(files.first())), &parseError).object();
    ASSERT_EQ(parseError.error, QJsonParseError::NoError);
    EXPECT_EQ(file.value(QStringLiteral("format")).toString(), QStringLiteral("contextbench-ratings"));
    EXPECT_EQ(file.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(file.value(QStringLiteral("kit")).toString(), kit.record.uuid);
    EXPECT_EQ(file.value(QStringLiteral("rater")).toString(), QStringLiteral("Ana Zoë"));
    const QDateTime saved = QDateTime::fromString(file.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
    EXPECT_TRUE(saved.isValid());
    EXPECT_LT(std::abs(saved.secsTo(QDateTime::currentDateTimeUtc())), 120);

    const QStringList expected{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("tie"), QStringLiteral("both_bad")};
    QList<RatingAnswer> answers;
    QHash<QString, RatingAnswer> byItem;
    for (const QJsonValue& v : file.value(QStringLiteral("answers")).toArray()) {
        const RatingAnswer a{v[QStringLiteral("item")].toString(), v[QStringLiteral("verdict")].toString(),
                             v[QStringLiteral("comment")].toString()};
        answers.append(a);
        byItem.insert(a.item, a);
    }
    ASSERT_EQ(answers.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const RatingAnswer a = byItem.value(kit.record.items[i].item);
        EXPECT_EQ(a.verdict, expected[i]) << "item " << i;
        EXPECT_EQ(a.comment, i == 2 ? typed : QString()) << "item " << i;
    }
    EXPECT_EQ(file.value(QStringLiteral("integrity")).toString(),
              RatingsIntegrity::code(kit.record.secret, kit.record.uuid, QStringLiteral("Ana Zoë"), answers));

    // The round trip: the downloaded file comes back into the history as Ana's four votes.
    auto imported = RatingsImporter(**db).importFiles({QDir(downloads).filePath(files.first())});
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    ASSERT_EQ(imported->size(), 1);
    EXPECT_EQ(imported->first().added, 4);
    auto run = HistoryStore(**db).loadRun(kit.record.runId);
    ASSERT_TRUE(run);
    ASSERT_EQ(run->votes.size(), 4);
    int commented = 0;
    for (const VoteRecord& v : run->votes) {
        EXPECT_EQ(v.raterName, QStringLiteral("Ana Zoë"));
        EXPECT_EQ(v.kitId, kit.record.id);
        commented += v.comment == typed ? 1 : 0;
    }
    EXPECT_EQ(commented, 1);
}

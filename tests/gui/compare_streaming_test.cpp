#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/run/runsession.h"
#include "gui/comparesessions.h"
#include "support/tempworkspace.h"
#include "ui/compare/columnarea.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/markdownstreamview.h"
#include "ui/compare/outputcolumn.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Cb;

namespace {

// Headings and the text of every block, blank blocks skipped: what a reader sees.
QStringList visibleBlocks(const QTextDocument* doc)
{
    QStringList out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        if (!b.text().trimmed().isEmpty())
            out << QStringLiteral("h%1:%2").arg(b.blockFormat().headingLevel()).arg(b.text());
    return out;
}

} // namespace

TEST(ComparePanel_streaming, deltasCoalesceIntoOneFlushAndRenderLikeTheWholeDocument)
{
    Core::RunSession session(Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, 1, false));
    Ui::ComparePanel panel;
    panel.resize(900, 600);
    panel.showSession(&session);
    ASSERT_EQ(panel.columnArea()->columns().size(), 2);

    const QString plan = Cb::Test::samplePlan(0);
    Ui::MarkdownStreamView* view = panel.column(1)->view();
    for (qsizetype i = 0; i < plan.size(); i += 7)
        session.appendText(1, plan.mid(i, 7));
    // Nothing rendered yet: deltas wait for the frame timer instead of laying out each time.
    EXPECT_TRUE(view->markdownText().isEmpty());
    QTRY_COMPARE(view->markdownText(), plan);

    QTextDocument whole;
    whole.setMarkdown(plan);
    EXPECT_EQ(visibleBlocks(view->document()), visibleBlocks(&whole));
    EXPECT_GT(view->renderedFinishedEnd(), plan.size() / 2); // most blocks are finished ones

    // Streaming again in small steps with a flush after each keeps the same result.
    for (qsizetype i = 0; i < plan.size(); i += 23) {
        session.appendText(2, plan.mid(i, 23));
        panel.flush();
    }
    EXPECT_EQ(visibleBlocks(panel.column(2)->view()->document()), visibleBlocks(&whole));
}

TEST(ComparePanel_streaming, headerShowsStateTokensCostAndAFailedCallShowsItsError)
{
    Core::RunSession session(Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, 1, false));
    Ui::ComparePanel panel;
    panel.showSession(&session);
    session.appendText(2, QStringLiteral("## Partial plan\n\nFirst step is"));

    Core::CallRecord done = *session.call(1);
    done.status = Core::CallStatus::Done;
    done.text = QStringLiteral("# Done\n");
    done.usage = QJsonObject{{QStringLiteral("input_tokens"), 1200}, {QStringLiteral("output_tokens"), 8400}};
    done.costUsd = 0.12;
    done.totalMs = 42000;
    session.updateCall(done);
    Ui::OutputColumn* c1 = panel.column(1);
    EXPECT_TRUE(c1->metaLabel()->text().contains(QStringLiteral("8.4k out")));
    EXPECT_TRUE(c1->metaLabel()->text().contains(QStringLiteral("$0.12")));
    EXPECT_TRUE(c1->metaLabel()->text().contains(QStringLiteral("effort high")));
    EXPECT_TRUE(c1->stateLabel()->text().contains(QStringLiteral("Done")));
    EXPECT_TRUE(c1->stateLabel()->text().contains(QStringLiteral("42.0 s")));
    EXPECT_TRUE(c1->errorBanner()->isHidden());

    Core::CallRecord failed = *session.call(2);
    failed.status = Core::CallStatus::Failed;
    failed.partial = true;
    failed.errorCode = QStringLiteral("network");
    failed.errorMessage = QStringLiteral("connection reset by peer");
    session.updateCall(failed);
    panel.flush();
    Ui::OutputColumn* c2 = panel.column(2);
    EXPECT_FALSE(c2->errorBanner()->isHidden());
    EXPECT_TRUE(c2->errorBanner()->text().contains(QStringLiteral("connection reset by peer")));
    EXPECT_TRUE(c2->view()->toPlainText().contains(QStringLiteral("First step is")));
    EXPECT_TRUE(c2->stateLabel()->text().contains(QStringLiteral("Failed")));
}

TEST(ComparePanel_refusalAndNoText, shownAsWhatTheyAreNotAsEmptySuccesses)
{
    Core::RunSession session(Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, 1, false));
    Ui::ComparePanel panel;
    panel.showSession(&session);

    Core::CallRecord refused = *session.call(1);
    refused.status = Core::CallStatus::Refused;
    refused.text = QStringLiteral("I can't help with that.");
    refused.errorCode = QStringLiteral("refused");
    refused.errorMessage = QStringLiteral("The model refused to answer: I can't help with that.");
    session.updateCall(refused);
    Core::CallRecord empty = *session.call(2);
    empty.status = Core::CallStatus::Done;
    empty.errorCode = QStringLiteral("no_text");
    empty.errorMessage = QStringLiteral("The model wrote no answer text; it asked to call search_pack, which this run "
                                        "does not offer.");
    session.updateCall(empty);
    panel.flush();

    Ui::OutputColumn* c1 = panel.column(1);
    EXPECT_TRUE(c1->stateLabel()->text().contains(QStringLiteral("Refused"))) << c1->stateLabel()->text().toStdString();
    EXPECT_FALSE(c1->errorBanner()->isHidden());
    EXPECT_TRUE(c1->errorBanner()->text().startsWith(QStringLiteral("<b>Refused</b>")));
    EXPECT_TRUE(c1->view()->toPlainText().contains(QStringLiteral("I can't help with that.")));
    Ui::OutputColumn* c2 = panel.column(2);
    EXPECT_TRUE(c2->stateLabel()->text().contains(QStringLiteral("Done")));
    EXPECT_FALSE(c2->errorBanner()->isHidden());
    EXPECT_TRUE(c2->errorBanner()->text().contains(QStringLiteral("No answer text")));
    EXPECT_TRUE(c2->errorBanner()->text().contains(QStringLiteral("search_pack")));
    EXPECT_FALSE(c2->errorBanner()->text().contains(QStringLiteral("Failed")));
}

TEST(ComparePanel_review, ratingNoteAndPassFailGoToHistoryAndSession)
{
    Cb::Test::TempWorkspace ws;
    auto db = Core::Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    Core::HistoryStore store(**db);
    Core::RunRecord run = Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, 2, true);
    ASSERT_TRUE(store.insertRun(run));
    Core::RunSession session(run);
    Ui::ComparePanel panel;
    panel.setHistoryStore(&store);
    panel.showSession(&session);

    const qint64 id = run.calls[0].id;
    Ui::OutputColumn* column = panel.column(id);
    auto* rating = column->findChild<QComboBox*>(QStringLiteral("ratingBox"));
    auto* note = column->findChild<QLineEdit*>(QStringLiteral("noteEdit"));
    note->setText(QStringLiteral("clear and short"));
    rating->setCurrentIndex(4);
    Q_EMIT rating->activated(4);
    QTest::mouseClick(column->findChild<QToolButton*>(QStringLiteral("passButton")), Qt::LeftButton);
    QTest::mouseClick(panel.column(run.calls[2].id)->findChild<QToolButton*>(QStringLiteral("failButton")),
                      Qt::LeftButton);

    EXPECT_EQ(session.call(id)->rating, 4);
    EXPECT_EQ(session.call(id)->judgement, QStringLiteral("pass"));
    auto stored = store.loadRun(run.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->calls[0].rating, 4);
    EXPECT_EQ(stored->calls[0].note, QStringLiteral("clear and short"));
    EXPECT_EQ(stored->calls[0].judgement, QStringLiteral("pass"));
    EXPECT_EQ(stored->calls[2].judgement, QStringLiteral("fail"));
    // o3 has one pass and one fail among its two attempts; o3-pro is not judged yet.
    EXPECT_TRUE(panel.reliabilityLabel()->text().contains(QStringLiteral("<b>o3</b> 1/2 (50% pass)")));
    EXPECT_TRUE(panel.reliabilityLabel()->text().contains(QStringLiteral("<b>o3-pro</b> 0/2")));
}

TEST(ComparePanel_layout, eightColumnsWrapIntoRowsOrTabsAndMaximizeShowsOne)
{
    Core::RunSession session(
        Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, 4, true));
    Ui::ComparePanel panel;
    panel.resize(1300, 800);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.showSession(&session);
    Ui::ColumnArea* area = panel.columnArea();
    EXPECT_EQ(area->rowCount(), 2); // 8 × 300 px do not fit in 1300 px: two rows of four
    panel.resize(2600, 800);
    QTRY_COMPARE(area->rowCount(), 1);
    panel.toolButton(QStringLiteral("tabsButton"))->click();
    EXPECT_EQ(area->mode(), Ui::ColumnArea::Mode::Tabs);
    panel.toolButton(QStringLiteral("tabsButton"))->click();

    const qint64 third = session.record().calls[2].id;
    Q_EMIT panel.column(third)->maximizeToggled(third, true);
    ASSERT_EQ(area->shownColumns().size(), 1);
    EXPECT_EQ(area->shownColumns().first()->callId(), third);
    Q_EMIT panel.column(third)->maximizeToggled(third, false);
    EXPECT_EQ(area->shownColumns().size(), 8);
}

TEST(ComparePanel_followUp, requestedFromTheColumnThenShownAsTheSessionStreamsIt)
{
    Core::RunSession session(Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, 1, true));
    Ui::ComparePanel panel;
    panel.showSession(&session);
    QSignalSpy requested(&panel, &Ui::ComparePanel::followUpRequested);
    Ui::OutputColumn* column = panel.column(2);
    auto* edit = column->findChild<QLineEdit*>(QStringLiteral("followUpText"));
    ASSERT_NE(edit, nullptr);
    edit->setText(QStringLiteral("Shorten the timeline to four weeks"));
    QTest::keyClick(edit, Qt::Key_Return);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested[0][0].toLongLong(), 2);
    EXPECT_EQ(requested[0][1].toString(), QStringLiteral("Shorten the timeline to four weeks"));
    EXPECT_FALSE(requested[0][2].toBool());

    // The sender puts the exchange in the session; the panel follows it.
    Core::FollowUpRecord f;
    f.callId = 2;
    f.message = QStringLiteral("Shorten the timeline to four weeks");
    f.status = Core::CallStatus::Streaming;
    ASSERT_EQ(session.addFollowUp(f), 0);
    session.appendFollowUpText(2, 0, QStringLiteral("## Four-week plan\n\nWeek 1: design"));
    panel.flush();
    EXPECT_FALSE(column->followUpView()->isHidden());
    EXPECT_TRUE(panel.column(1)->followUpView()->isHidden()); // not sent to the others
    EXPECT_TRUE(column->followUpView()->toPlainText().contains(QStringLiteral("Shorten the timeline")));
    EXPECT_TRUE(column->followUpView()->toPlainText().contains(QStringLiteral("Four-week plan")));
    EXPECT_TRUE(column->followUpView()->toPlainText().contains(QStringLiteral("Streaming")));

    f = *session.followUp(2, 0);
    f.status = Core::CallStatus::Failed;
    f.partial = true;
    f.errorMessage = QStringLiteral("OpenAI closed the stream early.");
    session.updateFollowUp(f);
    panel.flush();
    const QString shown = column->followUpView()->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("Four-week plan"))) << "the partial reply is kept";
    EXPECT_TRUE(shown.contains(QStringLiteral("OpenAI closed the stream early.")));
    EXPECT_TRUE(shown.contains(QStringLiteral("partial")));

    // Blind: the error could name the provider, so only the failure shows.
    column->setBlindLabel(QStringLiteral("Answer A"));
    EXPECT_FALSE(column->followUpView()->toPlainText().contains(QStringLiteral("OpenAI")));
    EXPECT_TRUE(column->followUpView()->toPlainText().contains(QStringLiteral("failed")));
}

#include "core/run/runsession.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {
RunRecord runWithCalls(int n)
{
    RunRecord run;
    for (int i = 0; i < n; ++i) {
        CallRecord c;
        c.id = 10 + i;
        c.model = QStringLiteral("o3");
        run.calls.append(c);
    }
    return run;
}
} // namespace

TEST(RunSession_streaming, appendsTextAndFinishesOnceAllCallsEnd)
{
    RunSession session(runWithCalls(2));
    QSignalSpy appended(&session, &RunSession::textAppended);
    QSignalSpy finished(&session, &RunSession::finished);
    session.appendText(10, QStringLiteral("Hel"));
    session.appendText(10, QStringLiteral("lo"));
    session.appendText(99, QStringLiteral("ignored"));
    EXPECT_EQ(session.call(10)->text, QStringLiteral("Hello"));
    EXPECT_EQ(appended.count(), 2);

    CallRecord done = *session.call(10);
    done.text.clear(); // a metadata-only update keeps the streamed text
    done.status = CallStatus::Done;
    session.updateCall(done);
    EXPECT_EQ(session.call(10)->text, QStringLiteral("Hello"));
    EXPECT_EQ(finished.count(), 0);

    CallRecord failed = *session.call(11);
    failed.status = CallStatus::Failed;
    session.updateCall(failed);
    EXPECT_EQ(finished.count(), 1);
    EXPECT_TRUE(session.isFinished());
    session.updateCall(failed);
    EXPECT_EQ(finished.count(), 1);
}

TEST(RunSession_reopened, isAlreadyFinished)
{
    RunRecord run = runWithCalls(1);
    run.calls[0].status = CallStatus::Done;
    RunSession session(run);
    QSignalSpy finished(&session, &RunSession::finished);
    session.updateCall(session.record().calls[0]);
    EXPECT_EQ(finished.count(), 0);
    EXPECT_TRUE(session.isFinished());
}

TEST(RunSession_review, updatesAndSignals)
{
    RunSession session(runWithCalls(1));
    QSignalSpy changed(&session, &RunSession::callChanged);
    session.setReview(10, 5, QStringLiteral("best"));
    session.setJudgement(10, QStringLiteral("pass"), QStringLiteral("contains metrics"));
    EXPECT_EQ(*session.call(10)->rating, 5);
    EXPECT_EQ(session.call(10)->judgement, QStringLiteral("pass"));
    EXPECT_EQ(changed.count(), 2);
}

TEST(RunSession_followUps, numberedPerCallStreamedAndUpdatedKeepingTheReply)
{
    RunSession session(runWithCalls(2));
    QSignalSpy added(&session, &RunSession::followUpAdded);
    QSignalSpy appended(&session, &RunSession::followUpTextAppended);
    QSignalSpy changed(&session, &RunSession::followUpChanged);
    FollowUpRecord f;
    f.callId = 11;
    f.message = QStringLiteral("Shorter?");
    EXPECT_EQ(session.addFollowUp(f), 0);
    EXPECT_EQ(session.addFollowUp(f), 1);
    f.callId = 99;
    EXPECT_EQ(session.addFollowUp(f), -1);
    EXPECT_EQ(added.count(), 2);
    EXPECT_EQ(session.call(10)->followUps.size(), 0);

    session.appendFollowUpText(11, 1, QStringLiteral("Two "));
    session.appendFollowUpText(11, 1, QStringLiteral("weeks."));
    session.appendFollowUpText(11, 5, QStringLiteral("ignored"));
    EXPECT_EQ(appended.count(), 2);
    EXPECT_EQ(session.followUp(11, 1)->text, QStringLiteral("Two weeks."));
    EXPECT_TRUE(session.followUp(11, 0)->text.isEmpty());

    FollowUpRecord update = *session.followUp(11, 1);
    update.text.clear(); // metadata only
    update.status = CallStatus::Done;
    session.updateFollowUp(update);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(session.followUp(11, 1)->status, CallStatus::Done);
    EXPECT_EQ(session.followUp(11, 1)->text, QStringLiteral("Two weeks."));
    EXPECT_EQ(session.followUp(11, 2), nullptr);
}

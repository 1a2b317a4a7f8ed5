#pragma once

#include "support/fakeresponse.h"
#include "support/recordedrequest.h"

#include <QString>

namespace Cb::Test {

// Pieces for a fake judge model: streamed replies in two wire formats, and what the judge was
// shown (the answers between the default judge prompt's "## Answer A" / "## Answer B" headings).
namespace FakeJudge {

// An OpenAI Responses stream whose answer is `text`, with the usage given (so a catalog model's
// cost is known).
FakeResponse responsesReply(const QString& text, int inputTokens = 1000, int outputTokens = 50);
// A Chat Completions stream (OpenAI-compatible servers) whose answer is `text`.
FakeResponse chatReply(const QString& text);

struct Shown
{
    QString answerA;
    QString answerB;
    bool found = false;
};
// The answers in a request built from JudgePrompt::defaultTemplate(), whatever the protocol.
Shown shownIn(const RecordedRequest& request);

} // namespace FakeJudge

} // namespace Cb::Test

#pragma once

#include "support/fakeresponse.h"

#include <QString>

namespace Cb::Test {

// Streamed replies whose answer text is given, for the two protocols FakeJudge does not cover
// (Anthropic Messages and Gemini), in the shapes of tests/data/providers/*.sse, with usage.
namespace FakeStructured {

FakeResponse anthropicReply(const QString& text, int inputTokens = 1000, int outputTokens = 50);
FakeResponse geminiReply(const QString& text, int inputTokens = 1000, int outputTokens = 50);

} // namespace FakeStructured

} // namespace Cb::Test

#pragma once

#include "core/common/result.h"

#include <QString>

namespace Cb::Core {

// The text a judge model receives for one ordering of a pair. A template the user may edit,
// with three placeholders: {{task}} (the run's goal, else its instructions), {{answer_a}} and
// {{answer_b}}. The answers are shown as "Answer A" / "Answer B" only: nothing names a model.
// Pure; any thread.
namespace JudgePrompt {

// Asks for strict JSON {"verdict": "A"|"B"|"tie"|"both_bad", "reason": "..."}. `language` "ko"
// gives the version written for Korean (reason in Korean, the verdict words unchanged so the
// parser reads them); anything else the English one, which the command line keeps.
QString defaultTemplate(const QString& language = QString());
// InvalidInput naming the placeholder when {{answer_a}} or {{answer_b}} is missing (a judge
// that does not see both answers cannot judge them).
VoidResult validate(const QString& promptTemplate);
QString render(const QString& promptTemplate, const QString& task, const QString& answerA, const QString& answerB);

} // namespace JudgePrompt

} // namespace Cb::Core

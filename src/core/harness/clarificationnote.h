#pragma once

#include "core/common/result.h"
#include "core/pack/packitem.h"

#include <QJsonArray>
#include <QList>

namespace Cb::Core {

// A question an "Ask first" model wants answered before the planner runs.
struct ClarifyingQuestion
{
    QString question{};
    QString whyItMatters{};
    QString assumption{}; // what the planner will assume if it stays unanswered
};

// A question and the user's answer; an empty answer is a skipped question.
struct Clarification
{
    ClarifyingQuestion question{};
    QString answer{};

    bool skipped() const { return answer.trimmed().isEmpty(); }
};

// The note that carries the answers into the pack: one per ask, dated, in the "Clarifications"
// section, each question followed by its answer or "(skipped — the model will assume: …)" so
// the planner knows both what was settled and what was left to its assumption. Pure.
namespace ClarificationNote {

QString sectionName(); // "Clarifications"
// `model` is provider:model (may be empty); `askedAt` dates the title and the text.
PackItem note(const QList<Clarification>& answers, const QString& model, const QDateTime& askedAt);
QString text(const QList<Clarification>& answers, const QString& model, const QDateTime& askedAt);

// [{"question","why_it_matters","assumption_if_unanswered"}] as the schema names them.
QJsonArray questionsToJson(const QList<ClarifyingQuestion>& questions);
QList<ClarifyingQuestion> questionsFromJson(const QJsonArray& questions);
// The JSON `contextbench ask --json` prints, with an "answer" added to each question the user
// answered (absent, null or empty: skipped). InvalidInput naming the entry that is malformed.
Result<QList<Clarification>> answersFromJson(const QJsonObject& askJson);

} // namespace ClarificationNote

} // namespace Cb::Core

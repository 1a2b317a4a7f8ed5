#include "core/judge/judgepairs.h"

#include "core/compare/blindschedule.h"
#include "core/compare/modelidentity.h"

namespace Cb::Core {

namespace {

// Enough of a prompt to say what was asked without sending the whole context to the judge.
constexpr qsizetype MaxInputTaskChars = 4000;

} // namespace

QString JudgePairs::taskOf(const RunRecord& run)
{
    if (!run.packGoal.trimmed().isEmpty())
        return run.packGoal.trimmed();
    if (!run.instructions.trimmed().isEmpty())
        return run.instructions.trimmed();
    const QString input = run.input.trimmed();
    return input.size() > MaxInputTaskChars ? input.left(MaxInputTaskChars) + QStringLiteral(" […]") : input;
}

QList<JudgePair> JudgePairs::fromRun(const RunRecord& run)
{
    const QStringList keys = ModelIdentity::keysOf(run.calls);
    QList<BlindCall> answered;
    for (qsizetype i = 0; i < run.calls.size(); ++i) {
        const CallRecord& c = run.calls.at(i);
        if (c.status == CallStatus::Done && !c.text.trimmed().isEmpty())
            answered.append({c.id, keys.at(i), c.repeatIndex});
    }
    const QString task = taskOf(run);
    QList<JudgePair> out;
    for (const BlindPair& p : BlindSchedule::pairs(answered, quint64(run.id))) {
        const CallRecord* left = run.call(p.leftCallId);
        const CallRecord* right = run.call(p.rightCallId);
        if (left && right)
            out.append({run.id, left->id, right->id, task, left->text, right->text});
    }
    return out;
}

} // namespace Cb::Core

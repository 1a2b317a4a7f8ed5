#include "core/fusion/fusionanswer.h"

#include "core/compare/modelidentity.h"

namespace Cb::Core {

QList<FusionAnswer> FusionAnswer::of(const RunRecord& run)
{
    QList<FusionAnswer> out;
    for (int i = 0; i < run.calls.size(); ++i) {
        const CallRecord& c = run.calls[i];
        if (c.status != CallStatus::Done || c.text.trimmed().isEmpty())
            continue;
        out.append({c.id, i + 1, labelOf(run, c.id), c.text});
    }
    return out;
}

QString FusionAnswer::labelOf(const RunRecord& run, qint64 callId)
{
    const QStringList keys = ModelIdentity::keysOf(run.calls);
    for (int i = 0; i < run.calls.size(); ++i)
        if (run.calls[i].id == callId)
            return ModelIdentity::shortLabel(keys[i], keys) + QStringLiteral(" #%1").arg(run.calls[i].repeatIndex + 1);
    return {};
}

} // namespace Cb::Core

#include "ui/compare/callformat.h"

#include "core/models/billedusage.h"

#include <QCoreApplication>

namespace Cb::Ui::CallFormat {

namespace {

QString count(qint64 n)
{
    if (n < 1000)
        return QString::number(n);
    if (n < 100000)
        return QString::number(double(n) / 1000.0, 'f', 1) + QLatin1Char('k');
    return QString::number(qRound64(double(n) / 1000.0)) + QLatin1Char('k');
}

// The context lupdate gives these strings: the namespace they are written in.
QString tr(const char* text) { return QCoreApplication::translate("Cb::Ui::CallFormat", text); }

} // namespace

QString duration(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1); // "41.0초" in Korean, as reports say
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString tokens(const Core::CallRecord& call)
{
    return tokens(call.provider, call.usage);
}

QString tokens(const QString& provider, const QJsonObject& usage)
{
    if (usage.isEmpty())
        return {};
    const Core::BilledUsage u = Core::BilledUsage::fromRecorded(provider, usage);
    return tr("%1 in · %2 out").arg(count(u.inputTokens), count(u.outputTokens));
}

QString cost(const std::optional<double>& usd)
{
    if (!usd)
        return {};
    return QStringLiteral("$") + QString::number(*usd, 'f', *usd < 0.1 ? 4 : 2);
}

QString effort(const QJsonObject& params)
{
    const QString e = params.value(QStringLiteral("effort")).toString();
    return e.isEmpty() ? QString() : tr("effort %1").arg(effortLevel(e));
}

QString effortLevel(const QString& effort)
{
    if (effort == QLatin1String("minimal"))
        return tr("minimal");
    if (effort == QLatin1String("low"))
        return tr("low");
    if (effort == QLatin1String("medium"))
        return tr("medium");
    if (effort == QLatin1String("high"))
        return tr("high");
    return effort; // a value a newer API added: shown as sent
}

QString state(Core::CallStatus status)
{
    switch (status) {
    case Core::CallStatus::Queued: return tr("Queued");
    case Core::CallStatus::Waiting: return tr("Waiting");
    case Core::CallStatus::Thinking: return tr("Thinking");
    case Core::CallStatus::Streaming: return tr("Streaming");
    case Core::CallStatus::Done: return tr("Done");
    case Core::CallStatus::Refused: return tr("Refused");
    case Core::CallStatus::Failed: return tr("Failed");
    case Core::CallStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString stateColor(Core::CallStatus status)
{
    switch (status) {
    case Core::CallStatus::Done: return QStringLiteral("#2e7d32");
    case Core::CallStatus::Refused: return QStringLiteral("#e65100");
    case Core::CallStatus::Failed: return QStringLiteral("#c62828");
    case Core::CallStatus::Cancelled: return QStringLiteral("#6d6d6d");
    case Core::CallStatus::Streaming:
    case Core::CallStatus::Thinking: return QStringLiteral("#1565c0");
    default: return QStringLiteral("#8d6e00");
    }
}

std::optional<qint64> elapsedMs(const Core::CallRecord& call, const QDateTime& now)
{
    // A finished call shows how long it took, never a clock still running since its start.
    if (Core::isTerminal(call.status) || !call.startedAt.isValid())
        return call.totalMs;
    return std::max<qint64>(0, call.startedAt.msecsTo(now));
}

} // namespace Cb::Ui::CallFormat

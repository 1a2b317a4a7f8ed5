#include "formats/export/reporttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace Cb::Formats {

using namespace Cb::Core;

ReportText::ReportText(ReportLanguage language)
    : m_language(std::move(language))
{
}

QString ReportText::number(qint64 value) const { return m_language.locale().toString(value); }

QString ReportText::tokens(qint64 count) const { return number(count); }

QString ReportText::cost(std::optional<double> usd) const
{
    if (!usd)
        return QStringLiteral("—");
    return QLatin1Char('$') + m_language.locale().toString(*usd, 'f', *usd < 10 ? 4 : 2);
}

QString ReportText::seconds(std::optional<qint64> ms) const
{
    if (!ms)
        return QStringLiteral("—");
    return m_language.translate("Report", "%1 s", "seconds")
        .arg(m_language.locale().toString(double(*ms) / 1000.0, 'f', 1));
}

QString ReportText::dateTime(const QDateTime& time) const
{
    if (!time.isValid())
        return QStringLiteral("—");
    const QString format = m_language.translate("Report", "yyyy-MM-dd HH:mm 'UTC'", "QDateTime format of report dates");
    return m_language.locale().toString(time.toUTC(), format);
}

QString ReportText::rating(std::optional<int> rating) const
{
    return rating ? QStringLiteral("%1/5").arg(*rating) : QStringLiteral("—");
}

QString ReportText::percent(double fraction) const
{
    return m_language.locale().toString(qRound(fraction * 100)) + QLatin1Char('%');
}

QString ReportText::settings(const QJsonObject& settings) const
{
    QStringList parts;
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isBool())
            text = v.toBool() ? m_language.translate("Report", "on") : m_language.translate("Report", "off");
        else if (v.isDouble())
            text = QString::number(v.toDouble(), 'g', 12);
        else if (v.isArray())
            text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else if (v.isObject())
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        parts.append(it.key() + QLatin1Char('=') + text);
    }
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
}

QString ReportText::title(const RunRecord& run) const
{
    return run.packTitle.isEmpty() ? m_language.translate("Report", "Run %1").arg(run.id) : run.packTitle;
}

QString ReportText::subtitle(const RunRecord& run) const
{
    if (run.calls.size() == 1)
        return m_language.translate("Report", "Output of %1").arg(run.calls.first().model);
    return m_language.translate("Report", "Comparison of %n outputs", nullptr, int(run.calls.size()));
}

QString ReportText::statusName(CallStatus status) const
{
    switch (status) {
    case CallStatus::Queued: return m_language.translate("Report", "queued", "call status");
    case CallStatus::Waiting: return m_language.translate("Report", "waiting", "call status");
    case CallStatus::Thinking: return m_language.translate("Report", "thinking", "call status");
    case CallStatus::Streaming: return m_language.translate("Report", "streaming", "call status");
    case CallStatus::Done: return m_language.translate("Report", "done", "call status");
    case CallStatus::Refused: return m_language.translate("Report", "refused", "call status");
    case CallStatus::Failed: return m_language.translate("Report", "failed", "call status");
    case CallStatus::Cancelled: return m_language.translate("Report", "cancelled", "call status");
    }
    return callStatusName(status);
}

QString ReportText::statusLabel(const CallRecord& call) const
{
    const QString s = statusName(call.status);
    return call.partial ? m_language.translate("Report", "%1 (partial)", "call status").arg(s) : s;
}

QString ReportText::sectionTitle(int index, const QString& label) const
{
    return m_language.translate("Report", "Output %1 — %2").arg(index + 1).arg(label);
}

// A call's recorded judgement ("pass", "fail"; anything else as recorded) in the report's words.
QString ReportText::judgement(const QString& judgement) const
{
    if (judgement.isEmpty())
        return QStringLiteral("—");
    if (judgement == QLatin1String("pass"))
        return m_language.translate("Report", "pass", "judgement");
    if (judgement == QLatin1String("fail"))
        return m_language.translate("Report", "fail", "judgement");
    return judgement;
}

} // namespace Cb::Formats

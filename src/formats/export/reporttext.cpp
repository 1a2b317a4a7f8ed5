#include "formats/export/reporttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace Cb::Formats {

using namespace Cb::Core;

QString ReportText::tokens(qint64 count)
{
    QString digits = QString::number(qAbs(count));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(' '));
    return count < 0 ? QLatin1Char('-') + digits : digits;
}

QString ReportText::cost(std::optional<double> usd)
{
    if (!usd)
        return QStringLiteral("—");
    return QLatin1Char('$') + QString::number(*usd, 'f', *usd < 10 ? 4 : 2);
}

QString ReportText::seconds(std::optional<qint64> ms)
{
    if (!ms)
        return QStringLiteral("—");
    return QString::number(double(*ms) / 1000.0, 'f', 1) + QStringLiteral(" s");
}

QString ReportText::dateTime(const QDateTime& time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString ReportText::rating(std::optional<int> rating)
{
    return rating ? QStringLiteral("%1/5").arg(*rating) : QStringLiteral("—");
}

QString ReportText::percent(double fraction)
{
    return QString::number(qRound(fraction * 100)) + QLatin1Char('%');
}

QString ReportText::settings(const QJsonObject& settings)
{
    QStringList parts;
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isBool())
            text = v.toBool() ? QStringLiteral("on") : QStringLiteral("off");
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

QString ReportText::title(const RunRecord& run)
{
    return run.packTitle.isEmpty() ? QStringLiteral("Run %1").arg(run.id) : run.packTitle;
}

QString ReportText::subtitle(const RunRecord& run)
{
    if (run.calls.size() == 1)
        return QStringLiteral("Output of %1").arg(run.calls.first().model);
    return QStringLiteral("Comparison of %1 outputs").arg(run.calls.size());
}

QString ReportText::statusLabel(const CallRecord& call)
{
    QString s = callStatusName(call.status);
    if (call.partial)
        s += QStringLiteral(" (partial)");
    return s;
}

QString ReportText::sectionTitle(int index, const QString& label)
{
    return QStringLiteral("Output %1 — %2").arg(index + 1).arg(label);
}

} // namespace Cb::Formats

#include "core/providers/goduration.h"

#include <cmath>

namespace Cb::Core {

namespace {

std::optional<double> unitToMs(QStringView unit)
{
    if (unit == u"ns")
        return 1e-6;
    if (unit == u"us" || unit == u"\u00b5s" || unit == u"\u03bcs")
        return 1e-3;
    if (unit == u"ms")
        return 1.0;
    if (unit == u"s")
        return 1000.0;
    if (unit == u"m")
        return 60000.0;
    if (unit == u"h")
        return 3600000.0;
    return std::nullopt;
}

} // namespace

std::optional<qint64> parseGoDurationMs(QStringView text)
{
    QStringView s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    if (s.startsWith(u'+'))
        s = s.sliced(1);
    if (s.startsWith(u'-'))
        return std::nullopt;
    if (s == u"0")
        return 0;
    double totalMs = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        const qsizetype numStart = i;
        while (i < s.size() && (s[i].isDigit() || s[i] == u'.'))
            ++i;
        if (i == numStart)
            return std::nullopt;
        bool ok = false;
        const double value = s.sliced(numStart, i - numStart).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        const qsizetype unitStart = i;
        while (i < s.size() && !s[i].isDigit() && s[i] != u'.')
            ++i;
        const auto factor = unitToMs(s.sliced(unitStart, i - unitStart));
        if (!factor)
            return std::nullopt;
        totalMs += value * *factor;
    }
    return static_cast<qint64>(std::ceil(totalMs - 1e-9));
}

} // namespace Cb::Core

#include "core/models/tokenformat.h"

#include <QLocale>

namespace Cb::Core {

QString tokenText(qint64 tokens, bool exact)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    return (exact ? QString() : QStringLiteral("≈")) + c.toString(tokens);
}

QString compactTokens(qint64 tokens)
{
    if (tokens >= 1000000)
        return QStringLiteral("%1M").arg(double(tokens) / 1e6, 0, 'g', 3);
    if (tokens >= 1000)
        return QStringLiteral("%1K").arg(double(tokens) / 1e3, 0, 'g', 3);
    return QString::number(tokens);
}

} // namespace Cb::Core

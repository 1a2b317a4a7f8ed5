#include "formats/export/reportfonts.h"

namespace Cb::Formats {

namespace {
QStringList cjkAndEmoji()
{
    return {QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans CJK JP"),
            QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Color Emoji")};
}
} // namespace

QStringList ReportFonts::bodyFamilies()
{
    return QStringList{QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")} + cjkAndEmoji();
}

QStringList ReportFonts::monoFamilies()
{
    return QStringList{QStringLiteral("Noto Sans Mono"), QStringLiteral("DejaVu Sans Mono"),
                       QStringLiteral("Noto Sans Mono CJK KR")} +
           cjkAndEmoji();
}

QFont ReportFonts::body(qreal pointSize)
{
    QFont f;
    f.setFamilies(bodyFamilies());
    f.setPointSizeF(pointSize);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

QFont ReportFonts::mono(qreal pointSize)
{
    QFont f;
    f.setFamilies(monoFamilies());
    f.setPointSizeF(pointSize);
    f.setStyleHint(QFont::Monospace);
    f.setFixedPitch(true);
    return f;
}

} // namespace Cb::Formats

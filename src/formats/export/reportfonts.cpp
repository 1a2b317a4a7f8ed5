#include "formats/export/reportfonts.h"

#include "formats/export/cjkreportfont.h"

namespace Cb::Formats {

namespace {
// The derived CJK face first (ideographs extract as themselves), then the stock Noto Sans CJK:
// it draws what the derived face left out (Kangxi radicals), which then extract as radicals.
QStringList cjkFirst()
{
    const QString derived = CjkReportFont::family();
    return derived.isEmpty() ? QStringList() : QStringList{derived};
}

QStringList cjkAndEmoji()
{
    return {QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans CJK JP"),
            QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Color Emoji")};
}
} // namespace

QStringList ReportFonts::bodyFamilies()
{
    return QStringList{QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")} + cjkFirst() +
           cjkAndEmoji();
}

QStringList ReportFonts::monoFamilies()
{
    return QStringList{QStringLiteral("Noto Sans Mono"), QStringLiteral("DejaVu Sans Mono")} +
           cjkFirst() + QStringList{QStringLiteral("Noto Sans Mono CJK KR")} + cjkAndEmoji();
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

#include "formats/export/exportoptions.h"

#include <utility>

namespace Cb::Formats {

namespace {
const std::pair<ExportFormat, const char*> kFormats[] = {
    {ExportFormat::Pdf, "pdf"},   {ExportFormat::Markdown, "md"}, {ExportFormat::Html, "html"},
    {ExportFormat::Json, "json"}, {ExportFormat::Csv, "csv"},
};
} // namespace

QString exportFormatName(ExportFormat format)
{
    for (const auto& [f, name] : kFormats)
        if (f == format)
            return QString::fromLatin1(name);
    return QStringLiteral("pdf");
}

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    for (const auto& [f, n] : kFormats)
        if (lower == QLatin1String(n))
            return f;
    return std::nullopt;
}

QString exportFormatExtension(ExportFormat format)
{
    return exportFormatName(format);
}

QString pageSizeName(PageSize size)
{
    return size == PageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
}

std::optional<PageSize> pageSizeFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("a4"))
        return PageSize::A4;
    if (lower == QLatin1String("letter"))
        return PageSize::Letter;
    return std::nullopt;
}

} // namespace Cb::Formats

#pragma once

#include <QString>
#include <QStringList>

namespace Cb::Formats {

// Which plain-text format a file name stands for: "markdown", "json", "csv", "text", or
// "code" with a language ("cpp", "python"). Known file names without a suffix count too
// (Makefile, Dockerfile). A static table; thread-safe.
class FileTypes
{
public:
    struct Type
    {
        QString format;
        QString language; // for "code" only
    };

    // The type for a file name, or format "text" when nothing is known about it.
    static Type forFileName(const QString& fileName);

    // Every suffix in the table (for the registry and folder scans).
    static QStringList knownSuffixes();
};

} // namespace Cb::Formats

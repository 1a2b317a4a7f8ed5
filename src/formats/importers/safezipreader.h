#pragma once

#include "core/common/result.h"
#include "core/importing/importoptions.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct zip;

namespace Cb::Formats {

// Read-only access to a ZIP container (DOCX) that may be hostile. open() refuses archives with
// too many entries, unsafe entry names (absolute, "..", backslashes, drive letters, NUL), entries
// or totals over the limits, or an entry whose compression ratio marks a ZIP bomb. read() checks
// again while inflating, because the sizes declared in the directory can lie. Nothing is ever
// extracted to disk. Move-only; use from one thread at a time.
class SafeZipReader
{
public:
    static Core::Result<SafeZipReader> open(const QString& path, const Core::ImportOptions& limits);

    SafeZipReader(SafeZipReader&&) noexcept;
    SafeZipReader& operator=(SafeZipReader&&) noexcept;
    ~SafeZipReader();

    bool contains(const QString& name) const;
    // The whole entry, or an error when it is missing, corrupt or inflates past the limit.
    Core::Result<QByteArray> read(const QString& name) const;

    static bool isSafeEntryName(const QString& name);

private:
    struct Closer
    {
        void operator()(zip* archive) const;
    };
    SafeZipReader(zip* archive, const Core::ImportOptions& limits, QString fileName);

    std::unique_ptr<zip, Closer> m_archive;
    Core::ImportOptions m_limits;
    QString m_fileName;
};

} // namespace Cb::Formats

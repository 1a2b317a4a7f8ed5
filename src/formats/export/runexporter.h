#pragma once

#include "core/common/result.h"
#include "core/history/runrecord.h"
#include "formats/export/exportoptions.h"

#include <functional>

namespace Cb::Formats {

// Exports one run in any format: picks the calls, removes credentials (SecretRedactor), derives
// the facts and outline, and hands them to the format's writer. File writes are atomic
// (QSaveFile): a failed or cancelled export leaves any previous file untouched.
// Stateless; any thread (PDF needs a QGuiApplication to exist). Long exports belong on a worker
// thread — see ExportJob. `progress(done, total)` returning false cancels (PDF pages only;
// the text formats are fast).
class RunExporter
{
public:
    using Progress = std::function<bool(int done, int total)>;

    // The run as every format sees it: only the selected calls (and votes between them),
    // credentials removed.
    static Cb::Core::RunRecord prepare(const Cb::Core::RunRecord& run,
                                       const ExportOptions& options);
    static Cb::Core::Result<QByteArray> render(const Cb::Core::RunRecord& run,
                                               const ExportOptions& options,
                                               const Progress& progress = {});
    // Writes bytes atomically (QSaveFile).
    static Cb::Core::VoidResult save(const QByteArray& bytes, const QString& path);
    static Cb::Core::VoidResult exportToFile(const Cb::Core::RunRecord& run,
                                             const ExportOptions& options, const QString& path,
                                             const Progress& progress = {});
};

} // namespace Cb::Formats

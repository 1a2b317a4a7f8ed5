#pragma once

#include "core/importing/canceltoken.h"

#include <QString>

#include <functional>

namespace Cb::Formats {

// Reads the text of a PDF's pages with several contextbench-pdftext processes at once. Qt Pdf
// serialises all of pdfium behind one global lock, so threads inside one process cannot read
// pages in parallel; processes can. Each process gets one contiguous range of pages and streams
// one frame per page back; the frames are parsed here as they arrive.
//
// Threading: run() blocks the calling thread (a worker thread, never the GUI thread) until every
// process ended or `cancel` fired, polling the token at least every 10 ms; on cancel the
// processes are killed. pageDone(index, rawText) is called on the calling thread, once per page
// that arrived, in arrival order (ranges interleave). A page whose process failed or crashed is
// simply not reported: the caller reads it itself.
class PdfPageWorkers
{
public:
    using PageDone = std::function<void(int pageIndex, const QString& rawText)>;

    // The helper executable: $CB_PDFTEXT, beside the app's libexec folder, or the build tree's.
    // Empty when none is found.
    static QString helperPath();

    // False when cancelled.
    static bool run(const QString& helper, const QString& pdfPath, int pageCount, int processes,
                    const Core::CancelToken& cancel, const PageDone& pageDone);
};

} // namespace Cb::Formats

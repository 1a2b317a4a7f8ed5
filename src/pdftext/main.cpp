// contextbench-pdftext FILE FIRST END
// Writes the text of pages FIRST..END-1 (0-based) of FILE, as Qt Pdf's getAllText() gives it,
// one frame per page in page order: a line "page <index> <utf8-bytes>\n", then the bytes.
// Exit codes: 0 done, 2 bad arguments, 3 the PDF does not open (the importer, which opened it
// first, reports why). Started by Cb::Formats::PdfPageWorkers; not meant to be run by hand.
#include <QCoreApplication>
#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>

#include <cstdio>
#include <malloc.h>

int main(int argc, char** argv)
{
    // A short-lived process: keep freed heap instead of returning it to the kernel after every
    // page (glibc trims the heap top with brk and maps large blocks afresh; each costs faults).
    mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool firstOk = false;
    bool endOk = false;
    const int first = args.size() == 4 ? args.at(2).toInt(&firstOk) : 0;
    const int end = args.size() == 4 ? args.at(3).toInt(&endOk) : 0;
    if (!firstOk || !endOk || first < 0 || end < first) {
        std::fputs("usage: contextbench-pdftext FILE FIRST END\n", stderr);
        return 2;
    }
    QPdfDocument pdf;
    if (pdf.load(args.at(1)) != QPdfDocument::Error::None || end > pdf.pageCount()) {
        std::fputs("contextbench-pdftext: cannot open the PDF or its pages\n", stderr);
        return 3;
    }
    for (int page = first; page < end; ++page) {
        const QByteArray text = pdf.getAllText(page).text().toUtf8();
        std::fprintf(stdout, "page %d %lld\n", page, static_cast<long long>(text.size()));
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        // Flushed per page: the importer shows progress page by page.
        std::fflush(stdout);
    }
    return 0;
}

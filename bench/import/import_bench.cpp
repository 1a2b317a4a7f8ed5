// Import benchmark: a 500-page PDF and a folder of 1,000 files through ImportJob, measuring
// wall time, the longest gap of a 5 ms GUI-thread timer while the import runs (responsiveness)
// and the delay between cancel() and the job's failed(Cancelled) signal. Each PDF is also read
// in one process (PdfImporter without helper processes) and by poppler's `pdftotext` in the same
// run, so the figures stand side by side on the same machine under the same load.
// Run: ./build/bench/cb_import_bench [MORE.pdf ...]   (prints one line per scenario)
#include "formats/importers/importerregistry.h"
#include "formats/importers/importjob.h"
#include "formats/importers/pdfimporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <limits>

using namespace Cb::Formats;

namespace {

// A book-like PDF: a bold heading and 46 lines of ~85 characters a page (about as dense as a
// printed book's 2,000 characters a page), in two fonts.
void writeBigPdf(const QString& path, int pages)
{
    static const QStringList words =
        QStringLiteral(
            "the pilot shows that offline edits are kept and merged when the device reconnects "
            "while "
            "conflicting fields fall back to the last writer and every change is logged for review "
            "by the operations team before the rollout widens to the remaining regions next "
            "quarter")
            .split(QLatin1Char(' '));
    QPdfWriter writer(path);
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont body(QStringLiteral("Noto Serif"), 10);
    QFont heading(QStringLiteral("Noto Sans"), 14, QFont::Bold);
    int w = 0;
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.setFont(heading);
        painter.drawText(QPointF(50, 50),
                         QStringLiteral("Chapter %1, section %2").arg(p / 20 + 1).arg(p));
        painter.setFont(body);
        for (int l = 0; l < 46; ++l) {
            QString line;
            while (line.size() < 85)
                line += words.at(w++ % words.size()) + QLatin1Char(' ');
            painter.drawText(QPointF(50, 80 + 15 * l), line.trimmed());
        }
    }
}

// Wall time of `pdftotext FILE OUT`; -1 when poppler-utils is missing.
qint64 pdftotextMs(const QString& pdf, const QString& out)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return -1;
    QElapsedTimer timer;
    timer.start();
    QProcess::execute(tool, {pdf, out});
    return timer.elapsed();
}

// Wall time of PdfImporter reading the file in this process only (the way it did before).
qint64 singleProcessMs(const QString& pdf)
{
    PdfImporter::Parallelism serial;
    serial.minPages = std::numeric_limits<int>::max();
    QElapsedTimer timer;
    timer.start();
    const auto doc = PdfImporter(serial).importFile(pdf, Cb::Core::ImportOptions(), {});
    return doc ? timer.elapsed() : -1;
}

void writeTree(const QString& root, int files)
{
    for (int i = 0; i < files; ++i) {
        const QString dir = root + QStringLiteral("/d%1").arg(i % 25);
        QDir().mkpath(dir);
        QFile f(dir + QStringLiteral("/f%1.cpp").arg(i));
        if (f.open(QIODevice::WriteOnly))
            f.write(QByteArray("int f() { return 42; }\n").repeated(200));
    }
}

// Runs one job; cancels after `cancelAfterMs` when >= 0.
qint64 run(const char* label, const QStringList& paths, int cancelAfterMs = -1)
{
    ImportJob job(std::make_shared<ImporterRegistry>());
    QElapsedTimer total;
    QElapsedTimer sinceTick;
    QElapsedTimer sinceCancel;
    qint64 maxGap = 0;
    qint64 cancelLatency = -1;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] { maxGap = qMax(maxGap, sinceTick.restart()); });
    bool done = false;
    QObject::connect(&job, &ImportJob::finished, [&] { done = true; });
    QObject::connect(&job, &ImportJob::failed, [&] {
        if (sinceCancel.isValid())
            cancelLatency = sinceCancel.elapsed();
        done = true;
    });
    if (cancelAfterMs >= 0) {
        QTimer::singleShot(cancelAfterMs, &job, [&] {
            sinceCancel.start();
            job.cancel();
        });
    }
    total.start();
    sinceTick.start();
    tick.start();
    job.start(paths);
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    std::printf(
        "%-28s total %6lld ms  max GUI gap %4lld ms  documents %5lld  cancel latency %lld ms\n",
        label, static_cast<long long>(total.elapsed()), static_cast<long long>(maxGap),
        static_cast<long long>(job.report().documents.size()),
        static_cast<long long>(cancelLatency));
    return total.elapsed();
}

void comparePdf(const QString& label, const QString& pdf, const QString& scratch)
{
    const QByteArray name = label.toUtf8();
    const qint64 job = run(name.constData(), {pdf});
    const qint64 single = singleProcessMs(pdf);
    const qint64 poppler = pdftotextMs(pdf, scratch + QStringLiteral("/pdftotext.txt"));
    std::printf("%-28s ContextBench %lld ms (%d cores)  one process %lld ms  pdftotext %lld ms\n",
                name.constData(), static_cast<long long>(job), QThread::idealThreadCount(),
                static_cast<long long>(single), static_cast<long long>(poppler));
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("CB_BENCH_KEEP")); // keep the files to look at
    const QString pdf = dir.filePath(QStringLiteral("big.pdf"));
    writeBigPdf(pdf, 500);
    writeTree(dir.filePath(QStringLiteral("tree")), 1000);
    comparePdf(QStringLiteral("500-page PDF"), pdf, dir.path());
    run("500-page PDF, cancel @300ms", {pdf}, 300);
    run("1000-file folder", {dir.filePath(QStringLiteral("tree"))});
    for (int i = 1; i < argc; ++i)
        comparePdf(QFileInfo(QString::fromLocal8Bit(argv[i])).fileName(),
                   QString::fromLocal8Bit(argv[i]), dir.path());
    return 0;
}

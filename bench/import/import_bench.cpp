// Import benchmark: a 500-page PDF and a folder of 1,000 files through ImportJob, measuring
// wall time, the longest gap of a 5 ms GUI-thread timer while the import runs (responsiveness)
// and the delay between cancel() and the job's failed(Cancelled) signal.
// Run: ./build/bench/cb_import_bench   (prints one line per scenario)
#include "formats/importers/importerregistry.h"
#include "formats/importers/importjob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Cb::Formats;

namespace {

void writeBigPdf(const QString& path, int pages)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    QPainter painter(&writer);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        for (int l = 0; l < 40; ++l)
            painter.drawText(
                QPointF(50, 60 + 18 * l),
                QStringLiteral("Page %1 line %2: the quick brown fox jumps over the lazy dog")
                    .arg(p)
                    .arg(l));
    }
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
void run(const char* label, const QStringList& paths, int cancelAfterMs = -1)
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
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("big.pdf"));
    writeBigPdf(pdf, 500);
    writeTree(dir.filePath(QStringLiteral("tree")), 1000);
    run("500-page PDF", {pdf});
    run("500-page PDF, cancel @300ms", {pdf}, 300);
    run("1000-file folder", {dir.filePath(QStringLiteral("tree"))});
    return 0;
}

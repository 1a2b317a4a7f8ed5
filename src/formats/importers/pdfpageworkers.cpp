#include "formats/importers/pdfpageworkers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>

#include <memory>
#include <vector>
#include "cb_formats_paths.h"

namespace Cb::Formats {

namespace {

struct Worker
{
    std::unique_ptr<QProcess> process;
    QByteArray buffer;
    bool ended = false;
};

// Parses complete "page <index> <bytes>\n<bytes>" frames off the front of the buffer.
// Returns false on a malformed header (the process is then treated as failed).
bool takeFrames(Worker& worker, int pageCount, const PdfPageWorkers::PageDone& pageDone)
{
    while (true) {
        const qsizetype newline = worker.buffer.indexOf('\n');
        if (newline < 0)
            return worker.buffer.size() < 64;
        const QList<QByteArray> header = worker.buffer.left(newline).split(' ');
        bool pageOk = false;
        bool sizeOk = false;
        const int page = header.size() == 3 ? header.at(1).toInt(&pageOk) : -1;
        const qsizetype size = header.size() == 3 ? header.at(2).toLongLong(&sizeOk) : -1;
        if (header.value(0) != "page" || !pageOk || !sizeOk || page < 0 || page >= pageCount ||
            size < 0)
            return false;
        if (worker.buffer.size() < newline + 1 + size)
            return true;
        pageDone(page, QString::fromUtf8(worker.buffer.constData() + newline + 1, size));
        worker.buffer.remove(0, newline + 1 + size);
    }
}

} // namespace

QString PdfPageWorkers::helperPath()
{
    QStringList candidates{qEnvironmentVariable("CB_PDFTEXT")};
    if (QCoreApplication::instance())
        candidates << QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                          QStringLiteral(CB_PDFTEXT_INSTALL_RELATIVE);
    candidates << QStringLiteral(CB_PDFTEXT_BUILD_PATH);
    for (const QString& candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (!candidate.isEmpty() && info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

bool PdfPageWorkers::run(const QString& helper, const QString& pdfPath, int pageCount,
                         int processes, const Core::CancelToken& cancel, const PageDone& pageDone)
{
    processes = qBound(1, processes, pageCount);
    std::vector<Worker> workers(static_cast<size_t>(processes));
    for (int i = 0; i < processes; ++i) {
        const int first = int(qint64(pageCount) * i / processes);
        const int end = int(qint64(pageCount) * (i + 1) / processes);
        Worker& w = workers[size_t(i)];
        w.process = std::make_unique<QProcess>();
        w.process->setProcessChannelMode(QProcess::SeparateChannels);
        w.process->setStandardErrorFile(QProcess::nullDevice());
        w.process->start(helper, {pdfPath, QString::number(first), QString::number(end)},
                         QIODevice::ReadOnly);
    }
    auto stopAll = [&workers] {
        for (Worker& w : workers) {
            if (w.process->state() != QProcess::NotRunning) {
                w.process->kill();
                w.process->waitForFinished(1000);
            }
        }
    };
    int running = processes;
    while (running > 0) {
        if (cancel.isCancelled()) {
            stopAll();
            return false;
        }
        bool readSomething = false;
        for (Worker& w : workers) {
            if (w.ended)
                continue;
            QProcess& p = *w.process;
            // Only the first live process is waited on; the others are polled, so a slow range
            // never holds up frames that already arrived from another.
            const int waitMs = readSomething ? 0 : 10;
            p.waitForReadyRead(waitMs);
            const QByteArray chunk = p.readAllStandardOutput();
            if (!chunk.isEmpty()) {
                readSomething = true;
                w.buffer += chunk;
            }
            const bool parsed = takeFrames(w, pageCount, pageDone);
            if (!parsed || p.state() == QProcess::NotRunning) {
                if (parsed) {
                    // Ended: collect what it wrote after the last read.
                    w.buffer += p.readAllStandardOutput();
                    takeFrames(w, pageCount, pageDone);
                } else {
                    p.kill();
                    p.waitForFinished(1000);
                }
                w.ended = true;
                --running;
            }
        }
    }
    return true;
}

} // namespace Cb::Formats

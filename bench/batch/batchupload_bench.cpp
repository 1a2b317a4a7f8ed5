// Issue 13 item 6: preparing and uploading 8,000 requests of 20 KB each (about 160 MB of JSONL)
// must take under 10 s with resident memory under 300 MB. An experiment's requests share their
// case's prompt (400 cases × 4 models × 5 repeats here), as ExperimentRunner builds them. The
// files go through BatchJob to a sink on 127.0.0.1 that reads and discards the bodies and
// answers like OpenAI's Files and Batches endpoints, so the figures are the client's own. The
// sink runs on a thread of its own, as a remote server would: the event-loop gaps measured while
// the results are read are the client's, not the sink's writing of the output file.
#include "core/providers/batch/batchjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <memory>

using namespace Cb::Core;

namespace {

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Reads each request to its Content-Length without keeping it, then answers.
class Sink : public QTcpServer
{
public:
    QByteArray outputFile; // served for GET /v1/files/out/content; polls answer "completed"
    std::atomic<qint64> received = 0;
    std::atomic<int> files = 0;
    std::atomic<int> batches = 0;

protected:
    void incomingConnection(qintptr fd) override
    {
        auto* s = new QTcpSocket(this);
        s->setSocketDescriptor(fd);
        auto head = std::make_shared<QByteArray>();
        auto left = std::make_shared<qint64>(-1);
        connect(s, &QTcpSocket::readyRead, s, [this, s, head, left] {
            while (s->bytesAvailable() > 0) {
                if (*left < 0) {
                    head->append(s->read(s->bytesAvailable()));
                    const qsizetype end = head->indexOf("\r\n\r\n");
                    if (end < 0)
                        continue;
                    const QByteArray lower = head->left(end).toLower();
                    const qsizetype at = lower.indexOf("content-length:");
                    const qint64 length = at < 0 ? 0 : lower.mid(at + 15, lower.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                    *left = length - (head->size() - end - 4);
                    received += head->size() - end - 4;
                    *head = head->left(end);
                } else {
                    const qint64 n = s->read(std::min<qint64>(s->bytesAvailable(), 1 << 20)).size();
                    *left -= n;
                    received += n;
                }
                if (*left == 0 && head->startsWith("GET ")) {
                    const bool content = head->startsWith("GET /v1/files/out/content");
                    const QByteArray body = content ? outputFile
                                                    : QByteArray(R"({"id":"batch_out","status":"completed",)"
                                                                 R"("output_file_id":"out"})");
                    s->write("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\n\r\n");
                    s->write(body);
                    s->disconnectFromHost();
                    *left = -1;
                    head->clear();
                } else if (*left == 0) {
                    const bool file = head->startsWith("POST /v1/files");
                    file ? ++files : ++batches;
                    const QByteArray body = file ? QByteArray(R"({"id":"file-)" + QByteArray::number(files.load()) + R"("})")
                                                 : QByteArray(R"({"id":"batch_)" + QByteArray::number(batches.load()) +
                                                              R"(","status":"validating"})");
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    s->disconnectFromHost();
                    *left = -1;
                    head->clear();
                }
            }
        });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QThread sinkThread;
    sinkThread.start();
    QObject inSink;
    inSink.moveToThread(&sinkThread);
    std::unique_ptr<Sink> owned;
    QMetaObject::invokeMethod(
        &inSink,
        [&] {
            owned = std::make_unique<Sink>();
            owned->listen(QHostAddress::LocalHost);
        },
        Qt::BlockingQueuedConnection);
    Sink& sink = *owned;
    ProviderRequest connection;
    connection.kind = ProviderKind::OpenAiResponses;
    connection.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(sink.serverPort());
    connection.apiKey = QStringLiteral("sk-bench");

    QElapsedTimer timer;
    timer.start();
    const QStringList models{QStringLiteral("o3"), QStringLiteral("o3-pro"), QStringLiteral("o4-mini"),
                             QStringLiteral("gpt-5")};
    QList<BatchItem> items;
    for (int c = 0; c < 400; ++c) {
        ProviderRequest r = connection;
        r.instructions = QStringLiteral("You are a careful planner.");
        r.input = QString(20 * 1024, QLatin1Char('a' + c % 26)); // shared by the case's 20 calls
        for (const QString& m : models) {
            r.model = m;
            for (int k = 0; k < 5; ++k)
                items.append({QStringLiteral("c%1-%2-%3").arg(c).arg(m).arg(k), r});
        }
    }
    const auto protocol = BatchProtocol::create(connection);
    auto files = protocol->prepare(items, protocol->defaultLimits());
    if (!files) {
        std::fprintf(stderr, "prepare failed: %s\n", qPrintable(files.error().message));
        return 1;
    }
    const qint64 prepareMs = timer.elapsed();
    qint64 payload = 0;
    for (const BatchFile& f : *files)
        payload += f.payloadBytes;
    items.clear();

    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    ProviderOptions options;
    int pending = int(files->size());
    int failed = 0;
    for (const BatchFile& f : *files) {
        BatchJob* job = BatchJob::submit(&nam, BatchProtocol::create(connection), f, options, &app);
        QObject::connect(job, &BatchJob::created, &app, [&, job](const BatchStatus&) {
            job->deleteLater(); // created: the upload is done; polling is not measured
            if (--pending == 0)
                app.quit();
        });
        QObject::connect(job, &BatchJob::failed, &app, [&](const Error& e) {
            std::fprintf(stderr, "upload failed: %s\n", qPrintable(e.message));
            ++failed;
            if (--pending == 0)
                app.quit();
        });
    }
    files->clear();
    app.exec();
    const qint64 totalMs = timer.elapsed();
    std::printf("batch upload: 8000 requests, %.1f MB JSONL in %d file(s) (%d batches)\n", double(payload) / 1e6,
                sink.files.load(), sink.batches.load());
    std::printf("  prepare %lld ms, prepare + upload %lld ms, %.1f MB received, peak RSS %lld MB\n",
                static_cast<long long>(prepareMs), static_cast<long long>(totalMs), double(sink.received.load()) / 1e6,
                static_cast<long long>(peakRssKb() / 1024));
    const bool ok = failed == 0 && totalMs < 10000 && peakRssKb() < 300 * 1024;
    std::printf("  target (< 10 s, < 300 MB): %s\n", ok ? "met" : "MISSED");

    // Reading a ~100 MB output file: download and match 8,000 results while a 1 ms timer
    // measures the longest gap of the event loop (the GUI thread in the app).
    QStringList ids;
    const QByteArray text(12 * 1024, 'x');
    QByteArray output;
    for (int i = 0; i < 8000; ++i) {
        ids << QStringLiteral("r%1").arg(i);
        output += R"({"custom_id":"r)" + QByteArray::number(i) +
                           R"(","response":{"status_code":200,"body":{"id":"resp","status":"completed",)"
                           R"("output":[{"type":"message","content":[{"type":"output_text","text":")" +
                           text + R"("}]}],"usage":{"input_tokens":5000,"output_tokens":3000}}},"error":null})" + '\n';
    }
    QMetaObject::invokeMethod(
        &inSink, [&] { sink.outputFile = output; }, Qt::BlockingQueuedConnection);
    QElapsedTimer read;
    read.start();
    qint64 longestGap = 0;
    QElapsedTimer gap;
    gap.start();
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        longestGap = std::max(longestGap, gap.restart());
    });
    ticker.start(1);
    int matched = 0;
    BatchJob* reader = BatchJob::resume(&nam, BatchProtocol::create(connection), QStringLiteral("batch_out"), ids,
                                        options, &app);
    QObject::connect(reader, &BatchJob::finished, &app, [&](const BatchStatus&, const QList<BatchLineResult>& r) {
        for (const BatchLineResult& line : r)
            matched += line.ok() ? 1 : 0;
        app.quit();
    });
    QObject::connect(reader, &BatchJob::failed, &app, [&](const Error& e) {
        std::fprintf(stderr, "read failed: %s\n", qPrintable(e.message));
        app.quit();
    });
    app.exec();
    const qint64 readMs = read.elapsed();
    std::printf("batch results: %.1f MB output file, %d of 8000 matched in %lld ms, longest event-loop gap %lld ms\n",
                double(output.size()) / 1e6, matched, static_cast<long long>(readMs),
                static_cast<long long>(longestGap));
    const bool readOk = matched == 8000 && readMs < 5000;
    std::printf("  target < 5 s: %s; event-loop gaps < 50 ms: %s\n", readOk ? "met" : "MISSED",
                longestGap < 50 ? "met" : "MISSED");
    QMetaObject::invokeMethod(
        &inSink, [&] { owned.reset(); }, Qt::BlockingQueuedConnection);
    sinkThread.quit();
    sinkThread.wait();
    return ok && readOk ? 0 : 1;
}

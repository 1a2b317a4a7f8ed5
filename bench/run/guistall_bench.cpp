// GUI-thread stall benchmark: 16 calls stream 200 deltas per second each from fake
// OpenAI-compatible servers running on their own thread (as remote servers would), through the
// real providers, RunOrchestrator, RunSession and coalesced history writes into a temp SQLite
// database, into the real comparison view (ComparePanel: 16 Markdown columns with live headers).
// With CB_BENCH_STAND_IN=1 plain QPlainTextEdits stand in for the columns, to tell the view's
// share from the rest. Meanwhile a 1 ms precise timer on the GUI thread records the gap between
// its ticks; the excess over 1 ms is the time the GUI thread could not react.
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/run/runhistorywriter.h"
#include "core/run/runorchestrator.h"
#include "core/run/runsession.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"
#include "ui/common/serialrasterfills.h"
#include "ui/compare/comparepanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <utility>
#include <cstdio>

using namespace Cb;

namespace {

constexpr int kCalls = 16;
constexpr int kDeltasPerSecond = 200;
constexpr int kServers = 4;

QByteArray stream(int deltas)
{
    QByteArray body;
    for (int i = 0; i < deltas; ++i)
        // Words, with a paragraph break every 40 deltas as in real answers.
        body += "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"word" + QByteArray::number(i % 97) +
                (i % 40 == 39 ? ".\\n\\n" : " ") + "\"},\"finish_reason\":null}]}\n\n";
    body += "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
            "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":" +
            QByteArray::number(deltas) + "}}\n\ndata: [DONE]\n\n";
    return body;
}

// One delta per chunk, every 1000/200 = 5 ms.
Test::FakeResponse pacedResponse(int deltas)
{
    Test::FakeResponse r = Test::FakeResponse::sse({});
    const QList<QByteArray> events = stream(deltas).split('\n');
    QByteArray pending;
    for (const QByteArray& line : events) {
        pending += line + '\n';
        if (line.isEmpty() && !pending.trimmed().isEmpty()) {
            r.chunk(pending, 1000 / kDeltasPerSecond);
            pending.clear();
        }
    }
    return r.chunked();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

} // namespace

int main(int argc, char** argv)
{
    Ui::keepRasterFillsOnTheGuiThread();
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, atoi(argv[1])) : 10;
    const int deltas = seconds * kDeltasPerSecond;

    QThread serverThread;
    serverThread.start();
    // Qt opens at most 6 connections per host and port, so the 16 calls go to 4 servers.
    QList<Test::FakeHttpServer*> servers;
    QObject serverContext;
    serverContext.moveToThread(&serverThread);
    QMetaObject::invokeMethod(
        &serverContext,
        [&] {
            for (int i = 0; i < kServers; ++i) {
                servers.append(new Test::FakeHttpServer);
                servers.last()->setHandler(
                    [deltas](const Test::RecordedRequest&) { return std::optional(pacedResponse(deltas)); });
            }
        },
        Qt::BlockingQueuedConnection);

    QTemporaryDir dir;
    auto db = Core::Database::open(dir.filePath(QStringLiteral("history.sqlite")));
    if (!db) {
        std::fprintf(stderr, "database: %s\n", qPrintable(db.error().message));
        return 1;
    }
    Core::HistoryStore history(**db);
    auto network = Test::makeTestNetworkManager();
    Core::RunEnvironment env;
    env.network = network.get();
    env.history = &history;
    env.perProviderLimit = kCalls;
    Core::RunOrchestrator orchestrator(env);
    Core::RunPlan plan;
    for (int i = 0; i < kServers; ++i)
        plan.models.append({QStringLiteral("openai-compatible"), QStringLiteral("bench-%1").arg(i),
                            {{QStringLiteral("base_url"), servers[i]->baseUrl(QStringLiteral("/v1"))}}});
    plan.repeats = kCalls / kServers;
    Core::RunInput input;
    input.prompt.instructions = QStringLiteral("Be brief.");
    input.prompt.input = QStringLiteral("Stream.");

    QWidget window;
    auto* grid = new QGridLayout(&window);
    QHash<qint64, QPlainTextEdit*> views;
    auto session = orchestrator.start(input, plan);
    if (!session)
        return 1;
    const bool standIn = !qEnvironmentVariableIsEmpty("CB_BENCH_STAND_IN");
    if (!standIn) {
        auto* compare = new Ui::ComparePanel(&window);
        grid->addWidget(compare, 0, 0);
        compare->showSession(*session);
    }
    for (int i = 0; standIn && i < kCalls; ++i) {
        auto* view = new QPlainTextEdit(&window);
        view->setReadOnly(true);
        grid->addWidget(view, i / 4, i % 4);
        views.insert((*session)->record().calls[i].id, view);
    }
    // Views take the text once per frame (16 ms), as the comparison columns should; with
    // CB_BENCH_PER_DELTA=1 every delta goes straight into its view instead, and with
    // CB_BENCH_NO_VIEWS=1 there are no views at all, to tell their share from the rest.
    auto append = [](QPlainTextEdit* view, const QString& text) {
        QTextCursor end(view->document());
        end.movePosition(QTextCursor::End);
        end.insertText(text);
    };
    QHash<qint64, QString> pending;
    QTimer frame;
    frame.setInterval(16);
    QObject::connect(&frame, &QTimer::timeout, &window, [&] {
        for (auto it = pending.begin(); it != pending.end(); ++it)
            if (!it.value().isEmpty())
                append(views.value(it.key()), std::exchange(it.value(), QString()));
    });
    const bool perDelta = !qEnvironmentVariableIsEmpty("CB_BENCH_PER_DELTA");
    if (standIn && qEnvironmentVariableIsEmpty("CB_BENCH_NO_VIEWS")) {
        QObject::connect(*session, &Core::RunSession::textAppended, &window, [&](qint64 id, const QString& delta) {
            if (perDelta)
                append(views.value(id), delta);
            else
                pending[id] += delta;
        });
        if (!perDelta)
            frame.start();
    }
    window.resize(1600, 1000);
    window.show();

    std::vector<double> gaps;
    gaps.reserve(size_t(seconds) * 1200);
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back(double(now - last) / 1e6);
        last = now;
    });
    ticker.start();
    QObject::connect(*session, &Core::RunSession::finished, &app, &QCoreApplication::quit);
    QTimer::singleShot((seconds + 30) * 1000, &app, &QCoreApplication::quit); // a safety net
    app.exec();
    ticker.stop();
    qint64 textChars = 0;
    for (const Core::CallRecord& c : (*session)->record().calls)
        textChars += c.text.size();

    int done = 0;
    for (const Core::CallRecord& c : (*session)->record().calls)
        done += c.status == Core::CallStatus::Done ? 1 : 0;
    const Core::RunHistoryWriter* writer = orchestrator.historyWriter();
    std::printf("views: %s\n", standIn ? (perDelta ? "stand-in, per delta" : "stand-in, per frame")
                                        : "ComparePanel (16 Markdown columns)");
    std::printf("calls %d done %d, deltas/s per call %d, wall %.1f s, text %lld chars\n", kCalls, done,
                kDeltasPerSecond, double(clock.elapsed()) / 1000.0, static_cast<long long>(textChars));
    std::printf("GUI tick gap ms: p50 %.2f  p99 %.2f  p99.9 %.2f  max %.2f  (%zu ticks)\n", percentile(gaps, 0.5),
                percentile(gaps, 0.99), percentile(gaps, 0.999), percentile(gaps, 1.0), gaps.size());
    std::printf("history writes %d, mean %.2f ms, slowest %.2f ms\n", writer->writes(),
                writer->writes() ? double(writer->writeNanoseconds()) / 1e6 / writer->writes() : 0.0,
                double(writer->slowestWriteNanoseconds()) / 1e6);
    QMetaObject::invokeMethod(&serverContext, [&] { qDeleteAll(servers); }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return percentile(gaps, 0.99) < 16.0 && done == kCalls ? 0 : 2;
}

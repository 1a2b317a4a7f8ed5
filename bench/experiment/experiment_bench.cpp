// The Experiments window at scale (issue 13 item 6).
// 1. Matrix refresh: 200 cases × 6 models × k=4 = 4,800 calls. Times ExperimentMatrixModel's
//    first fill, a refresh where 10 % of the calls moved, one where every call moved, and the
//    table view painting the visible cells afterwards.
// 2. Collecting a 100 MB batch output: 5,000 requests (500 cases × o3 and gpt-4.1 × k=5) with
//    20 KB answers, served by a FakeBatchServer on its own thread, collected by the real
//    ExperimentController / ExperimentRunner / BatchJob into a temp history, with the Experiments
//    window open. A 1 ms precise timer on the GUI thread records the longest gap between its ticks
//    (minus 1 ms) while the results are downloaded, parsed and written.
// 3. Creating 1,000 cases × 4 models (see createLarge).
#include "core/experiment/experimentrunner.h"
#include "core/history/database.h"
#include "core/pack/packfile.h"
#include "core/prompt/promptassembler.h"
#include "core/run/runsession.h"
#include "core/secrets/secretstore.h"
#include "core/settings/memorysettingsstore.h"
#include "core/settings/settings.h"
#include "support/fakebatchserver.h"
#include "support/goldenpack.h"
#include "support/providertesting.h"
#include "ui/experiment/experimentcontroller.h"
#include "ui/experiment/experimentmatrixmodel.h"
#include "ui/experiment/experimentswindow.h"
#include "ui/services.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <random>

#include <time.h>

using namespace Cb;

namespace {

double ms(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; }

// CPU time of the calling thread: what the GUI thread itself spent, whatever the machine's load.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void matrixRefresh()
{
    constexpr int kCases = 200, kModels = 6, kRepeats = 4;
    Core::ExperimentRecord record;
    record.id = 1;
    record.plan.repeats = kRepeats;
    for (int m = 0; m < kModels; ++m)
        record.plan.models << Core::PlannedModel{QStringLiteral("openai"), QStringLiteral("model-%1").arg(m), {}};
    QList<Core::RunRecord> runs;
    qint64 callId = 0;
    for (int c = 0; c < kCases; ++c) {
        record.cases << Core::ExperimentCase{c + 1, c, QStringLiteral("/packs/case%1.ctxpack").arg(c), {}, {}, {}, c + 1};
        Core::RunRecord run;
        run.id = c + 1;
        for (int m = 0; m < kModels; ++m)
            for (int k = 0; k < kRepeats; ++k) {
                Core::CallRecord call;
                call.id = ++callId;
                call.provider = QStringLiteral("openai");
                call.model = QStringLiteral("model-%1").arg(m);
                call.repeatIndex = k;
                call.batchCustomId = QStringLiteral("cb-%1").arg(callId);
                call.status = Core::CallStatus::Waiting;
                run.calls << call;
            }
        runs << run;
    }
    Ui::ExperimentMatrixModel model;
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    QElapsedTimer t;
    t.start();
    model.setSnapshot(record, runs);
    const double first = ms(t);

    std::mt19937 rng(7);
    const auto advance = [&](int percent) {
        for (Core::RunRecord& run : runs)
            for (Core::CallRecord& call : run.calls)
                if (int(rng() % 100) < percent) {
                    call.status = rng() % 5 == 0 ? Core::CallStatus::Failed : Core::CallStatus::Done;
                    call.costUsd = 0.01 * double(rng() % 100);
                }
    };
    double worst = 0, total = 0;
    constexpr int kRounds = 50;
    for (int i = 0; i < kRounds; ++i) {
        advance(10);
        t.restart();
        model.setSnapshot(record, runs);
        const double d = ms(t);
        worst = std::max(worst, d);
        total += d;
    }
    for (Core::RunRecord& run : runs)
        for (Core::CallRecord& call : run.calls)
            call.status = Core::CallStatus::Queued;
    t.restart();
    model.setSnapshot(record, runs);
    const double all = ms(t);
    view.grab(); // the first paint also loads fonts and styles
    t.restart();
    view.grab();
    const double paint = ms(t);
    std::printf("matrix 200 cases x 6 models x k=4 (4800 calls):\n"
                "  first fill          %7.2f ms\n"
                "  refresh, 10%% moved  %7.2f ms mean, %.2f ms max (%d rounds)\n"
                "  refresh, all moved  %7.2f ms\n"
                "  paint visible cells %7.2f ms\n",
                first, total / kRounds, worst, kRounds, all, paint);
}

struct StallMeter
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    double worst = 0;
    qint64 worstEndNs = 0;
    QList<double> gaps;
    bool on = false;

    StallMeter()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(1);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.nsecsElapsed();
            if (on) {
                const double gap = double(now - last) / 1e6 - 1.0;
                if (gap > worst) {
                    // Where the longest stall happened on CLOCK_MONOTONIC, to find it in a
                    // `perf record -k CLOCK_MONOTONIC` profile of the GUI thread.
                    timespec ts{};
                    clock_gettime(CLOCK_MONOTONIC, &ts);
                    worstEndNs = qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
                }
                worst = std::max(worst, gap);
                gaps << gap;
            }
            last = now;
        });
        clock.start();
        timer.start();
    }
    void begin()
    {
        on = true;
        last = clock.nsecsElapsed();
    }
    double percentile(double p)
    {
        if (gaps.isEmpty())
            return 0;
        std::sort(gaps.begin(), gaps.end());
        return gaps.at(qsizetype(p * double(gaps.size() - 1)));
    }
};

int collect100Mb()
{
    constexpr int kCases = 500, kRepeats = 5, kAnswerBytes = 20000;
    // CB_BENCH_DIR: where the history goes (e.g. /dev/shm, to tell the disk's share from ours).
    QTemporaryDir dir(qEnvironmentVariable("CB_BENCH_DIR", QDir::tempPath()) + QStringLiteral("/cb-bench-XXXXXX"));
    auto db = Core::Database::open(dir.filePath(QStringLiteral("history.sqlite")));
    if (!db) {
        std::fprintf(stderr, "cannot open history: %s\n", qPrintable(db.error().message));
        return 1;
    }
    // The provider runs on its own thread, as a remote server would.
    QThread serverThread;
    serverThread.start();
    QObject inServer;
    inServer.moveToThread(&serverThread);
    Test::FakeBatchServer* server = nullptr;
    QMetaObject::invokeMethod(
        &inServer,
        [&] {
            server = new Test::FakeBatchServer(Test::FakeBatchServer::Flavour::OpenAi);
            server->setStatuses({QStringLiteral("in_progress"), QStringLiteral("completed")});
            server->setAnswerBytes(kAnswerBytes);
        },
        Qt::BlockingQueuedConnection);

    Core::MemorySettingsStore store;
    Core::Settings settings(store);
    settings.set(Core::Keys::OpenAiBaseUrl, server->baseUrl());
    Core::SecretStore secrets(nullptr, [](const QString& name) {
        return name == QLatin1String("OPENAI_API_KEY") ? QStringLiteral("sk-bench") : QString();
    });
    auto network = Test::makeTestNetworkManager();
    Ui::Services services{&settings, &secrets, network.get(), db->get()};
    Ui::ExperimentController controller(services);
    Core::PollPolicy poll;
    poll.initialIntervalMs = poll.maxIntervalMs = 100;
    controller.setPollPolicy(poll);
    auto catalog = Core::ModelCatalog::loadDefault();
    const Core::ModelCatalog models = catalog ? *catalog : Core::ModelCatalog{};
    Ui::ExperimentsWindow window(&controller, models);
    window.show();

    Core::ExperimentSpec spec;
    spec.name = QStringLiteral("bench");
    spec.plan.repeats = kRepeats;
    spec.plan.models = {{QStringLiteral("openai"), QStringLiteral("o3"), {}},
                        {QStringLiteral("openai"), QStringLiteral("gpt-4.1"), {}}};
    const Core::Pack pack = Test::GoldenPack::pack();
    const Core::AssembledPrompt prompt = Core::PromptAssembler::assemble(pack);
    for (int c = 0; c < kCases; ++c)
        spec.cases.append({Core::RunInput::fromPack(pack, QStringLiteral("/packs/case%1.ctxpack").arg(c), prompt), {}});

    StallMeter meter;
    QElapsedTimer phase;
    phase.start();
    qint64 id = 0;
    double startMs = 0;
    controller.start(spec, [&](Core::Result<qint64> r) {
        id = r ? *r : -1;
        if (!r)
            std::fprintf(stderr, "start failed: %s\n", qPrintable(r.error().message));
    });
    while (id == 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (id < 0)
        return 1;
    startMs = ms(phase);
    Core::ExperimentRunner* runner = controller.runner(id);
    // Measure from the moment both batches are created: polling, downloading 100 MB, parsing
    // and writing every answer into history, with the window following along.
    while (!runner->allSubmitted())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    const double submittedMs = ms(phase);
    window.select(id);
    meter.begin();
    phase.restart();
    const double cpuBefore = threadCpuMs();
    while (runner->isRunning())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    const double collectMs = ms(phase);
    const double guiCpuMs = threadCpuMs() - cpuBefore;
    meter.on = false;
    if (qEnvironmentVariableIsSet("CB_BENCH_STALL_AT"))
        std::fprintf(stderr, "longest stall: %.1f ms ending at CLOCK_MONOTONIC %.6f s\n", meter.worst,
                     double(meter.worstEndNs) / 1e9);

    int done = 0;
    for (Core::RunOrchestrator* run : runner->runs())
        for (const Core::CallRecord& c : run->session()->record().calls)
            done += c.status == Core::CallStatus::Done ? 1 : 0;
    QMetaObject::invokeMethod(
        &inServer,
        [&] {
            delete server;
            server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    qint64 textBytes = 0;
    for (Core::RunOrchestrator* run : runner->runs())
        for (const Core::CallRecord& c : run->session()->record().calls)
            textBytes += c.text.toUtf8().size();
    std::printf("collecting a batch output of %d requests x %d KB answers (~%.0f MB of answer text):\n"
                "  start() returned after                         %8.0f ms\n"
                "  500 runs recorded, 2 files prepared and created %7.0f ms\n"
                "  poll + download + parse + write to history     %8.0f ms\n"
                "  GUI-thread stall during collection: max %.1f ms, p99 %.1f ms, p50 %.2f ms\n"
                "  GUI-thread CPU time during collection: %.0f ms\n"
                "  calls done: %d of %d\n",
                kCases * 2 * kRepeats, kAnswerBytes / 1000, double(textBytes) / 1e6, startMs, submittedMs, collectMs, meter.worst,
                meter.percentile(0.99), meter.percentile(0.5), guiCpuMs, done, kCases * 2 * kRepeats);
    return done == kCases * 2 * kRepeats ? 0 : 1;
}

// 3. Creating a large experiment: 1,000 cases × 4 OpenAI models × k=1 through the controller
//    (as the New Experiment dialog's Start does), until every batch is created on a fake server.
//    Times start() (it returns once the experiment row exists; the runs are recorded on the
//    writer's thread) and the GUI-thread stall until every batch is created.
int createLarge()
{
    constexpr int kCases = 1000;
    QTemporaryDir dir(qEnvironmentVariable("CB_BENCH_DIR", QDir::tempPath()) + QStringLiteral("/cb-bench-XXXXXX"));
    auto db = Core::Database::open(dir.filePath(QStringLiteral("history.sqlite")));
    if (!db) {
        std::fprintf(stderr, "cannot open history: %s\n", qPrintable(db.error().message));
        return 1;
    }
    QThread serverThread;
    serverThread.start();
    QObject inServer;
    inServer.moveToThread(&serverThread);
    Test::FakeBatchServer* server = nullptr;
    QMetaObject::invokeMethod(
        &inServer,
        [&] {
            server = new Test::FakeBatchServer(Test::FakeBatchServer::Flavour::OpenAi);
            server->setStatuses({QStringLiteral("in_progress")});
        },
        Qt::BlockingQueuedConnection);
    Core::MemorySettingsStore store;
    Core::Settings settings(store);
    settings.set(Core::Keys::OpenAiBaseUrl, server->baseUrl());
    Core::SecretStore secrets(nullptr, [](const QString& name) {
        return name == QLatin1String("OPENAI_API_KEY") ? QStringLiteral("sk-bench") : QString();
    });
    auto network = Test::makeTestNetworkManager();
    Ui::Services services{&settings, &secrets, network.get(), db->get()};
    Ui::ExperimentController controller(services);
    auto catalog = Core::ModelCatalog::loadDefault();
    const Core::ModelCatalog models = catalog ? *catalog : Core::ModelCatalog{};
    Ui::ExperimentsWindow window(&controller, models);
    window.show();

    Core::ExperimentSpec spec;
    spec.name = QStringLiteral("large");
    spec.plan.repeats = 1;
    for (const char* m : {"o3", "o3-pro", "o4-mini", "gpt-4.1"})
        spec.plan.models << Core::PlannedModel{QStringLiteral("openai"), QString::fromLatin1(m), {}};
    const Core::Pack pack = Test::GoldenPack::pack();
    const Core::AssembledPrompt prompt = Core::PromptAssembler::assemble(pack);
    for (int c = 0; c < kCases; ++c)
        spec.cases.append({Core::RunInput::fromPack(pack, QStringLiteral("/packs/case%1.ctxpack").arg(c), prompt), {}});

    StallMeter meter;
    meter.begin();
    QElapsedTimer phase;
    phase.start();
    const double cpuBefore = threadCpuMs();
    qint64 id = 0;
    double startCallMs = 0;
    controller.start(spec, [&](Core::Result<qint64> r) {
        id = r ? *r : -1;
        if (!r)
            std::fprintf(stderr, "start failed: %s\n", qPrintable(r.error().message));
        startCallMs = ms(phase);
    });
    while (id == 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (id < 0)
        return 1;
    Core::ExperimentRunner* runner = controller.runner(id);
    while (!runner->allSubmitted())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    const double submittedMs = ms(phase);
    const double guiCpuMs = threadCpuMs() - cpuBefore;
    meter.on = false;
    int batches = int(runner->record().batches.size());
    QMetaObject::invokeMethod(
        &inServer,
        [&] {
            delete server;
            server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    std::printf("creating 1,000 cases x 4 models (4,000 calls) from the window's controller:\n"
                "  start() returned after                    %8.0f ms\n"
                "  every batch created (%d) after             %8.0f ms\n"
                "  GUI-thread stall meanwhile: max %.1f ms, p99 %.1f ms; GUI-thread CPU %.0f ms\n",
                startCallMs, batches, submittedMs, meter.worst, meter.percentile(0.99), guiCpuMs);
    return 0;
}

} // namespace

// Parts by name (matrix, collect, create); all of them without arguments.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList parts = app.arguments().mid(1);
    if (parts.isEmpty())
        parts = {QStringLiteral("matrix"), QStringLiteral("collect"), QStringLiteral("create")};
    int rc = 0;
    if (parts.contains(QStringLiteral("matrix")))
        matrixRefresh();
    if (parts.contains(QStringLiteral("collect")))
        rc |= collect100Mb();
    if (parts.contains(QStringLiteral("create")))
        rc |= createLarge();
    return rc;
}

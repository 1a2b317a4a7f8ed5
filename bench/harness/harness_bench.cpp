// Tools mode on a large pack. Generates a pack of N MB (default 20) mixing English meeting
// notes, Korean memos (Zipf-like word frequencies, topic words among the rarer ones) and
// Python code, then measures: the corpus (exact token sizes,
// o200k_base) and the FTS5 index build (off the GUI thread in the app), the latency of
// 150 searches (English and Korean words and phrases, code identifiers, rare and very common
// terms, words of one and two characters), and one
// tools-mode answer — a search, two parallel reads, the answer — through ToolLoopReply and the
// Chat Completions provider against a fake HTTP server on 127.0.0.1 (real requests and streamed
// replies, the manifest of every item in the first request).
#include "core/harness/packcorpus.h"
#include "core/harness/packsearchindex.h"
#include "core/harness/packtools.h"
#include "core/harness/toolloopreply.h"
#include "core/pack/pack.h"
#include "core/prompt/assembledprompt.h"
#include "core/providers/chatcompletionsprovider.h"
#include "core/tokenize/tokenizerregistry.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"
#include "support/tooltesting.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

using namespace Cb;

namespace {

// CPU time of this thread: on a shared machine wall time also counts the waits for a core.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

const QStringList kEnglish = {
    QStringLiteral("retention"), QStringLiteral("launch"),   QStringLiteral("budget"),  QStringLiteral("roadmap"),
    QStringLiteral("customer"),  QStringLiteral("pricing"),  QStringLiteral("quarter"), QStringLiteral("marketing"),
    QStringLiteral("hiring"),    QStringLiteral("forecast"), QStringLiteral("churn"),   QStringLiteral("partner"),
    QStringLiteral("the"),       QStringLiteral("we"),       QStringLiteral("agreed"),  QStringLiteral("owner")};
const QStringList kKorean = {QStringLiteral("고객"), QStringLiteral("유지율"), QStringLiteral("출시"),
                             QStringLiteral("예산"), QStringLiteral("회의"),   QStringLiteral("결정"),
                             QStringLiteral("목표"), QStringLiteral("일정"),   QStringLiteral("팀")};

// Text with a natural, Zipf-like word distribution: a few words very common, most rare. The
// topic words sit among the rare ones, as names and terms do in real notes.
QStringList vocabulary(QRandomGenerator& rng, const QStringList& syllables, const QStringList& topic, int size)
{
    QStringList v;
    for (int i = 0; i < size; ++i) {
        QString w;
        for (int n = 1 + rng.bounded(3); n > 0; --n)
            w += syllables[rng.bounded(int(syllables.size()))];
        v << w;
    }
    for (int i = 0; i < topic.size(); ++i)
        v[size / 8 + i * 37] = topic[i];
    return v;
}

QString words(QRandomGenerator& rng, const QStringList& vocabulary, int count)
{
    QString s;
    const double n = double(vocabulary.size());
    for (int i = 0; i < count; ++i) {
        const int index = qMin(int(vocabulary.size()) - 1, int(std::pow(n, rng.generateDouble())) - 1);
        s += vocabulary[index];
        s += (i % 17 == 16) ? QStringLiteral(".\n") : QStringLiteral(" ");
    }
    return s;
}

Core::Pack generate(qint64 bytes)
{
    QRandomGenerator rng(42);
    const QStringList english = vocabulary(rng, {QStringLiteral("ta"), QStringLiteral("re"), QStringLiteral("mon"),
                                                 QStringLiteral("li"), QStringLiteral("ver"), QStringLiteral("sto"),
                                                 QStringLiteral("pan"), QStringLiteral("ex"), QStringLiteral("dor"),
                                                 QStringLiteral("qui"), QStringLiteral("ma"), QStringLiteral("gen")},
                                           kEnglish, 5000);
    const QStringList korean = vocabulary(rng, {QStringLiteral("가"), QStringLiteral("나"), QStringLiteral("다"),
                                                QStringLiteral("라"), QStringLiteral("마"), QStringLiteral("바"),
                                                QStringLiteral("사"), QStringLiteral("아"), QStringLiteral("자"),
                                                QStringLiteral("하"), QStringLiteral("고"), QStringLiteral("의")},
                                          kKorean, 5000);
    Core::Pack pack;
    pack.title = QStringLiteral("Generated planning pack");
    pack.goal = QStringLiteral("Plan the launch");
    const char* names[] = {"Meetings", "Memos", "Code"};
    for (const char* n : names)
        pack.sections.append({QString::fromLatin1(n), QString::fromLatin1(n), {}, {}});
    qint64 total = 0;
    for (int i = 0; total < bytes; ++i) {
        const int kind = i % 3;
        QString text;
        if (kind == 0)
            text = words(rng, english, 1800);
        else if (kind == 1)
            text = words(rng, korean, 1200);
        else
            for (int f = 0; f < 120; ++f)
                text += QStringLiteral("def compute_metric_%1(rows):\n    return sum(r.value for r in rows) / %2\n")
                            .arg(i * 1000 + f)
                            .arg(f + 1);
        Core::PackItem item = Core::PackItem::note(QStringLiteral("Item %1").arg(i), text);
        total += item.textBytes();
        pack.sections[kind].items.append(item);
    }
    return pack;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 20;
    const Core::Pack pack = generate(megabytes * 1024 * 1024);
    auto tokenizer = Core::TokenizerRegistry::shared().tokenizer(Core::Encoding::O200kBase);
    if (!tokenizer) {
        std::fprintf(stderr, "no tokenizer: %s\n", qPrintable(tokenizer.error().message));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    auto corpus = std::make_shared<const Core::PackCorpus>(Core::PackCorpus::fromPack(pack, *tokenizer));
    const qint64 corpusMs = clock.restart();
    const double indexCpuStart = threadCpuMs();
    auto index = Core::PackSearchIndex::build(*corpus);
    if (!index) {
        std::fprintf(stderr, "index failed: %s\n", qPrintable(index.error().message));
        return 1;
    }
    const qint64 indexMs = clock.restart();
    const double indexCpuMs = threadCpuMs() - indexCpuStart;
    std::printf("pack: %lld MB, %lld items, %lld tokens\n", static_cast<long long>(megabytes),
                static_cast<long long>(corpus->items.size()), static_cast<long long>(corpus->totalTokens()));
    std::printf("corpus (exact token sizes): %lld ms; FTS5 index (trigram + short-word table): %lld ms wall, "
                "%.0f ms CPU\n",
                static_cast<long long>(corpusMs), static_cast<long long>(indexMs), indexCpuMs);

    // What a model types: English words and phrases, Korean words (two-syllable ones too) and
    // phrases, code identifiers, rare and very common terms, and words no item holds.
    const QStringList queries = {
        QStringLiteral("retention"),          QStringLiteral("customer retention"), QStringLiteral("forecast partner"),
        QStringLiteral("launch budget owner"), QStringLiteral("we agreed"),          QStringLiteral("the"),
        QStringLiteral("we"),                 QStringLiteral("re"),                 QStringLiteral("mon"),
        QStringLiteral("tare"),               QStringLiteral("Q3 retention"),       QStringLiteral("nothing-like-this"),
        QStringLiteral("유지율"),             QStringLiteral("고객"),               QStringLiteral("출시"),
        QStringLiteral("일정"),               QStringLiteral("팀"),                 QStringLiteral("가나"),
        QStringLiteral("출시 일정"),          QStringLiteral("고객 유지율"),        QStringLiteral("회의 결정 사항"),
        QStringLiteral("가나다라마"),         QStringLiteral("compute_metric_77"),  QStringLiteral("compute_metric_1235017"),
        QStringLiteral("sum(r.value"),        QStringLiteral("return sum"),         QStringLiteral("def"),
        QStringLiteral("r.value for r in rows"), QStringLiteral("rows) /"),          QStringLiteral("x")};
    const auto loadAverage = [] {
        QFile f(QStringLiteral("/proc/loadavg"));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 0)
                                           : QStringLiteral("?");
    };
    const QString loadBefore = loadAverage();
    QList<double> ms;
    QList<double> cpuMs;
    QHash<QString, double> slowest;
    for (int round = 0; round < 5; ++round)
        for (const QString& q : queries) {
            QString note;
            QElapsedTimer t;
            const double cpuStart = threadCpuMs();
            t.start();
            const auto hits = (*index)->search(q, 8, &note);
            ms.append(double(t.nsecsElapsed()) / 1e6);
            cpuMs.append(threadCpuMs() - cpuStart);
            slowest[q] = qMax(slowest.value(q), ms.last());
            if (round == 0)
                std::printf("  '%s': %.2f ms (%.2f ms CPU), %lld hits%s\n", qPrintable(q), ms.last(), cpuMs.last(),
                            static_cast<long long>(hits ? hits->size() : -1),
                            note.isEmpty() ? "" : ", more match (note)");
            if (!hits)
                std::fprintf(stderr, "search '%s' failed: %s\n", qPrintable(q), qPrintable(hits.error().message));
        }
    std::sort(ms.begin(), ms.end());
    std::sort(cpuMs.begin(), cpuMs.end());
    QString worst;
    for (auto it = slowest.cbegin(); it != slowest.cend(); ++it)
        if (worst.isEmpty() || it.value() > slowest.value(worst))
            worst = it.key();
    std::printf("search over %lld queries (%lld distinct, 5 rounds): p50 %.2f ms, p95 %.2f ms, max %.2f ms ('%s'); "
                "target < 20 ms each; load average %s → %s\n",
                static_cast<long long>(ms.size()), static_cast<long long>(queries.size()), ms[ms.size() / 2],
                ms[qsizetype(double(ms.size()) * 0.95)], ms.last(), qPrintable(worst), qPrintable(loadBefore),
                qPrintable(loadAverage()));
    std::printf("search CPU time: p50 %.2f ms, p95 %.2f ms, max %.2f ms\n", cpuMs[cpuMs.size() / 2],
                cpuMs[qsizetype(double(cpuMs.size()) * 0.95)], cpuMs.last());

    // One tools-mode answer through a fake OpenAI-compatible server on 127.0.0.1 (Chat
    // Completions, streamed): the manifest prompt goes out, the model searches, reads two items
    // in parallel, then answers; every round is a real HTTP request carrying the exchange so far.
    const QString a = corpus->items[0].shortId;
    const QString b = corpus->items[1].shortId;
    const auto chunk = [](const QByteArray& choice) {
        return Test::sseEvent({}, R"({"id":"chatcmpl-b","object":"chat.completion.chunk","model":"bench","choices":[{"index":0,)" +
                                      choice + "}]}");
    };
    const auto callChunk = [&](int slot, const QString& id, const QString& name, const QString& arguments) {
        const QByteArray args = QJsonDocument(QJsonArray{arguments}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        return chunk(R"("delta":{"tool_calls":[{"index":)" + QByteArray::number(slot) + R"(,"id":")" + id.toUtf8() +
                     R"(","type":"function","function":{"name":")" + name.toUtf8() + R"(","arguments":)" + args +
                     "}}]},\"finish_reason\":null");
    };
    const QByteArray done = chunk(R"("delta":{},"finish_reason":"tool_calls")") + Test::sseEvent({}, "[DONE]");
    Test::FakeHttpServer server;
    server.enqueue(Test::FakeResponse::sse(callChunk(0, QStringLiteral("c1"), QStringLiteral("search_pack"),
                                                     QStringLiteral("{\"query\":\"retention\"}")) +
                                           done));
    server.enqueue(Test::FakeResponse::sse(
        callChunk(0, QStringLiteral("c2"), QStringLiteral("read_item"), QStringLiteral("{\"id\":\"%1\"}").arg(a)) +
        callChunk(1, QStringLiteral("c3"), QStringLiteral("read_item"), QStringLiteral("{\"id\":\"%1\"}").arg(b)) + done));
    server.enqueue(Test::FakeResponse::sse(chunk(R"("delta":{"content":"The plan."},"finish_reason":"stop")") +
                                           Test::sseEvent({}, "[DONE]")));
    auto nam = Test::makeTestNetworkManager();
    Core::ChatCompletionsProvider provider(nam.get(), Test::fastProviderOptions());
    Core::ProviderRequest request;
    request.kind = Core::ProviderKind::ChatCompletions;
    request.baseUrl = server.baseUrl(QStringLiteral("/v1"));
    request.model = QStringLiteral("bench");
    Core::AssembledPrompt full;
    full.instructions = QStringLiteral("You plan.");
    full.input = QStringLiteral("Goal: plan the Q3 launch.");
    request.input = full.input;
    Core::PackTools tools{corpus, *index, *tokenizer};
    clock.restart();
    Core::ToolLoopReply reply(&provider, request, QtFuture::makeReadyFuture(Core::Result<Core::PackTools>(tools)), {});
    reply.setPackPrompt(full); // the manifest of every item goes with the first request
    Test::waitFor([&] { return reply.isDone(); }, 60000);
    const qint64 answerMs = clock.elapsed();
    qint64 sent = 0;
    for (const Test::RecordedRequest& r : server.requests())
        sent += r.body.size();
    const bool finished = reply.state() == Core::ReplyState::Finished && reply.text() == QStringLiteral("The plan.") &&
                          server.requests().size() == 3;
    std::printf("tools-mode answer through a fake HTTP server on 127.0.0.1 (Chat Completions, 3 rounds, 3 tool "
                "calls, %lld tokens read, %lld request bytes incl. the %lld-item manifest): %lld ms (target < 2000 ms), "
                "%s\n",
                static_cast<long long>(reply.trail().size() == 3 ? reply.trail()[1].resultTokens + reply.trail()[2].resultTokens : -1),
                static_cast<long long>(sent), static_cast<long long>(corpus->items.size()),
                static_cast<long long>(answerMs), finished ? "finished" : "NOT finished");
    if (!finished && reply.state() == Core::ReplyState::Failed)
        std::fprintf(stderr, "the answer failed: %s\n", qPrintable(reply.error() ? reply.error()->message : QString()));
    return finished ? 0 : 1;
}

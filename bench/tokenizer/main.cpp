// Tokenizer benchmark (a plain CLI, not a test): prints key=value lines that run.sh compares
// with the JavaScript tokenizers on the same corpus.
//   cb_tokenizer_bench --generate FILE [--mb 20]   write the deterministic mixed corpus
//   cb_tokenizer_bench --generate-real FILE        write ~10 MB of real prose and C headers
//   cb_tokenizer_bench --corpus FILE               measure load time, RSS and throughput
//   cb_tokenizer_bench --no-whitespace             only the text-without-split-points figures
//   cb_tokenizer_bench --count-only FILE [--passes 6] [--label NAME]  only o200k counting
//                                                  (keys cpp.NAME.*), also for profilers
//   cb_tokenizer_bench --packs [--mb 50 --edit-mb 20]  whole-pack counting (packbench.cpp)
//   cb_tokenizer_bench --dump-qt-classes FILE      one flag byte per code point from Qt's tables
//                                                  (input of
//                                                  tests/data/tokenizers/unicode16ranges.sh)
#include "corpusgenerator.h"
#include "packbench.h"
#include "realcorpus.h"

#include "core/tokenize/tokenizer.h"
#include "core/tokenize/unicodeclasses.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThreadPool>

#include <cstdio>
#include <ctime>
#include <string_view>
#include <utility>
#include <vector>

using namespace Cb::Core;

namespace {

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// CPU seconds of the calling thread: on a shared machine wall time also measures the neighbours.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

void print(const char* key, double value)
{
    std::printf("%s=%.3f\n", key, value);
    std::fflush(stdout);
}

// Best of `runs` passes in MB/s (MB = 10^6 bytes, as the JS side reports), by wall time and,
// for single-thread passes, by this thread's CPU time.
struct Throughput
{
    double wall = 0;
    double cpu = 0;
};
template <typename F> Throughput bestThroughput(const QByteArray& corpus, int runs, F&& pass)
{
    Throughput best;
    const double mb = double(corpus.size()) / 1e6;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuSeconds();
        pass();
        best.cpu = std::max(best.cpu, mb / (threadCpuSeconds() - cpu0));
        best.wall = std::max(best.wall, mb / (double(t.nsecsElapsed()) / 1e9));
    }
    return best;
}

void print(const char* key, Throughput value, bool withCpu = true)
{
    print(key, value.wall);
    if (withCpu)
        std::printf("%s_cpu=%.3f\n", key, value.cpu);
}

// Text without a split point: `bytes` random lowercase letters (fixed seed).
QByteArray randomLetters(qsizetype bytes)
{
    QByteArray out(bytes, Qt::Uninitialized);
    uint64_t state = 0x9E3779B97F4A7C15ull;
    for (char& c : out) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        c = char('a' + (state >> 33) % 26);
    }
    return out;
}

// One-core time of counting text the pre-tokenizer cannot split, after the first long piece
// has built the linear merger's tables (timed on its own).
void measureUnsplittable(const Tokenizer& tokenizer)
{
    const QByteArray probe = randomLetters(200);
    double cpu0 = threadCpuSeconds();
    tokenizer.count(std::string_view(probe.constData(), size_t(probe.size())));
    print("cpp.backtracking_build_ms.o200k_base", (threadCpuSeconds() - cpu0) * 1e3);
    print("cpp.rss_mb.process_with_backtracking_tables", residentMegabytes());
    for (const auto& [key, bytes] : {std::pair{"cpp.no_whitespace_ms.100kb", 100'000},
                                     std::pair{"cpp.no_whitespace_ms.1mb", 1'000'000},
                                     std::pair{"cpp.no_whitespace_ms.4mb", 4'000'000}}) {
        const QByteArray letters = randomLetters(bytes);
        double best = 1e9;
        for (int i = 0; i < 3; ++i) {
            cpu0 = threadCpuSeconds();
            tokenizer.count(std::string_view(letters.constData(), size_t(letters.size())));
            best = std::min(best, (threadCpuSeconds() - cpu0) * 1e3);
        }
        print(key, best);
    }
}

int measure(const QString& corpusPath)
{
    QFile file(corpusPath);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(corpusPath));
        return 1;
    }
    const QByteArray corpus = file.readAll();
    const std::string_view text(corpus.constData(), size_t(corpus.size()));
    print("cpp.corpus_mb", double(corpus.size()) / 1e6);

    const double rssBefore = residentMegabytes();
    std::shared_ptr<const Tokenizer> o200k, cl100k;
    for (Encoding e : {Encoding::O200kBase, Encoding::Cl100kBase}) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuSeconds();
        auto loaded = Tokenizer::load(e);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        const double cpuMs = (threadCpuSeconds() - cpu0) * 1e3;
        if (!loaded) {
            std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
            return 1;
        }
        (e == Encoding::O200kBase ? o200k : cl100k) = *loaded;
        print(e == Encoding::O200kBase ? "cpp.load_ms.o200k_base" : "cpp.load_ms.cl100k_base", ms);
        print(e == Encoding::O200kBase ? "cpp.load_ms_cpu.o200k_base"
                                       : "cpp.load_ms_cpu.cl100k_base",
              cpuMs);
    }
    print("cpp.rss_mb.both_vocabularies", residentMegabytes() - rssBefore);
    print("cpp.rss_mb.process", residentMegabytes());

    size_t tokens = 0;
    print("cpp.count_mbps.o200k_base",
          bestThroughput(corpus, 6, [&] { tokens = o200k->count(text); }));
    std::printf("cpp.tokens.o200k_base=%zu\n", tokens);
    print("cpp.encode_mbps.o200k_base",
          bestThroughput(corpus, 4, [&] { tokens = o200k->encode(text).size(); }));
    print("cpp.count_mbps.cl100k_base",
          bestThroughput(corpus, 4, [&] { tokens = cl100k->count(text); }));
    std::printf("cpp.tokens.cl100k_base=%zu\n", tokens);

    // A pack of documents: the corpus cut at its document separators, counted on all cores.
    std::vector<std::string_view> documents;
    for (size_t pos = 0; pos < text.size();) {
        size_t end = text.find("<|endoftext|>", pos);
        end = end == std::string_view::npos ? text.size() : end + 13;
        documents.push_back(text.substr(pos, end - pos));
        pos = end;
    }
    print("cpp.documents", double(documents.size()));
    print("cpp.threads", QThreadPool::globalInstance()->maxThreadCount());
    print("cpp.count_many_mbps.o200k_base",
          bestThroughput(corpus, 3, [&] { o200k->countMany(documents); }), false);
    measureUnsplittable(*o200k);
    return 0;
}

// Only the single-thread o200k count, repeated: what `perf record` should look at.
int countOnly(const QString& corpusPath, int passes, const QString& label)
{
    const QByteArray prefix =
        label.isEmpty() ? QByteArray("cpp.") : QByteArray("cpp." + label.toUtf8() + '.');
    const auto key = [&prefix](const char* name) { return QByteArray(prefix + name); };
    QFile file(corpusPath);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray corpus = file.readAll();
    auto tokenizer = Tokenizer::load(Encoding::O200kBase);
    if (!tokenizer)
        return 1;
    const std::string_view text(corpus.constData(), size_t(corpus.size()));
    print(key("corpus_mb").constData(), double(corpus.size()) / 1e6);
    size_t tokens = 0;
    print(key("count_mbps.o200k_base").constData(),
          bestThroughput(corpus, passes, [&] { tokens = (*tokenizer)->count(text); }));
    std::printf("%stokens.o200k_base=%zu\n", prefix.constData(), tokens);
    print(key("encode_mbps.o200k_base").constData(),
          bestThroughput(corpus, passes, [&] { tokens = (*tokenizer)->encode(text).size(); }));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype gen = args.indexOf(QStringLiteral("--generate"));
    const qsizetype letters = args.indexOf(QStringLiteral("--generate-letters"));
    if (letters > 0 && letters + 1 < args.size()) {
        // The 100 KB no-whitespace input, for the JavaScript side of run.sh.
        QFile out(args[letters + 1]);
        return out.open(QIODevice::WriteOnly) && out.write(randomLetters(100'000)) == 100'000
                   ? 0
                   : 1;
    }
    if (const qsizetype real = args.indexOf(QStringLiteral("--generate-real"));
        real > 0 && real + 1 < args.size()) {
        QString error;
        const QByteArray text = RealCorpus::assemble(&error);
        QFile out(args[real + 1]);
        if (text.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(text) < 0) {
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(out.fileName()),
                         qPrintable(error.isEmpty() ? out.errorString() : error));
            return 1;
        }
        return 0;
    }
    const qsizetype corpus = args.indexOf(QStringLiteral("--corpus"));
    if (gen > 0 && gen + 1 < args.size()) {
        const qsizetype mbAt = args.indexOf(QStringLiteral("--mb"));
        const int mb = mbAt > 0 && mbAt + 1 < args.size() ? args[mbAt + 1].toInt() : 20;
        QFile out(args[gen + 1]);
        if (!out.open(QIODevice::WriteOnly) ||
            out.write(CorpusGenerator().generate(qsizetype(mb) * 1000 * 1000)) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
            return 1;
        }
        return 0;
    }
    if (corpus > 0 && corpus + 1 < args.size())
        return measure(args[corpus + 1]);
    if (const qsizetype only = args.indexOf(QStringLiteral("--count-only"));
        only > 0 && only + 1 < args.size()) {
        const qsizetype passesAt = args.indexOf(QStringLiteral("--passes"));
        const qsizetype labelAt = args.indexOf(QStringLiteral("--label"));
        return countOnly(args[only + 1],
                         passesAt > 0 && passesAt + 1 < args.size() ? args[passesAt + 1].toInt()
                                                                     : 6,
                         labelAt > 0 && labelAt + 1 < args.size() ? args[labelAt + 1] : QString());
    }
    if (args.contains(QStringLiteral("--no-whitespace"))) {
        auto tokenizer = Tokenizer::load(Encoding::O200kBase);
        if (!tokenizer)
            return 1;
        measureUnsplittable(**tokenizer);
        return 0;
    }
    if (args.contains(QStringLiteral("--packs"))) {
        const qsizetype mbAt = args.indexOf(QStringLiteral("--mb"));
        const qsizetype editAt = args.indexOf(QStringLiteral("--edit-mb"));
        return measurePacks(mbAt > 0 && mbAt + 1 < args.size() ? args[mbAt + 1].toInt() : 50,
                            editAt > 0 && editAt + 1 < args.size() ? args[editAt + 1].toInt()
                                                                   : 20);
    }
    const qsizetype dump = args.indexOf(QStringLiteral("--dump-qt-classes"));
    if (dump > 0 && dump + 1 < args.size()) {
        QByteArray flags(0x110000, '\0');
        for (char32_t cp = 0; cp < 0x110000; ++cp)
            flags[qsizetype(cp)] = char(UnicodeClasses::qtFlags(cp));
        QFile out(args[dump + 1]);
        return out.open(QIODevice::WriteOnly) && out.write(flags) == flags.size() ? 0 : 1;
    }
    std::fprintf(stderr,
                 "usage: %s --generate FILE [--mb 20] | --corpus FILE | --count-only FILE [--passes 6] [--label NAME]"
                 " | --packs [--mb 50 --edit-mb 20]"
                 " | --dump-qt-classes FILE\n",
                 argv[0]);
    return 2;
}

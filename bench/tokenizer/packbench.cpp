#include "packbench.h"

#include "corpusgenerator.h"

#include "core/pack/pack.h"
#include "core/prompt/promptassembler.h"
#include "core/prompt/promptcounter.h"
#include "core/tokenize/tokencountcache.h"
#include "core/tokenize/tokenizerregistry.h"

#include <QElapsedTimer>
#include <QThreadPool>

#include <cstdio>
#include <ctime>

using namespace Cb::Core;

namespace {

// A pack of `megabytes` of generated documents in items of about 100 KB over four sections.
Pack makePack(int megabytes, uint64_t seed)
{
    const QByteArray text = CorpusGenerator(seed).generate(qsizetype(megabytes) * 1000 * 1000);
    Pack pack;
    pack.title = QStringLiteral("bench");
    pack.goal = QStringLiteral("Summarise the documents.");
    for (int s = 0; s < 4; ++s)
        pack.sections.append(PackSection{QStringLiteral("s%1").arg(s),
                                         QStringLiteral("Section %1").arg(s), {}, {}});
    constexpr qsizetype kItem = 100 * 1000;
    int n = 0;
    for (qsizetype pos = 0; pos < text.size(); pos += kItem, ++n) {
        PackItem item = PackItem::note(QStringLiteral("Item %1").arg(n),
                                       QString::fromUtf8(text.mid(pos, kItem)));
        pack.sections[n % 4].items.append(item);
    }
    return pack;
}

// CPU seconds of the whole process (all threads): wall time on a busy machine also measures the
// neighbours; CPU time over the cores used bounds what a quiet machine would take.
double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void print(const char* key, double value)
{
    std::printf("%s=%.3f\n", key, value);
    std::fflush(stdout);
}

} // namespace

int measurePacks(int megabytesCold, int megabytesEdit)
{
    TokenizerRegistry registry;
    if (!registry.tokenizer(Encoding::O200kBase)) {
        std::fprintf(stderr, "cannot load o200k_base\n");
        return 1;
    }
    const QList<Encoding> encodings{Encoding::O200kBase};
    print("pack.threads", QThreadPool::globalInstance()->maxThreadCount());

    {
        const Pack pack = makePack(megabytesCold, 11);
        const AssembledPrompt prompt = PromptAssembler::assemble(pack);
        print("pack.cold_mb", double(prompt.input.toUtf8().size()) / 1e6);
        PromptCounter counter(registry);
        QElapsedTimer t;
        t.start();
        const QByteArray sha = prompt.sha256();
        print("pack.cold_prompt_sha256_s", msSince(t) / 1000);
        t.restart();
        const double cpu0 = processCpuSeconds();
        const auto counts = counter.count(pack, prompt, encodings, sha);
        print("pack.cold_count_s", msSince(t) / 1000);
        print("pack.cold_count_cpu_s", processCpuSeconds() - cpu0);
        if (!counts)
            return 1;
    }

    Pack pack = makePack(megabytesEdit, 12);
    PromptCounter counter(registry);
    QElapsedTimer t;
    t.start();
    AssembledPrompt prompt = PromptAssembler::assemble(pack);
    print("pack.edit_assemble_ms", msSince(t));
    print("pack.edit_mb", double(prompt.input.toUtf8().size()) / 1e6);
    if (!counter.count(pack, prompt, encodings))
        return 1;
    // Edit a different item each round (the way a user types into one note), best of five. The
    // preview hashes each new prompt anyway and hands the digest to the counter, as the app does.
    double best = 1e9, bestCpu = 1e9, bestAssemble = 1e9, bestSha = 1e9;
    for (int round = 0; round < 5; ++round) {
        PackItem& item = pack.sections[round % 4].items[round];
        item.text.insert(item.text.size() / 2, QStringLiteral(" edited %1 ").arg(round));
        t.restart();
        prompt = PromptAssembler::assemble(pack);
        bestAssemble = std::min(bestAssemble, msSince(t));
        t.restart();
        const QByteArray sha = prompt.sha256();
        bestSha = std::min(bestSha, msSince(t));
        t.restart();
        const double cpu0 = processCpuSeconds();
        const auto counts = counter.count(pack, prompt, encodings, sha);
        best = std::min(best, msSince(t));
        bestCpu = std::min(bestCpu, (processCpuSeconds() - cpu0) * 1e3);
        if (!counts)
            return 1;
    }
    print("pack.edit_recount_ms", best);
    print("pack.edit_recount_cpu_ms", bestCpu);
    print("pack.edit_reassemble_ms", bestAssemble);
    print("pack.edit_prompt_sha256_ms", bestSha);
    return 0;
}

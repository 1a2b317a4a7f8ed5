#!/bin/sh
# Tokenizer benchmark: the C++ tokenizer beside gpt-tokenizer and js-tiktoken (npm) on the same
# corpora, in one run: ~10 MB of real prose and C headers (the issue's kind of corpus, assembled
# from the nodejs docs and /usr/include; see realcorpus.h) and a generated ~20 MB mixed corpus
# (eleven scripts, invented words that defeat caches, base64: the harder one); text without whitespace (C++: 100 KB, 1 MB, 4 MB;
# gpt-tokenizer: 100 KB); whole packs through PromptCounter (50 MB cold, one edit in 20 MB). Builds nothing: build cb_tokenizer_bench first
#   cmake --build BUILD_DIR --target cb_tokenizer_bench
# usage: bench/tokenizer/run.sh BUILD_DIR
# Figures are the best of several passes (a shared VM has slow minutes), as wall-clock MB/s plus
# MB per CPU second (steadier on a shared machine).
set -eu
build=$(cd "${1:?usage: run.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
exe="$build/bench/tokenizer/cb_tokenizer_bench"
[ -x "$exe" ] || { echo "missing $exe: cmake --build $build --target cb_tokenizer_bench" >&2; exit 1; }

for tool in node npm; do
    command -v "$tool" >/dev/null || { echo "bench/tokenizer needs $tool (Debian: apt install nodejs npm nodejs-doc)" >&2; exit 1; }
done

corpus="$build/bench/tokenizer/corpus-20mb.txt"
# Regenerated every run (under a second) so it always matches the generator.
"$exe" --generate "$corpus" --mb 20
real="$build/bench/tokenizer/real-10mb.txt"
"$exe" --generate-real "$real"
letters="$build/bench/tokenizer/letters-100kb.txt"
"$exe" --generate-letters "$letters"

# JS packages go to bench/tokenizer/node_modules (gitignored), pinned by package.json.
if [ ! -d "$here/node_modules/gpt-tokenizer" ] || [ ! -d "$here/node_modules/js-tiktoken" ]; then
    (cd "$here" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi

results=$(mktemp)
trap 'rm -f "$results"' EXIT
echo "# C++ (cb_core)" >&2
"$exe" --count-only "$real" --label real | tee -a "$results"
"$exe" --corpus "$corpus" | tee -a "$results"
"$exe" --packs --mb 50 --edit-mb 20 | tee -a "$results"
echo "# gpt-tokenizer" >&2
node "$here/jsbench.mjs" gpt-tokenizer "$real" --label real | tee -a "$results"
node "$here/jsbench.mjs" gpt-tokenizer "$corpus" "$letters" | tee -a "$results"
echo "# js-tiktoken" >&2
node "$here/jsbench.mjs" js-tiktoken "$real" --label real | tee -a "$results"
node "$here/jsbench.mjs" js-tiktoken "$corpus" | tee -a "$results"

awk -F= '
    { v[$1] = $2 }
    END {
        printf "\n== o200k_base on %.1f MB of real prose and C headers (single thread) ==\n", v["cpp.real.corpus_mb"]
        printf "%-16s %10s %14s %12s\n", "", "MB/s wall", "MB/s per CPU s", "tokens"
        printf "%-16s %10.2f %14.2f %12d   (target >= 80 MB/s; encode with ids %.2f MB/s)\n", "C++ cb_core",
            v["cpp.real.count_mbps.o200k_base"], v["cpp.real.count_mbps.o200k_base_cpu"],
            v["cpp.real.tokens.o200k_base"], v["cpp.real.encode_mbps.o200k_base"]
        printf "%-16s %10.2f %14.2f %12d\n", "gpt-tokenizer", v["js.real.gpt_tokenizer.count_mbps"],
            v["js.real.gpt_tokenizer.count_mbps_cpu"], v["js.real.gpt_tokenizer.tokens"]
        printf "%-16s %10.2f %14.2f %12d\n", "js-tiktoken", v["js.real.js_tiktoken.count_mbps"],
            v["js.real.js_tiktoken.count_mbps_cpu"], v["js.real.js_tiktoken.tokens"]
        printf "\n== o200k_base on %.1f MB of generated mixed text (single thread unless noted) ==\n", v["cpp.corpus_mb"]
        printf "%-16s %10s %14s %10s\n", "", "MB/s wall", "MB/s per CPU s", "load ms"
        printf "%-16s %10.2f %14.2f %10.1f\n", "C++ cb_core", v["cpp.count_mbps.o200k_base"],
            v["cpp.count_mbps.o200k_base_cpu"], v["cpp.load_ms.o200k_base"]
        printf "%-16s %10.2f %14.2f %10.1f\n", "gpt-tokenizer", v["js.gpt_tokenizer.count_mbps"],
            v["js.gpt_tokenizer.count_mbps_cpu"], v["js.gpt_tokenizer.load_ms"]
        printf "%-16s %10.2f %14.2f %10.1f\n", "js-tiktoken", v["js.js_tiktoken.count_mbps"],
            v["js.js_tiktoken.count_mbps_cpu"], v["js.js_tiktoken.load_ms"]
        printf "speed-up vs gpt-tokenizer: %.1fx wall, %.1fx CPU (target >= 5x); vs js-tiktoken: %.1fx wall\n",
            v["cpp.count_mbps.o200k_base"] / v["js.gpt_tokenizer.count_mbps"],
            v["cpp.count_mbps.o200k_base_cpu"] / v["js.gpt_tokenizer.count_mbps_cpu"],
            v["cpp.count_mbps.o200k_base"] / v["js.js_tiktoken.count_mbps"]
        printf "load: o200k_base %.1f ms (%.1f ms CPU), cl100k_base %.1f ms (%.1f ms CPU); target < 30 ms\n",
            v["cpp.load_ms.o200k_base"], v["cpp.load_ms_cpu.o200k_base"],
            v["cpp.load_ms.cl100k_base"], v["cpp.load_ms_cpu.cl100k_base"]
        printf "RSS of both vocabularies: %.1f MB (target < 60 MB); process %.1f MB\n",
            v["cpp.rss_mb.both_vocabularies"], v["cpp.rss_mb.process"]
        printf "all cores (%d threads, %d documents): %.2f MB/s = %.2fx single thread\n",
            v["cpp.threads"], v["cpp.documents"], v["cpp.count_many_mbps.o200k_base"],
            v["cpp.count_many_mbps.o200k_base"] / v["cpp.count_mbps.o200k_base"]
        printf "encode (ids) %.2f MB/s; cl100k_base count %.2f MB/s\n",
            v["cpp.encode_mbps.o200k_base"], v["cpp.count_mbps.cl100k_base"]
        printf "no whitespace (one core): 100 KB %.1f ms (gpt-tokenizer %.0f ms), 1 MB %.1f ms (target <= 100), 4 MB %.1f ms (target <= 400); linear merger tables built in %.1f ms on first use (process RSS then %.1f MB)\n",
            v["cpp.no_whitespace_ms.100kb"], v["js.gpt_tokenizer.no_whitespace_ms.100kb"],
            v["cpp.no_whitespace_ms.1mb"], v["cpp.no_whitespace_ms.4mb"],
            v["cpp.backtracking_build_ms.o200k_base"], v["cpp.rss_mb.process_with_backtracking_tables"]
        printf "packs (%d threads): %.1f MB counted cold in %.3f s, %.3f CPU s (target <= 0.6 s; the prompt digest the app computes anyway: %.3f s); one item edited in %.1f MB: recount %.1f ms, %.1f CPU ms (target <= 20); the app also re-assembles (%.1f ms) and hashes the prompt (%.1f ms)\n",
            v["pack.threads"], v["pack.cold_mb"], v["pack.cold_count_s"],
            v["pack.cold_count_cpu_s"], v["pack.cold_prompt_sha256_s"], v["pack.edit_mb"],
            v["pack.edit_recount_ms"], v["pack.edit_recount_cpu_ms"], v["pack.edit_reassemble_ms"], v["pack.edit_prompt_sha256_ms"]
        same = v["cpp.tokens.o200k_base"] == v["js.gpt_tokenizer.tokens"] && v["cpp.tokens.o200k_base"] == v["js.js_tiktoken.tokens"] && v["cpp.real.tokens.o200k_base"] == v["js.real.gpt_tokenizer.tokens"] && v["cpp.real.tokens.o200k_base"] == v["js.real.js_tiktoken.tokens"]
        printf "token counts: generated corpus C++ %d, gpt-tokenizer %d, js-tiktoken %d; real corpus C++ %d, gpt-tokenizer %d, js-tiktoken %d -> %s\n",
            v["cpp.tokens.o200k_base"], v["js.gpt_tokenizer.tokens"], v["js.js_tiktoken.tokens"],
            v["cpp.real.tokens.o200k_base"], v["js.real.gpt_tokenizer.tokens"], v["js.real.js_tiktoken.tokens"],
            same ? "identical" : "DIFFERENT"
        exit same ? 0 : 3
    }' "$results"

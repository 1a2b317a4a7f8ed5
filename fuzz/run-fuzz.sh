#!/usr/bin/env bash
# Builds the libFuzzer targets in build-fuzz/ (clang, ASan + UBSan) and runs each for
# FUZZ_SECONDS against its seed corpus in fuzz/corpus/<target>/. New crashes are stored under
# fuzz/crashes/<target>/; the normal test run replays both folders.
# Usage: fuzz/run-fuzz.sh [target...]   (default: every target)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=${FUZZ_BUILD_DIR:-build-fuzz}
SECONDS_EACH=${FUZZ_SECONDS:-60}
JOBS=${FUZZ_JOBS:-2}
ALL=(sse responses chat anthropic gemini pack tokenizer docx docxxml html subtitles)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL[@]}")

CC=${FUZZ_CC:-clang-14}
CXX=${FUZZ_CXX:-clang++-14}
FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
if [ ! -f "$BUILD/build.ninja" ]; then
  CC=$CC CXX=$CXX cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS="$FLAGS" -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCB_FUZZ=ON -DCB_BUILD_TESTS=OFF -DCB_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$BUILD" -j "$JOBS" --target $(printf 'fuzz_%s ' "${TARGETS[@]}")

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
for t in "${TARGETS[@]}"; do
  corpus="$ROOT/fuzz/corpus/$t"
  crashes="$ROOT/fuzz/crashes/$t"
  mkdir -p "$crashes"
  # New finds go to a scratch folder so the committed corpus stays small and hand-picked;
  # `-merge=1` into fuzz/corpus is a deliberate step (see fuzz/README.md).
  work="$BUILD/fuzz-work/$t"
  mkdir -p "$work"
  dict=()
  [ -f "$ROOT/fuzz/dict/$t.dict" ] && dict=(-dict="$ROOT/fuzz/dict/$t.dict")
  echo "== fuzz_$t for ${SECONDS_EACH}s"
  if ! "$BUILD/fuzz/fuzz_$t" "$work" "$corpus" "${dict[@]}" -max_total_time="$SECONDS_EACH" \
      -max_len=65536 -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$crashes/" \
      -print_final_stats=1 2>"$work/log.txt"; then
    echo "   fuzz_$t FOUND A CRASH: see $crashes/ and $work/log.txt"
    grep -m5 -E "ERROR|SUMMARY|property violated|runtime error" "$work/log.txt" | sed 's/^/   /' || true
    status=1
  else
    grep -E "stat::number_of_executed_runs|cov:" "$work/log.txt" | tail -2 | sed 's/^/   /'
  fi
done
exit $status

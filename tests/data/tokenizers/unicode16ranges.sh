#!/bin/sh
# Regenerates src/core/tokenize/unicode16ranges.inc (method: unicode16ranges.mjs).
# usage: tests/data/tokenizers/unicode16ranges.sh BUILD_DIR   (cb_tokenizer_bench must be built)
set -eu
build=$(cd "${1:?usage: unicode16ranges.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
scratch=${TOKENIZER_GOLDEN_SCRATCH:-${TMPDIR:-/tmp}/contextbench-tokenizer-golden}
mkdir -p "$scratch"
cp "$here/unicode16ranges.mjs" "$scratch/"
"$build/bench/tokenizer/cb_tokenizer_bench" --dump-qt-classes "$scratch/qt-classes.bin"
cd "$scratch"
[ -f package.json ] || npm init -y >/dev/null
npm install --no-audit --no-fund gpt-tokenizer@4.0.0 tiktoken@1.0.22 >/dev/null
node unicode16ranges.mjs "$scratch/qt-classes.bin" "$root/src/core/tokenize/unicode16ranges.inc"

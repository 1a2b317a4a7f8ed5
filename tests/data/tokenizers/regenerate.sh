#!/bin/sh
# Regenerates golden_corpus.json, golden_<encoding>.txt and golden_pathological_<encoding>.txt
# (from pathological.json) with gpt-tokenizer and tiktoken (npm).
# Needs node + npm. Packages go to a scratch folder outside the repo, never into the tree.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
scratch=${TOKENIZER_GOLDEN_SCRATCH:-${TMPDIR:-/tmp}/contextbench-tokenizer-golden}
mkdir -p "$scratch"
cp "$here/regenerate.mjs" "$here/pathological.mjs" "$scratch/"
cd "$scratch"
[ -f package.json ] || npm init -y >/dev/null
npm install --no-audit --no-fund gpt-tokenizer@4.0.0 tiktoken@1.0.22 >/dev/null
node regenerate.mjs "$here" "$here/../../../src/core/tokenize/unicode16ranges.inc"
node pathological.mjs "$here"

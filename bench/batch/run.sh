#!/usr/bin/env bash
# 8,000 batch requests of 20 KB prepared into JSONL files and uploaded to a local sink server.
# Usage: bench/batch/run.sh [BUILD_DIR]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
"$build/bench/cb_bench_batchupload"

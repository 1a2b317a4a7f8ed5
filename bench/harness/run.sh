#!/usr/bin/env bash
# Tools mode on a generated 20 MB pack (English, Korean, code): time to count and index it,
# search latency (p50 / p95 / max over 150 queries; target < 20 ms each) and one tools-mode answer
# (search, two parallel reads, answer; target < 2 s with the pack indexed).
# Usage: bench/harness/run.sh [BUILD_DIR] [MEGABYTES]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
"$build/bench/cb_bench_harness" "${2:-20}"

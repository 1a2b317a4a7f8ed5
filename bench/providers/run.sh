#!/usr/bin/env bash
# SSE decoding + per-provider JSON mapping throughput on recorded streams.
# Usage: bench/providers/run.sh [BUILD_DIR]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
"$build/bench/cb_bench_providers" --benchmark_counters_tabular=true

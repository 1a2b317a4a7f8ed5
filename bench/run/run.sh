#!/usr/bin/env bash
# GUI-thread stall while 16 calls stream 200 deltas per second each: p50 / p99 / max gap between
# 1 ms timer ticks on the GUI thread. Target: p99 under 16 ms.
# Usage: bench/run/run.sh [BUILD_DIR] [SECONDS]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
QT_QPA_PLATFORM=offscreen "$build/bench/cb_bench_guistall" "${2:-10}"

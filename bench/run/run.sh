#!/usr/bin/env bash
# GUI-thread stall while 16 calls stream 200 deltas per second each: p50 / p99 / max gap between
# 1 ms timer ticks on the GUI thread. Target: p99 under 16 ms.
# Usage: bench/run/run.sh [BUILD_DIR] [SECONDS]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
# The real comparison view first, then the plain stand-in views for the view's share.
QT_QPA_PLATFORM=offscreen "$build/bench/cb_bench_guistall" "${2:-10}"
CB_BENCH_STAND_IN=1 QT_QPA_PLATFORM=offscreen "$build/bench/cb_bench_guistall" "${2:-10}"

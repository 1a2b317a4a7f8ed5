#!/usr/bin/env bash
# Experiments matrix refresh (200 × 6 × k=4) and the GUI-thread stall while 100 MB of batch
# output is collected. Usage: bench/experiment/run.sh [BUILD_DIR]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/bench/cb_bench_experiment"

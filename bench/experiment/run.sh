#!/usr/bin/env bash
# Experiments matrix refresh (200 × 6 × k=4) and the GUI-thread stall while 100 MB of batch
# output is collected, and creating 1,000 cases × 4 models.
# Usage: bench/experiment/run.sh [BUILD_DIR] [matrix|collect|create]...
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/bench/cb_bench_experiment" "${@:2}"

#!/usr/bin/env bash
# Import benchmark: 500-page PDF and a folder of 1,000 files through ImportJob.
# Usage: bench/import/run.sh [BUILD_DIR]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/bench/cb_import_bench"

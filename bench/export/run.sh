#!/usr/bin/env bash
# Export benchmark: a ~100-page two-model comparison written as PDF (sequential and side by
# side) and as Markdown, HTML and JSON; prints wall time per format. Target: PDF under 3 s.
# Usage: bench/export/run.sh [BUILD_DIR] [OUTPUT_DIR]   (OUTPUT_DIR keeps the files to look at)
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
QT_QPA_PLATFORM=offscreen "$build/bench/cb_export_bench" ${2:+"$2"}

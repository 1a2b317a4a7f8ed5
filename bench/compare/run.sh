#!/usr/bin/env bash
# Streaming Markdown benchmark: per-flush cost of MarkdownStreamView at 10 KB, 100 KB and 1 MB.
# Usage: bench/compare/run.sh [BUILD_DIR]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/bench/cb_compare_bench"

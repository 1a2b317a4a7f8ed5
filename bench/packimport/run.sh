#!/bin/sh
# Pack panel import of a 1,000-file folder: wall time, GUI-thread gaps, undo and filter times.
set -e
BUILD=${1:-build}
QT_QPA_PLATFORM=offscreen "$BUILD/bench/cb_packimport_bench" 1000

#!/bin/sh
# Preview responsiveness with a 10 MB pack: how long the GUI thread is ever blocked while the
# prompt is assembled, shown and counted, and while typing into the goal.
# usage: bench/preview/run.sh BUILD_DIR
set -eu
build=${1:?usage: run.sh BUILD_DIR}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" QT_QPA_PLATFORM=offscreen \
    "$build/bench/cb_bench_preview" "${MEGABYTES:-10}"

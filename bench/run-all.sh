#!/usr/bin/env bash
# Runs every benchmark script (bench/*/run.sh) against a build directory.
set -uo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
status=0
for script in "$here"/*/run.sh; do
    echo "== $(basename "$(dirname "$script")")"
    "$script" "$build" || status=1
done
exit $status

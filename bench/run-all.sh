#!/bin/sh
# Runs every benchmark (bench/*/run.sh) against a build directory; `make bench` calls this.
# usage: bench/run-all.sh BUILD_DIR
set -eu
build=${1:?usage: run-all.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
status=0
for script in "$here"/*/run.sh; do
    [ -x "$script" ] || continue
    echo "=== $(basename "$(dirname "$script")") ==="
    "$script" "$build" || status=$?
done
exit $status

#!/usr/bin/env bash
# Start-up benchmark: launch to first painted window, and resident memory once idle, with an
# empty history and with 1,000 runs in it. Needs Xvfb (installed by packaging/deps.sh).
# Usage: bench/startup/run.sh [BUILD_DIR] [REPEATS]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
repeats=${2:-5}
app="$build/app/contextbench"
seed="$build/bench/cb_bench_seed_history"

measure() { # $1 = data home; prints "ms rss_kb"
    local home=$1 t0 out
    mkdir -p "$home/runtime" && chmod 700 "$home/runtime"
    t0=$(date +%s%3N)
    out=$(HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/runtime" \
          CB_STARTUP_PROBE_T0=$t0 CB_STARTUP_PROBE_IDLE_MS=2000 timeout 30 "$app")
    echo "$(awk '/first-window-ms/{print $2}' <<<"$out") $(awk '/idle-rss-kb/{print $2}' <<<"$out")"
}

run_case() { # $1 = label, $2 = runs to seed
    local home; home=$(mktemp -d)
    mkdir -p "$home/data/ContextBench/contextbench"
    if [ "$2" -gt 0 ]; then
        "$seed" "$home/data/ContextBench/contextbench/history.sqlite" "$2" >/dev/null
    fi
    measure "$home" >/dev/null # first start writes the welcome pack flag and settings
    local times=() rss=()
    for _ in $(seq "$repeats"); do
        read -r ms kb < <(measure "$home")
        times+=("$ms"); rss+=("$kb")
    done
    local sorted median_ms median_kb
    sorted=$(printf '%s\n' "${times[@]}" | sort -n); median_ms=$(sed -n "$(( (repeats + 1) / 2 ))p" <<<"$sorted")
    sorted=$(printf '%s\n' "${rss[@]}" | sort -n); median_kb=$(sed -n "$(( (repeats + 1) / 2 ))p" <<<"$sorted")
    printf '%-26s first window %5s ms (runs: %s)   idle RSS %6.1f MB\n' "$1" "$median_ms" "${times[*]}" \
        "$(awk -v k="$median_kb" 'BEGIN{print k/1024}')"
    rm -rf "$home"
}

if [ -z "${DISPLAY:-}" ] && [ -z "${CB_IN_XVFB:-}" ]; then
    exec env CB_IN_XVFB=1 xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$build" "$repeats"
fi
echo "ContextBench start-up ($repeats launches each, median; targets: < 500 ms, < 120 MB)"
run_case "empty history" 0
run_case "1,000 runs in history" 1000

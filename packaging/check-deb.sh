#!/usr/bin/env bash
# Checks a built contextbench .deb without root or network: unpacks it into a scratch root
# (dpkg-deb -x), checks the executable ships without debug information, then starts the
# unpacked window offscreen under LANG=ko_KR.UTF-8 and expects a Korean window title.
# Usage: packaging/check-deb.sh build/contextbench_X_amd64.deb
set -euo pipefail

deb=${1:?usage: check-deb.sh PACKAGE.deb}
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

dpkg-deb -x "$deb" "$root/fs"
exe="$root/fs/usr/bin/contextbench"
[ -x "$exe" ] || { echo "check-deb: no usr/bin/contextbench in $deb" >&2; exit 1; }
if readelf -S "$exe" | grep -q '\.debug_info'; then
  echo "check-deb: usr/bin/contextbench still carries debug information" >&2
  exit 1
fi
echo "check-deb: $(basename "$deb") is $(du -k "$deb" | cut -f1) KiB, executable $(du -k "$exe" | cut -f1) KiB, stripped"

# A fresh user: empty settings, data and runtime dirs, so the Korean welcome pack opens.
mkdir -p "$root/config" "$root/data" "$root/cache" "$root/run"
chmod 700 "$root/run"
out=$(env -i PATH=/usr/bin:/bin HOME="$root" LANG=ko_KR.UTF-8 LANGUAGE= LC_ALL= \
  XDG_CONFIG_HOME="$root/config" XDG_DATA_HOME="$root/data" XDG_CACHE_HOME="$root/cache" \
  XDG_RUNTIME_DIR="$root/run" QT_QPA_PLATFORM=offscreen \
  CB_STARTUP_PROBE_T0="$(date +%s%3N)" CB_STARTUP_PROBE_IDLE_MS=500 \
  timeout 60 "$exe" 2>"$root/stderr") || {
  echo "check-deb: the unpacked app did not start and quit cleanly:" >&2
  cat "$root/stderr" >&2
  exit 1
}
title=$(sed -n 's/^window-title //p' <<<"$out")
echo "check-deb: window title under ko_KR: $title"
# Hangul syllables U+AC00-U+D7A3 in the title, e.g. the Korean welcome pack's name.
if ! LC_ALL=C.UTF-8 grep -qP '[\x{AC00}-\x{D7A3}]' <<<"$title"; then
  echo "check-deb: expected a Korean window title" >&2
  exit 1
fi
echo "check-deb: ok"

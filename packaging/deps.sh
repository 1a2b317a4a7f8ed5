#!/usr/bin/env bash
# Installs the Debian 12 packages ContextBench needs to build, test and run.
# Idempotent: installs only what is missing, says what it installs, uses sudo when not root.
# --fuzz: only the extra toolchain for `make fuzz` (clang with libFuzzer and the sanitizer
# runtimes), so `make test` never needs clang.
set -euo pipefail

PACKAGES=(
  # toolchain
  cmake ninja-build ccache g++ pkg-config make git
  # Qt 6 and the libraries the layers link
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-pdf-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev libvulkan-dev
  qtkeychain-qt6-dev libexpected-dev libzip-dev
  # translations: lrelease at build time, Qt's own Korean strings for standard dialogs
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  # tests, benchmarks, packaging checks
  libgtest-dev libgmock-dev libbenchmark-dev appstream desktop-file-utils dpkg-dev file
  # rating kits are tested in a real headless browser, driven over the DevTools protocol
  chromium qt6-websockets-dev
  # build step: derives the PDF report's CJK font from fonts-noto-cjk (cmake/CjkReportFont.cmake)
  python3-fonttools
  # GUI tests, screenshots and PDF checks
  xvfb xauth poppler-utils fonts-noto-core fonts-noto-mono fonts-noto-cjk fonts-noto-color-emoji fonts-dejavu-core
)

fuzz_packages() {
  PACKAGES=(clang-14 libclang-rt-14-dev)
}
if [ "${1:-}" = "--fuzz" ]; then fuzz_packages; fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "ContextBench: installing missing Debian packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

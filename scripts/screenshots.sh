#!/usr/bin/env bash
# Saves PNGs of every console view and editor, in English and Simplified Chinese, under docs/screenshots/.
# Needs a build with the console (scripts/dev.sh run or test builds one) and Xvfb (apt-get install xvfb).
#
#   bash scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${1:-$ROOT/build/release}"
cmake --build "$BUILD" --target qronos_screenshots -j2
tool="$BUILD/tests/ui/qronos_screenshots"

display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
for lang in en_US zh_CN; do
    out="$ROOT/docs/screenshots/${lang%_US}"
    mkdir -p "$out"
    DISPLAY="$display" LANG="$lang.UTF-8" TZ=Asia/Shanghai "$tool" "$out" "$lang"
done

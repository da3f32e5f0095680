#!/usr/bin/env bash
# Qronos developer entry point; the README's Quick start and CI call it.
#
#   scripts/dev.sh run     install what is missing, build, start the console (a node running the demo schedule)
#   scripts/dev.sh test    install what is missing, build, fuzz briefly, run every test
#   scripts/dev.sh deps    only install the Debian 12 packages
#   scripts/dev.sh fuzz [SECONDS]   build the libFuzzer targets with clang; fuzz the cron parser, then the Quartz XML reader
#
# Environment: QRONOS_BUILD_DIR (default build/<preset>), QRONOS_FUZZ_SECONDS (default 60 in `test`).
# `test` sets QRONOS_REQUIRE_SERVERS=1: the store tests start their own PostgreSQL and MariaDB
# (tests/support/storeservers.sh) and fail if either cannot run.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD

PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
    qt6-translations-l10n fonts-noto-cjk
    clang libclang-rt-14-dev
    tzdata
    # qronosctl node --metrics (Qt HttpServer; Debian's -dev package misses its WebSockets dependency)
    qt6-httpserver-dev qt6-websockets-dev
    # packaging: cpack -G DEB computes dependencies with dpkg-shlibdeps; the install test verifies the unit
    dpkg-dev file systemd
    # store tests: Qt drivers and the servers tests/support/ starts on a free port for each run
    libqt6sql6-psql libqt6sql6-mysql postgresql mariadb-server
    # database passwords in the OS keychain (QtKeychain loads libsecret at run time); tst_keychain runs a private
    # D-Bus session with a throw-away gnome-keyring (tests/support/withkeyring.sh)
    qtkeychain-qt6-dev libsecret-1-0 dbus gnome-keyring
    # Java Quartz database interop (issue 6 item 6): tst_quartzinterop compiles and runs a Java Quartz 2.3.2 node
    # (javac; Quartz, its SLF4J, the PostgreSQL and MariaDB JDBC drivers); tst_quartzdatabase uses Quartz's own DDL
    default-jdk-headless libquartz2-java libslf4j-java libpostgresql-jdbc-java libmariadb-java
)

sudo_if_needed() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "== installing: ${missing[*]}"
        sudo_if_needed apt-get update -q
        sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

build() {
    local preset=$1
    cmake --preset "$preset" -G Ninja
    cmake --build --preset "$preset"
}

fuzz() {
    local seconds=${1:-60}
    build fuzz
    local corpus
    corpus=$(mktemp -d)
    cp tests/fuzz/corpus/* "$corpus"/
    echo "== fuzzing the cron parser and evaluator for ${seconds}s"
    local log="$corpus.log" status=0
    mkdir -p "$ROOT/build/fuzz/artifacts"
    "$ROOT/build/fuzz/tests/fuzz/fuzz_cron" -max_total_time="$seconds" -timeout=10 -dict=tests/fuzz/cron.dict \
        -artifact_prefix="$ROOT/build/fuzz/artifacts/" -print_final_stats=1 "$corpus" >"$log" 2>&1 || status=$?
    grep -E '^(stat::|#[0-9]+ +DONE)' "$log" || true
    if [ "$status" -ne 0 ]; then
        tail -n 40 "$log" >&2
        echo "== fuzzing found a problem (exit $status); reproducer in build/fuzz/artifacts/" >&2
    fi
    # Quartz XML reader and writer (issue 6, Quartz XML part): a third of the time, at least 10 s
    if [ "$status" -eq 0 ]; then
        local xml_seconds=$((seconds / 3 > 10 ? seconds / 3 : 10)) xml_corpus
        xml_corpus=$(mktemp -d)
        cp tests/fuzz/corpus_quartzxml/* "$xml_corpus"/
        echo "== fuzzing the Quartz XML reader and writer for ${xml_seconds}s"
        "$ROOT/build/fuzz/tests/fuzz/fuzz_quartzxml" -max_total_time="$xml_seconds" -timeout=10 \
            -dict=tests/fuzz/quartzxml.dict -artifact_prefix="$ROOT/build/fuzz/artifacts/" -print_final_stats=1 \
            "$xml_corpus" >"$log" 2>&1 || status=$?
        grep -E '^(stat::|#[0-9]+ +DONE)' "$log" || true
        if [ "$status" -ne 0 ]; then
            tail -n 40 "$log" >&2
            echo "== fuzzing the Quartz XML reader found a problem (exit $status); reproducer in build/fuzz/artifacts/" >&2
        fi
        rm -rf "$xml_corpus"
    fi
    rm -rf "$corpus" "$log"
    if [ "$status" -ne 0 ]; then return "$status"; fi
    # the qronos/1 reader (issue 6 items 1 and 3: native JSON), ~20 s in `test`
    fuzz_target fuzz_schedulejson tests/fuzz/corpus_schedulejson tests/fuzz/schedulejson.dict \
        "$(( seconds < 20 ? seconds : 20 ))" "the qronos/1 JSON reader"
}

# fuzz_target TARGET SEEDS DICT SECONDS WHAT: fuzzes one more target of build/fuzz for SECONDS
fuzz_target() {
    local target=$1 seeds=$2 dict=$3 seconds=$4 what=$5
    local corpus status=0
    corpus=$(mktemp -d)
    cp "$seeds"/* "$corpus"/
    echo "== fuzzing $what for ${seconds}s"
    "$ROOT/build/fuzz/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -dict="$dict" -max_len=65536 \
        -artifact_prefix="$ROOT/build/fuzz/artifacts/" -print_final_stats=1 "$corpus" >"$corpus.log" 2>&1 || status=$?
    grep -E '^(stat::|#[0-9]+ +DONE)' "$corpus.log" || true
    if [ "$status" -ne 0 ]; then
        tail -n 40 "$corpus.log" >&2
        echo "== fuzzing $what found a problem (exit $status); reproducer in build/fuzz/artifacts/" >&2
    fi
    rm -rf "$corpus" "$corpus.log"
    return "$status"
}

# A headless node on the embedded SQLite store with the demo schedule, printing each execution; with a display
# the console starts too, and closing it stops the node. Without one, the node runs until Ctrl-C.
run_console() {
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "== no display: running the headless node only (Ctrl-C stops it)"
        exec "$ROOT/build/release/app/qronosctl" node --demo
    fi
    # The console opens the embedded SQLite store and is its node: it runs the demo schedule itself.
    exec "$ROOT/build/release/app/qronos"
}

case "${1:-}" in
    deps) deps ;;
    run)
        deps
        build release
        run_console
        ;;
    test)
        deps
        fuzz "${QRONOS_FUZZ_SECONDS:-60}"
        build ci
        # The store tests must really reach PostgreSQL and MariaDB here: a missing server fails, not skips.
        QRONOS_REQUIRE_SERVERS=1 ctest --preset ci -j2
        ;;
    fuzz)
        deps
        fuzz "${2:-60}"
        ;;
    *)
        sed -n '2,10p' "$0"
        exit 2
        ;;
esac

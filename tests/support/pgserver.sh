#!/usr/bin/env bash
# A throw-away PostgreSQL server for the store tests.
#
#   tests/support/pgserver.sh start DIR   initdb in DIR, start on a free 127.0.0.1 port, print the URL
#                                         (also written to DIR/url)
#   tests/support/pgserver.sh stop DIR    stop the server this script started (by its pid), remove DIR
#   tests/support/pgserver.sh pause DIR   fast shutdown of that server (sessions are ended), keeping DIR,
#                                         its data and its port: an outage
#   tests/support/pgserver.sh resume DIR  start the paused server again on the same port
#
# PostgreSQL refuses to run as root: as root the server runs as the postgres user (runuser -u postgres).
# Exit status 3: the server binaries are not installed (apt-get install postgresql).
set -euo pipefail

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { sed -n '2,12p' "$0" >&2; exit 2; }
# shellcheck source=serverlib.sh
source "$(dirname "$0")/serverlib.sh"

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

bindir() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
    if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
    return 1
}

# launch BIN WORK PORT: starts the server of WORK/data on 127.0.0.1:PORT and records its pid.
launch() {
    local bin=$1 work=$2 port=$3
    as_server_user "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $work -c fsync=off" start >/dev/null 2>&1 || return 1
    head -n 1 "$work/data/postmaster.pid" >"$dir/pid"
}

start() {
    local bin
    if ! bin=$(bindir); then
        echo "pgserver.sh: PostgreSQL server binaries not found; install them with: sudo apt-get install postgresql" >&2
        exit 3
    fi
    stop
    mkdir -p "$dir"
    # Data, logs and socket go to a short path under /tmp: the server user must reach it (a checkout under
    # /root would not be) and Unix socket paths are limited to about 100 characters.
    local work
    work=$(mktemp -d /tmp/qronos-pg.XXXXXX)
    echo "$work" >"$dir/work"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$work"; fi
    as_server_user "$bin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --no-locale >"$work/initdb.log" 2>&1 \
        || { cat "$work/initdb.log" >&2; exit 1; }
    # Opt-in for benchmarks: QRONOS_PG_STAT_STATEMENTS=1 loads pg_stat_statements (kept across pause and resume)
    # and installs it in the database, for statements per fire. Unset, nothing changes.
    if [ "${QRONOS_PG_STAT_STATEMENTS:-}" = 1 ]; then
        echo "shared_preload_libraries = 'pg_stat_statements'" >>"$work/data/postgresql.conf"
    fi
    local attempt port
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        port=$((20000 + RANDOM % 30000))
        port_is_free "$port" || continue
        if launch "$bin" "$work" "$port"; then
            echo "$port" >"$dir/port"
            as_server_user "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres qronos_test
            if [ "${QRONOS_PG_STAT_STATEMENTS:-}" = 1 ]; then
                as_server_user "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d qronos_test \
                    -c 'CREATE EXTENSION pg_stat_statements' >/dev/null
            fi
            echo "postgresql://postgres@127.0.0.1:$port/qronos_test" | tee "$dir/url"
            return 0
        fi
    done
    cat "$work/server.log" >&2 || true
    echo "pgserver.sh: could not start PostgreSQL" >&2
    exit 1
}

stop() {
    stop_server "$dir" postgres 100
}

pause() {
    # SIGINT is PostgreSQL's fast shutdown: open sessions are ended at once, as when a server goes away.
    pause_server "$dir" postgres INT 300
}

resume() {
    local bin work port
    [ -f "$dir/work" ] && [ -f "$dir/port" ] || { echo "pgserver.sh: no paused server in $dir" >&2; exit 1; }
    [ ! -f "$dir/pid" ] || { echo "pgserver.sh: the server in $dir is not paused" >&2; exit 1; }
    bin=$(bindir)
    work=$(cat "$dir/work")
    port=$(cat "$dir/port")
    if ! launch "$bin" "$work" "$port"; then
        tail -n 20 "$work/server.log" >&2 || true
        echo "pgserver.sh: could not start PostgreSQL again on port $port" >&2
        exit 1
    fi
}

case "$cmd" in
    start) start ;;
    stop) stop ;;
    pause) pause ;;
    resume) resume ;;
    *) sed -n '2,12p' "$0" >&2; exit 2 ;;
esac

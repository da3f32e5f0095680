#!/usr/bin/env bash
# A throw-away MariaDB server for the store tests.
#
#   tests/support/mariadbserver.sh start DIR   mariadb-install-db in DIR, start mariadbd on a free 127.0.0.1
#                                              port with its own socket, print the URL (also DIR/url)
#   tests/support/mariadbserver.sh stop DIR    stop the server this script started (by its pid), remove DIR
#   tests/support/mariadbserver.sh pause DIR   shut that server down (client connections are closed), keeping
#                                              DIR, its data and its port: an outage
#   tests/support/mariadbserver.sh resume DIR  start the paused server again on the same port
#
# As root the server runs as the mysql user. Exit status 3: the server binaries are not installed
# (apt-get install mariadb-server).
set -euo pipefail

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { sed -n '2,12p' "$0" >&2; exit 2; }
# shellcheck source=serverlib.sh
source "$(dirname "$0")/serverlib.sh"

server_user() {
    if [ "$(id -u)" -eq 0 ]; then echo mysql; else id -un; fi
}

server_binary() {
    command -v mariadbd || ls /usr/sbin/mariadbd 2>/dev/null || true
}

# launch SERVER WORK PORT USER: starts mariadbd on the data of WORK on 127.0.0.1:PORT in the background and
# records its pid.
launch() {
    local server=$1 work=$2 port=$3 user=$4
    "$server" --no-defaults --datadir="$work/data" --socket="$work/mysqld.sock" --port="$port" \
        --bind-address=127.0.0.1 --pid-file="$work/mysqld.pid" --user="$user" --skip-name-resolve --tmpdir="$work" \
        --log-error="$work/server.log" --innodb-buffer-pool-size=32M --innodb-flush-log-at-trx-commit=0 \
        >/dev/null 2>&1 &
    echo "$!" >"$dir/pid"
}

start() {
    local server installer client
    server=$(server_binary)
    installer=$(command -v mariadb-install-db || true)
    client=$(command -v mariadb || true)
    if [ -z "$server" ] || [ -z "$installer" ] || [ -z "$client" ]; then
        echo "mariadbserver.sh: MariaDB server binaries not found; install them with: sudo apt-get install mariadb-server" >&2
        exit 3
    fi
    stop
    mkdir -p "$dir"
    # Data, logs and socket go to a short path under /tmp: the server user must reach it (a checkout under
    # /root would not be) and Unix socket paths are limited to about 100 characters.
    local work
    work=$(mktemp -d /tmp/qronos-mariadb.XXXXXX)
    echo "$work" >"$dir/work"
    local user
    user=$(server_user)
    if [ "$(id -u)" -eq 0 ]; then chown "$user": "$work"; fi
    # Its own temporary folder, as the server gets below: the bootstrap's temporary tables never meet those of
    # another server being installed at the same time (CTest starts several fixtures at once).
    "$installer" --no-defaults --datadir="$work/data" --user="$user" --auth-root-authentication-method=normal \
        --skip-test-db --tmpdir="$work" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; exit 1; }
    local attempt port i pid
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        port=$((20000 + RANDOM % 30000))
        port_is_free "$port" || continue
        launch "$server" "$work" "$port" "$user"
        pid=$(cat "$dir/pid")
        for i in $(seq 1 300); do
            kill -0 "$pid" 2>/dev/null || break
            if "$client" --no-defaults --socket="$work/mysqld.sock" -uroot -e 'SELECT 1' >/dev/null 2>&1; then
                "$client" --no-defaults --socket="$work/mysqld.sock" -uroot -e "
                    CREATE DATABASE qronos_test CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
                    CREATE USER 'qronos'@'127.0.0.1' IDENTIFIED BY 'qronos';
                    GRANT ALL ON qronos_test.* TO 'qronos'@'127.0.0.1' WITH GRANT OPTION;
                    GRANT CREATE USER ON *.* TO 'qronos'@'127.0.0.1';"
                echo "$port" >"$dir/port"
                echo "mysql://qronos:qronos@127.0.0.1:$port/qronos_test" | tee "$dir/url"
                return 0
            fi
            sleep 0.1
        done
        kill -TERM "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    cat "$work/server.log" >&2 || true
    echo "mariadbserver.sh: could not start MariaDB" >&2
    exit 1
}

stop() {
    stop_server "$dir" mariadbd 300
}

pause() {
    # SIGTERM is mariadbd's normal shutdown: client connections are closed, as when a server goes away.
    pause_server "$dir" mariadbd TERM 600
}

resume() {
    local server work port pid i
    [ -f "$dir/work" ] && [ -f "$dir/port" ] || { echo "mariadbserver.sh: no paused server in $dir" >&2; exit 1; }
    [ ! -f "$dir/pid" ] || { echo "mariadbserver.sh: the server in $dir is not paused" >&2; exit 1; }
    server=$(server_binary)
    work=$(cat "$dir/work")
    port=$(cat "$dir/port")
    launch "$server" "$work" "$port" "$(server_user)"
    pid=$(cat "$dir/pid")
    for i in $(seq 1 300); do
        process_alive "$pid" || break
        if mariadb --no-defaults --socket="$work/mysqld.sock" -uroot -e 'SELECT 1' >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.1
    done
    tail -n 20 "$work/server.log" >&2 || true
    echo "mariadbserver.sh: could not start MariaDB again on port $port" >&2
    exit 1
}

case "$cmd" in
    start) start ;;
    stop) stop ;;
    pause) pause ;;
    resume) resume ;;
    *) sed -n '2,12p' "$0" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# CTest fixture for the store tests: starts (or stops) a throw-away PostgreSQL and MariaDB server.
#
#   tests/support/storeservers.sh start DIR   DIR/pg/url and DIR/mysql/url name the running servers
#   tests/support/storeservers.sh stop DIR    stops both (by the pids their scripts recorded)
#
# With QRONOS_REQUIRE_SERVERS=1 (set by scripts/dev.sh test, i.e. CI) a missing server is an error;
# otherwise it is reported with the command that installs it and the store tests run on SQLite only.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { sed -n '2,9p' "$0" >&2; exit 2; }

status=0
case "$cmd" in
    start)
        mkdir -p "$dir"
        for server in pg:pgserver.sh mysql:mariadbserver.sh; do
            name=${server%%:*}
            script=${server##*:}
            bash "$here/$script" start "$dir/$name" >/dev/null
            rc=$?
            if [ "$rc" -eq 3 ] && [ "${QRONOS_REQUIRE_SERVERS:-0}" != 1 ]; then
                echo "storeservers.sh: skipping $name: the store tests will run without it" \
                     "(sudo apt-get install postgresql mariadb-server to test against both)" >&2
            elif [ "$rc" -ne 0 ]; then
                echo "storeservers.sh: $script failed (exit $rc)" >&2
                status=1
            else
                echo "$name: $(cat "$dir/$name/url")"
            fi
        done
        if [ "$status" -ne 0 ]; then
            bash "$here/pgserver.sh" stop "$dir/pg"
            bash "$here/mariadbserver.sh" stop "$dir/mysql"
        fi
        ;;
    stop)
        bash "$here/pgserver.sh" stop "$dir/pg" || status=1
        bash "$here/mariadbserver.sh" stop "$dir/mysql" || status=1
        ;;
    *) sed -n '2,9p' "$0" >&2; exit 2 ;;
esac
exit "$status"

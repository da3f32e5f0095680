#!/usr/bin/env bash
# Speed and memory of the exchange commands on a big store: a throw-away PostgreSQL 15 seeded by bench_console
# (100,000 cron triggers of 1,000 jobs, 1,000,000 history rows), then, each under /usr/bin/time:
#   export-history (CSV and JSON Lines), export (qronos/1 JSON), import --dry-run back into the same store,
#   import into an empty SQLite store, diff of the two, forecast of a day.
# Prints one line per command: wall time, max RSS, output size.
#
#   bash tests/bench/bench_exchange.sh BUILD_DIR [WORK_DIR]
#
# The server is started in WORK_DIR/pg (default: a temporary folder) and stopped, by its pid, at the end.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="${1:?usage: bench_exchange.sh BUILD_DIR [WORK_DIR]}"
WORK="${2:-$(mktemp -d /tmp/qronos-bench-exchange.XXXXXX)}"
ctl="$BUILD/app/qronosctl"
seeder="$BUILD/tests/bench/bench_console"
[ -x "$ctl" ] && [ -x "$seeder" ] || { echo "build qronosctl and bench_console in $BUILD first" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

mkdir -p "$WORK"
pg="$WORK/pg"
url=$(bash "$ROOT/tests/support/pgserver.sh" start "$pg")
trap 'bash "$ROOT/tests/support/pgserver.sh" stop "$pg" >/dev/null 2>&1 || true' EXIT
QT_QPA_PLATFORM=offscreen "$seeder" --db "$url" --seed --triggers 100000 --history 1000000 | grep seeded

# measure NAME COMMAND...: runs it, prints wall seconds, max RSS and the size of $out (when set).
measure() {
    local name=$1; shift
    local stats="$WORK/time.txt"
    /usr/bin/time -f '%e %M' -o "$stats" "$@" >"$WORK/stdout.txt" 2>"$WORK/stderr.txt" || {
        local code=$?
        # diff exits 1 when the stores differ: not a failure here.
        if [ "$name" != diff ] || [ "$code" -ne 1 ]; then
            echo "$name failed ($code):" >&2; cat "$WORK/stderr.txt" >&2; exit 1
        fi
    }
    read -r seconds kb <"$stats"
    local size=""
    [ -n "${out:-}" ] && [ -f "$out" ] && size=$(stat -c %s "$out")
    awk -v n="$name" -v s="$seconds" -v kb="$kb" -v size="$size" 'BEGIN {
        printf "%-28s %8.2f s %8.1f MB max RSS", n, s, kb / 1024
        if (size != "") printf "  %8.1f MB written", size / 1048576
        printf "\n" }'
    out=""
}

out="$WORK/history.csv";   measure "export-history csv" "$ctl" --db "$url" export-history --format csv --out "$out"
out="$WORK/history.jsonl"; measure "export-history jsonl" "$ctl" --db "$url" export-history --format jsonl --out "$out"
echo "history rows: $(($(wc -l <"$WORK/history.csv") - 1))"
out="$WORK/schedule.json"; measure "export json" "$ctl" --db "$url" export --out "$out"
out="$WORK/schedule.xml";  measure "export quartz-xml" "$ctl" --db "$url" export --out "$out"
measure "import --dry-run (same)" "$ctl" --db "$url" import --dry-run "$WORK/schedule.json"
tail -n 2 "$WORK/stdout.txt"
measure "import into empty sqlite" "$ctl" --db "sqlite://$WORK/copy.db" import "$WORK/schedule.json"
tail -n 1 "$WORK/stdout.txt"
measure "diff postgresql sqlite" "$ctl" diff --db "$url" --db "sqlite://$WORK/copy.db"
tail -n 1 "$WORK/stdout.txt"
out="$WORK/day.csv"; measure "forecast csv, one day" "$ctl" --db "$url" forecast --from 2026-12-01T00:00:00Z \
    --to 2026-12-02T00:00:00Z --max-fires 0 --out "$out"
echo "forecast rows: $(($(wc -l <"$WORK/day.csv") - 1))"

# Shared by pgserver.sh and mariadbserver.sh (sourced, not run).

# True when nothing listens on 127.0.0.1:PORT.
port_is_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# True while PID is a live process (a zombie, dead but not yet reaped by its new parent, counts as ended).
process_alive() {
    local state
    kill -0 "$1" 2>/dev/null || return 1
    state=$(sed -n 's/^State:[[:space:]]*\([A-Z]\).*/\1/p' "/proc/$1/status" 2>/dev/null || true)
    [ "$state" != Z ]
}

# pause_server DIR PROCESS_NAME SIGNAL WAIT_TENTHS: ends the server whose pid DIR/pid records with SIGNAL (its
# shutdown that ends client sessions), but only while that pid is still a PROCESS_NAME process, and waits up to
# WAIT_TENTHS tenths of a second for it to end; keeps DIR and the data. Forgets the pid, so that a later stop
# never signals whatever process gets that number next. Fails when the server did not end in time.
pause_server() {
    local dir=$1 name=$2 signal=$3 tenths=$4 pid i
    [ -f "$dir/pid" ] || { echo "$(basename "$0"): no server recorded in $dir" >&2; return 1; }
    pid=$(cat "$dir/pid")
    if process_alive "$pid" && [[ "$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" == *"$name"* ]]; then
        kill "-$signal" "$pid" 2>/dev/null || true
        for i in $(seq 1 "$tenths"); do process_alive "$pid" || break; sleep 0.1; done
        if process_alive "$pid"; then
            echo "$(basename "$0"): the server (pid $pid) did not stop within $((tenths / 10)) s" >&2
            return 1
        fi
    fi
    rm -f "$dir/pid"
}

# stop_server DIR PROCESS_NAME WAIT_TENTHS: stops the server whose pid DIR/pid records, but only while
# that pid is still a PROCESS_NAME process (never someone else's), waiting up to WAIT_TENTHS tenths of
# a second before SIGKILL; then removes DIR and the work folder DIR/work names.
stop_server() {
    local dir=$1 name=$2 tenths=$3 pid i
    [ -d "$dir" ] || return 0
    if [ -f "$dir/pid" ]; then
        pid=$(cat "$dir/pid")
        if kill -0 "$pid" 2>/dev/null && [[ "$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" == *"$name"* ]]; then
            kill -TERM "$pid" 2>/dev/null || true
            for i in $(seq 1 "$tenths"); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    if [ -f "$dir/work" ]; then rm -rf "$(cat "$dir/work")"; fi
    rm -rf "$dir"
}

# Shared by pgserver.sh and mariadbserver.sh (sourced, not run).

# True when nothing listens on 127.0.0.1:PORT.
port_is_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# stop_server DIR PROCESS_NAME WAIT_TENTHS: stops the server whose pid DIR/pid records, but only while
# that pid is still a PROCESS_NAME process (never someone else's), waiting up to WAIT_TENTHS tenths of
# a second before SIGKILL; then removes DIR and the work folder DIR/work names.
stop_server() {
    local dir=$1 name=$2 tenths=$3 pid i
    [ -d "$dir" ] || return 0
    if [ -f "$dir/pid" ]; then
        pid=$(cat "$dir/pid")
        if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$name"; then
            kill -TERM "$pid" 2>/dev/null || true
            for i in $(seq 1 "$tenths"); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    if [ -f "$dir/work" ]; then rm -rf "$(cat "$dir/work")"; fi
    rm -rf "$dir"
}

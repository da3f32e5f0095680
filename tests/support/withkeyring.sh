#!/usr/bin/env bash
# Runs a command against a real, private Secret Service: a D-Bus session of its own (dbus-run-session) with a
# throw-away gnome-keyring-daemon whose login keyring is created and unlocked with a password given on stdin.
# HOME and the XDG folders point into a temporary folder, so the user's own keyring is never touched.
#
#   tests/support/withkeyring.sh COMMAND [ARGS...]
#
# The daemon is stopped by its pid and the folder removed when COMMAND ends; the exit status is COMMAND's.
# When dbus-run-session, gnome-keyring-daemon or libsecret is missing, COMMAND still runs, with
# QRONOS_TEST_KEYRING_MISSING set to the command that installs them: the test decides to skip or to fail.
set -uo pipefail

[ $# -gt 0 ] || { sed -n '2,11p' "$0" >&2; exit 2; }

if [ -z "${QRONOS_KEYRING_SESSION:-}" ]; then
    missing=()
    command -v dbus-run-session >/dev/null 2>&1 || missing+=(dbus)
    command -v dbus-send >/dev/null 2>&1 || missing+=(dbus-bin)
    command -v gnome-keyring-daemon >/dev/null 2>&1 || missing+=(gnome-keyring)
    # QtKeychain loads libsecret at run time. The library list is read whole before it is searched: piped into
    # `grep -q`, which stops reading at the first match, a long list kills ldconfig with SIGPIPE, and under
    # pipefail that reads as "not installed".
    libraries=$(/sbin/ldconfig -p 2>/dev/null || ldconfig -p 2>/dev/null)
    if ! grep -q 'libsecret-1\.so\.0' <<<"$libraries"; then
        missing+=(libsecret-1-0)
    fi
    if [ ${#missing[@]} -gt 0 ]; then
        export QRONOS_TEST_KEYRING_MISSING="sudo apt-get install ${missing[*]}"
        exec "$@"
    fi
    export QRONOS_KEYRING_SESSION=1
    exec dbus-run-session -- bash "$0" "$@"
fi

# Inside the private session bus.
work=$(mktemp -d /tmp/qronos-keyring.XXXXXX)
export HOME="$work/home"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# No desktop: QtKeychain then picks the Secret Service (libsecret), not KWallet.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID

printf '%s' "qronos-test-keyring" | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$work/daemon.log" 2>&1 &
daemon=$!

cleanup() {
    if kill -0 "$daemon" 2>/dev/null; then
        kill -TERM "$daemon" 2>/dev/null
        for _ in $(seq 1 50); do kill -0 "$daemon" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$daemon" 2>/dev/null || true
    fi
    wait "$daemon" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

ready=
for _ in $(seq 1 100); do
    if ! kill -0 "$daemon" 2>/dev/null; then break; fi
    owner=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null)
    if grep -q 'boolean true' <<<"$owner"; then
        ready=1
        break
    fi
    sleep 0.1
done
if [ -z "$ready" ]; then
    echo "withkeyring.sh: gnome-keyring-daemon did not provide the Secret Service:" >&2
    cat "$work/daemon.log" >&2
    exit 1
fi

export QRONOS_TEST_KEYRING=1
status=0
"$@" || status=$?
exit "$status"

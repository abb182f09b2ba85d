#!/bin/sh
# Runs a test program inside a private D-Bus session with an unlocked GNOME Keyring (Secret Service)
# and a throwaway HOME, so that keychain tests work headless and never touch the user's own keyring.
#   tests/run-with-keyring.sh TEST-BINARY [ARGS...]
# Needs dbus (dbus-run-session) and gnome-keyring. Exits with the test's status.
set -eu

if [ "$#" -lt 1 ]; then
    echo "usage: $0 TEST-BINARY [ARGS...]" >&2
    exit 2
fi

if [ -z "${RELAIS_KEYRING_INNER:-}" ]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "$0: $tool not found (install dbus and gnome-keyring)" >&2
            exit 2
        fi
    done
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/relais-keyring.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT INT TERM
    mkdir -p "$tmp/home" "$tmp/run"
    chmod 700 "$tmp/run"
    status=0
    HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/home/.local/share" \
        XDG_CONFIG_HOME="$tmp/home/.config" XDG_CACHE_HOME="$tmp/home/.cache" \
        RELAIS_KEYRING_INNER=1 dbus-run-session -- "$0" "$@" || status=$?
    exit "$status"
fi

# Inside the private session bus: start the keyring's Secret Service, unlocked with a throwaway password
# (it creates the login keyring on first use), and export what the daemon prints (GNOME_KEYRING_CONTROL=...).
daemon_env=$(printf '%s' pw | gnome-keyring-daemon --unlock --components=secrets)
for assignment in $daemon_env; do
    case "$assignment" in
        *=*) export "$assignment" ;;
    esac
done

# The daemon outlives the session bus when it is still starting up as the bus closes: stop it when the test
# is done, by the process id that owns the Secret Service name on this private bus (never by name).
daemon_pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
    awk '{print $NF}') || daemon_pid=
status=0
"$@" || status=$?
case "$daemon_pid" in
    ''|*[!0-9]*) ;;
    *) kill "$daemon_pid" 2>/dev/null || true ;;
esac
exit "$status"

#!/bin/sh
# Runs a test inside a D-Bus session of its own with an unlocked gnome-keyring (the Secret
# Service), in a throw-away HOME. The keyring runs in the foreground as a child of this script,
# so it is stopped by its pid when the test ends, whatever the test did.
set -eu
home=$(mktemp -d /tmp/sagascope-keyring.XXXXXX)
trap 'rm -rf "$home"' EXIT
export HOME="$home"
export XDG_DATA_HOME="$home/.local/share"
dbus-run-session -- sh -c '
    printf sagascope-test | gnome-keyring-daemon --foreground --unlock --components=secrets >"$HOME/keyring.env" &
    keyring=$!
    # Ready once it has printed where its control socket is.
    for _ in $(seq 1 100); do
        [ -s "$HOME/keyring.env" ] && break
        sleep 0.1
    done
    status=0
    "$@" || status=$?
    kill "$keyring" 2>/dev/null || true
    wait "$keyring" 2>/dev/null || true
    exit $status' keyring "$@"

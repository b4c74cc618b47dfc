#!/bin/sh
# Runs a test inside a D-Bus session of its own with an unlocked gnome-keyring (the Secret
# Service), in a throw-away HOME; dbus-run-session stops the bus and the keyring with the test.
set -eu
home=$(mktemp -d /tmp/sagascope-keyring.XXXXXX)
trap 'rm -rf "$home"' EXIT
export HOME="$home"
export XDG_DATA_HOME="$home/.local/share"
dbus-run-session -- sh -c 'eval "$(printf sagascope-test | gnome-keyring-daemon --unlock --components=secrets)"; "$@"' keyring "$@"

#!/usr/bin/env bash
# Sets up and runs the inspector: installs what is missing, builds (Release) and opens SagaScope.
# With no store configured it opens the embedded default store in the user data folder, which
# is created with the demo data set on first run. Arguments are passed to `sagascope`
# (e.g. --store postgresql://user@host/db, --stream ID).
# Without a display it says so and writes a screenshot of the main window to a PNG it names.
# Without $SAGASCOPE_NATS or --nats it starts a local nats-server for the signal features.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bash scripts/deps.sh

build="$root/build/release"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target sagascope sagascope-cli

app="$build/app/sagascope"

# With no NATS configured, a nats-server of our own (loopback, JetStream in a temporary folder)
# serves the Signals tab and the Send signal dialog; it is stopped by its pid when the app exits.
nats_pid=""
nats_dir=""
stop_local_nats() {
    if [ -n "$nats_pid" ] && kill -0 "$nats_pid" 2>/dev/null; then
        kill "$nats_pid" 2>/dev/null || true
        wait "$nats_pid" 2>/dev/null || true
    fi
    if [ -n "$nats_dir" ]; then
        rm -rf "$nats_dir"
    fi
}
nats_given=0
for arg in "$@"; do
    case "$arg" in --nats | --nats=*) nats_given=1 ;; esac
done
if [ -z "${SAGASCOPE_NATS:-}" ] && [ "$nats_given" = 0 ] && command -v nats-server >/dev/null; then
    source scripts/services.sh
    nats_dir=$(mktemp -d /tmp/sagascope-nats.XXXXXX)
    nats_port=$(services_free_port)
    trap stop_local_nats EXIT
    # A signal ends the script through exit, so the EXIT trap stops the servers too.
    trap 'exit 129' HUP
    trap 'exit 130' INT
    trap 'exit 143' TERM
    nats-server -a 127.0.0.1 -p "$nats_port" -js -sd "$nats_dir/js" >"$nats_dir/nats.log" 2>&1 &
    nats_pid=$!
    for _ in $(seq 1 50); do
        grep -q "Server is ready" "$nats_dir/nats.log" 2>/dev/null && break
        sleep 0.1
    done
    if kill -0 "$nats_pid" 2>/dev/null; then
        export SAGASCOPE_NATS="nats://127.0.0.1:$nats_port"
        echo "Started a local nats-server for signals at $SAGASCOPE_NATS (stopped when SagaScope exits)."
    else
        echo "Could not start a local nats-server (see below); signals stay unavailable." >&2
        cat "$nats_dir/nats.log" >&2 || true
        nats_pid=""
    fi
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    shot="${SAGASCOPE_SCREENSHOT:-$root/sagascope-screenshot.png}"
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): running offscreen."
    if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
        XDG_RUNTIME_DIR=$(mktemp -d /tmp/sagascope-runtime.XXXXXX)
        export XDG_RUNTIME_DIR
    fi
    QT_QPA_PLATFORM=offscreen "$app" --screenshot "$shot" "$@"
    echo "Wrote a screenshot of the main window to $shot"
else
    # Not exec: the local nats-server is stopped after the app exits.
    "$app" "$@"
fi

#!/usr/bin/env bash
# Sets up and runs the inspector: installs what is missing, builds (Release) and opens SagaScope.
# With no store configured it opens the embedded default store in the user data folder, which
# is created with the demo data set on first run. Arguments are passed to `sagascope`
# (e.g. --store postgresql://user@host/db, --stream ID).
# Without a display it says so and writes a screenshot of the main window to a PNG it names.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bash scripts/deps.sh

build="$root/build/release"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target sagascope sagascope-cli

app="$build/app/sagascope"
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
    exec "$app" "$@"
fi

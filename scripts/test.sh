#!/usr/bin/env bash
# Sets up and passes the tests: installs what is missing, builds, starts PostgreSQL and a
# JetStream nats-server on loopback in temporary folders, runs ctest, stops both whatever
# happened. Exits non-zero on any failure.
#   SAGASCOPE_SANITIZE=1  also build and run the unit tests under ASan+UBSan
#   SAGASCOPE_WERROR=1    warnings are errors (CI)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bash scripts/deps.sh

jobs=$(nproc)
build="$root/build/test"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSAGASCOPE_WERROR="${SAGASCOPE_WERROR:-OFF}" >/dev/null
cmake --build "$build" -j "$jobs"

source scripts/services.sh
services_init
trap services_stop_all EXIT
# A signal ends the script through exit, so the EXIT trap stops the servers too.
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
services_start_postgres
services_start_pg_replica
services_start_pg_restartable
services_start_nats

export XDG_RUNTIME_DIR="$SERVICES_ROOT/xdg"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export HOME_FOR_TESTS="$SERVICES_ROOT/home"
mkdir -p "$HOME_FOR_TESTS"

status=0
(cd "$build" && HOME="$HOME_FOR_TESTS" ctest --output-on-failure -j "$jobs" --timeout 900) || status=$?

if [ "${SAGASCOPE_SANITIZE:-0}" = "1" ]; then
    asan="$root/build/asan"
    cmake -S . -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSAGASCOPE_SANITIZE=ON -DSAGASCOPE_BUILD_GUI=OFF >/dev/null
    cmake --build "$asan" -j "$jobs"
    # Every suite of the engine, the CLI and the models under the sanitizers (same services).
    (cd "$asan" && HOME="$HOME_FOR_TESTS" ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --output-on-failure -j "$jobs" --timeout 900) || status=$?
fi
exit $status

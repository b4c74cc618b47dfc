#!/usr/bin/env bash
# Installs the Debian packages SagaScope needs to build, test and run (Debian 12).
# Sourced or run by scripts/run.sh and scripts/test.sh; does nothing when all are present.
set -euo pipefail

SAGASCOPE_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus
    libpq-dev libnats-dev
    postgresql nats-server
    xvfb xauth x11-utils imagemagick fonts-dejavu-core
)

missing=()
for p in "${SAGASCOPE_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

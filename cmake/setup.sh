#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run.sh and test.sh: installs the Debian/Ubuntu packages Kontor needs when they are missing,
# then configures and builds into build/<preset>.
set -euo pipefail

KONTOR_PACKAGES=(cmake ninja-build g++ git clang-format dpkg-dev file desktop-file-utils appstream qt6-base-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev
    qt6-tools-dev-tools libicu-dev libphonenumber-dev libsqlite3-dev qt6-l10n-tools qt6-svg-dev libgl-dev xvfb xauth)

# kontor_install_packages [extra packages...]
kontor_install_packages() {
    local missing=()
    for package in "${KONTOR_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "Missing packages: ${missing[*]}. This script installs them on Debian or Ubuntu only;" >&2
        echo "see the README for Fedora, Arch, macOS and Windows." >&2
        exit 1
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# kontor_build FOLDER BUILD_TYPE [extra cmake arguments...]: builds into build/FOLDER
kontor_build() {
    local folder=$1
    local type=$2
    shift 2
    local root
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    local jobs
    jobs=$(nproc 2>/dev/null || echo 2)
    cmake -S "$root" -B "$root/build/$folder" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
    cmake --build "$root/build/$folder" --parallel "$jobs"
}

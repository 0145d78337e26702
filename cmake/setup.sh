#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run.sh and test.sh: installs the Debian/Ubuntu packages Kontor needs when they are missing,
# then configures and builds into build/<preset>.
set -euo pipefail

# One entry per need. "a|b": the first of the names that apt knows is installed, so that one list serves Debian 12,
# Debian 13 and Ubuntu, whose package names differ.
KONTOR_PACKAGES=(cmake ninja-build g++ git clang-format dpkg-dev file desktop-file-utils appstream qt6-base-dev
    qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools libicu-dev libphonenumber-dev libsqlite3-dev
    qt6-l10n-tools qt6-svg-dev libgl-dev xvfb xauth
    # Qt Charts' CMake config needs Qt6OpenGL: on Debian 12 a package that qt6-base-dev only recommends, on
    # Debian 13 part of qt6-base-dev.
    "libqt6opengl6-dev|qt6-base-dev"
    # QSystemLocale, for Latin digits in Persian or Bengali (core/LatinDigits.cpp): in Qt's private headers.
    qt6-base-private-dev
    # Qt's own buttons and dialogs in Persian (Kontor ships Bengali, Amharic and Esperanto itself), and fonts that
    # draw Persian, Bengali and Ethiopic well at list size (Vazirmatn for Persian where the release has it). The
    # tests use them too: a table's width depends on the fonts.
    qt6-translations-l10n fonts-noto-core "fonts-vazirmatn|fonts-noto-core")

kontor_package_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# A real package with a version to install (a name only provided by another package has none).
kontor_package_known() {
    local candidate
    candidate=$(apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: //p')
    [ -n "$candidate" ] && [ "$candidate" != "(none)" ]
}

# kontor_missing_packages ENTRY...: prints the packages to install, one a line; fails when apt knows none of the
# names of an entry (apt's lists are missing or old: run apt-get update and ask again).
kontor_missing_packages() {
    local entry name chosen unknown=0
    local names=()
    for entry in "$@"; do
        IFS='|' read -ra names <<<"$entry"
        kontor_package_installed "${names[0]}" && continue
        chosen=
        for name in "${names[@]}"; do
            if kontor_package_known "$name"; then
                chosen=$name
                break
            fi
        done
        if [ -z "$chosen" ]; then
            unknown=1
        elif ! kontor_package_installed "$chosen"; then
            echo "$chosen"
        fi
    done
    return $unknown
}

# kontor_install_packages [extra entries...]
kontor_install_packages() {
    local entries=("${KONTOR_PACKAGES[@]}" "$@")
    local missing=()
    local known=true
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        echo "This script installs Kontor's packages on Debian or Ubuntu only; see the README for Fedora, Arch," >&2
        echo "macOS and Windows." >&2
        exit 1
    fi
    mapfile -t missing < <(kontor_missing_packages "${entries[@]}" || echo "?")
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    # Once each: two entries may fall back on the same package (Vazirmatn's fallback is Noto on Debian 12).
    mapfile -t missing < <({ kontor_missing_packages "${entries[@]}" || echo "?"; } | awk '!seen[$0]++')
    if [ ${#missing[@]} -gt 0 ] && [ "${missing[-1]}" = "?" ]; then
        unset 'missing[-1]'
        known=false
    fi
    if [ "$known" = false ]; then
        local entry
        for entry in "${entries[@]}"; do
            kontor_missing_packages "$entry" >/dev/null || echo "No package of these names is known to apt: ${entry//|/, }" >&2
        done
        exit 1
    fi
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
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

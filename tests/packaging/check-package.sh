#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from a build folder and checks that it installs both binaries, the .desktop file, the icon and
# the AppStream metadata, and that those files validate where the validators are installed.
set -euo pipefail
build=$1
source_dir=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/kontor ./usr/bin/kontor-cli ./usr/share/applications/kontor.desktop \
    ./usr/share/icons/hicolor/scalable/apps/kontor.svg ./usr/share/metainfo/kontor.metainfo.xml \
    ./usr/share/doc/kontor/copyright ./usr/share/doc/kontor/changelog.gz; do
    if ! grep -q " $path\$" <<<"$contents"; then
        echo "missing from the package: $path" >&2
        exit 1
    fi
done
# The description is one paragraph: a CMake list joined by CPack would show as "history of ;every call".
if dpkg-deb -f "$deb" Description | grep -q ';'; then
    echo "the package's description has a stray ';':" >&2
    dpkg-deb -f "$deb" Description >&2
    exit 1
fi
dpkg-deb -f "$deb" Recommends | grep -q qt6-translations-l10n || { echo "the package does not recommend Qt's translations" >&2; exit 1; }
dpkg-deb -f "$deb" Depends | grep -q libqt6sql6-sqlite || { echo "the package does not depend on the SQLite driver" >&2; exit 1; }
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$source_dir/resources/kontor.desktop"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$source_dir/resources/kontor.metainfo.xml" >/dev/null
fi
# Debian's own checker: no errors (warnings, such as the missing manual pages, are reported but allowed).
if command -v lintian >/dev/null; then
    report=$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v 'running with root privileges' || true)
    [ -z "$report" ] || echo "$report"
    if grep -q '^E: ' <<<"$report"; then
        echo "lintian reports errors" >&2
        exit 1
    fi
fi
echo "package ok: $(basename "$deb")"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from a build folder and checks that it installs both binaries, the .desktop file, the icon and
# the AppStream metadata with its screenshots under the app id, and that those files validate where the validators are
# installed.
set -euo pipefail
build=$1
source_dir=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb")
app_id=$(sed -n 's/^set(KONTOR_APP_ID "\(.*\)")$/\1/p' "$source_dir/CMakeLists.txt")
# Reverse DNS of a real domain: at least three parts, and not a placeholder.
if ! [[ $app_id =~ ^[a-z]+\.[A-Za-z0-9_]+\.[A-Za-z0-9_.]+$ ]] || [[ $app_id =~ (invalid|example) ]]; then
    echo "the app id is not a reverse-DNS name of a real domain: '$app_id'" >&2
    exit 1
fi
for path in ./usr/bin/kontor ./usr/bin/kontor-cli ./usr/share/applications/$app_id.desktop \
    ./usr/share/icons/hicolor/scalable/apps/$app_id.svg ./usr/share/metainfo/$app_id.metainfo.xml \
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
dpkg-deb -x "$deb" "$out/root"
metainfo=$out/root/usr/share/metainfo/$app_id.metainfo.xml
grep -q "<id>$app_id</id>" "$metainfo" || { echo "the AppStream id is not $app_id" >&2; exit 1; }
grep -q "^Icon=$app_id\$" "$out/root/usr/share/applications/$app_id.desktop" ||
    { echo "the .desktop file does not name the icon $app_id" >&2; exit 1; }
grep -q "invalid\|example" "$metainfo" && { echo "the AppStream metadata has a placeholder address" >&2; exit 1; }
# Every screenshot the metadata lists is shipped in the package, and is a PNG.
screenshots=$(sed -n 's|.*<image>.*/\([^/]*\.png\)</image>.*|\1|p' "$metainfo")
[ -n "$screenshots" ] || { echo "the AppStream metadata lists no screenshots" >&2; exit 1; }
for name in $screenshots; do
    file "$out/root/usr/share/kontor/screenshots/$name" | grep -q 'PNG image' ||
        { echo "screenshot $name is not shipped in the package" >&2; exit 1; }
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$out/root/usr/share/applications/$app_id.desktop"
fi
if command -v appstreamcli >/dev/null; then
    # Errors and warnings fail, and so does the information that the id is not reverse DNS; other information
    # differs between AppStream 0.16 (Debian 12) and 1.0 (Debian 13) and is allowed.
    report=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1) ||
        { echo "$report" >&2; exit 1; }
    if grep -q '^[EW]: \|cid-maybe-not-rdns' <<<"$report"; then
        echo "$report" >&2
        exit 1
    fi
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

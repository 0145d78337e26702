#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A picture of every page and main dialog, to look at before a change to how Kontor looks is done: kontor-gallery on
# a demo database of 2,000 contacts at 1024x768 and 1440x900, and at 1280x800 on a 2x screen, each in the light and
# the dark palette, and at 1920x1080 in the light one, then an index.html that shows the variants of each picture
# side by side.
#   tests/gallery/gallery.sh [BUILD_DIR] [OUT_DIR]          default: build/ci and /tmp/kontor-gallery
# GALLERY_VARIANTS="1024x768:1:light 1024x768:1:light:10 ..." chooses other sizes, scales, palettes and font sizes (in
# points; the platform's Sans Serif 9 without); GALLERY_ONLY="contacts,deal-*" takes only those pictures;
# GALLERY_LANG=de another language, GALLERY_LATIN_DIGITS=1 with Latin digits (Persian, Bengali). Needs no display:
# kontor-gallery uses Qt's offscreen platform.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$source_dir/build/ci}" && pwd)
out=${2:-/tmp/kontor-gallery}
gallery=$build/tests/gallery/kontor-gallery
cli=$build/app/kontor-cli
for program in "$gallery" "$cli"; do
    if [ ! -x "$program" ]; then
        echo "No $program: build it first (cmake --build $build --target kontor-gallery kontor-cli)" >&2
        exit 1
    fi
done
defaults="1024x768:1:light 1024x768:1:dark 1440x900:1:light 1440x900:1:dark 1920x1080:1:light 1280x800:2:light 1280x800:2:dark"
read -ra variants <<<"${GALLERY_VARIANTS:-$defaults}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
rm -f "$out"/*.png "$out"/index.html "$out"/gallery.log

start=$SECONDS
if ! "$cli" --lang "${GALLERY_LANG:-en_GB}" --db "$work/demo.sqlite" demo --contacts 2000 --seed 1 >"$work/demo.log" 2>&1; then
    cat "$work/demo.log" >&2
    exit 1
fi
# variant_prefix SIZE:SCALE:PALETTE[:POINTS]: the start of its pictures' names, e.g. 1024x768-light, 2x-dark-10pt.
variant_prefix() {
    local size scale palette points prefix
    IFS=: read -r size scale palette points <<<"$1"
    if [ "$scale" = 1 ]; then prefix=$size-$palette; else prefix=${scale}x-$palette; fi
    echo "$prefix${points:+-${points}pt}"
}

status=0
for variant in "${variants[@]}"; do
    IFS=: read -r size scale palette points <<<"$variant"
    prefix=$(variant_prefix "$variant")
    args=(--db "$work/demo.sqlite" --out "$out" --size "$size" --scale "$scale" --prefix "$prefix"
        --lang "${GALLERY_LANG:-en_GB}")
    [ -n "${GALLERY_LATIN_DIGITS:-}" ] && args+=(--latin-digits)
    [ "$palette" = dark ] && args+=(--dark)
    [ -n "$points" ] && args+=(--font-size "$points")
    [ -n "${GALLERY_ONLY:-}" ] && args+=(--only "$GALLERY_ONLY")
    echo "== $prefix" | tee -a "$out/gallery.log"
    # The platform is chosen by kontor-gallery (offscreen, one screen of that size and scale).
    env -u QT_QPA_PLATFORM -u QT_SCALE_FACTOR "$gallery" "${args[@]}" 2>&1 | tee -a "$out/gallery.log" ||
        status=1
done

# index.html: one row per picture, one column per variant.
{
    echo '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kontor gallery</title><style>'
    echo 'body{font-family:sans-serif} td{vertical-align:top;padding:4px} img{width:360px;border:1px solid #999}'
    echo '</style></head><body><h1>Kontor gallery</h1><table><tr><th></th>'
    prefixes=()
    for variant in "${variants[@]}"; do
        prefix=$(variant_prefix "$variant")
        prefixes+=("$prefix")
        echo "<th>$prefix</th>"
    done
    echo '</tr>'
    for shot in $(cd "$out" && printf '%s\n' *.png | sed -E 's/^[^-]+-(light|dark)(-[0-9.]+pt)?-//; s/\.png$//' |
        sort -u); do
        echo "<tr><th>$shot</th>"
        for prefix in "${prefixes[@]}"; do
            file=$prefix-$shot.png
            if [ -f "$out/$file" ]; then echo "<td><a href=\"$file\"><img src=\"$file\" loading=\"lazy\"></a></td>"
            else echo '<td></td>'; fi
        done
        echo '</tr>'
    done
    echo '</table></body></html>'
} >"$out/index.html"
pictures=("$out"/*.png)
echo "${#pictures[@]} pictures in $out (index.html) in $((SECONDS - start)) s" | tee -a "$out/gallery.log"
exit $status

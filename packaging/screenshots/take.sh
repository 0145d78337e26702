#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the screenshots that the package ships and that software centres show (resources/screenshots/*.png):
# the real window at 1280x800 on a demo database, under Xvfb with openbox. Run it after a change to how a page looks:
#   packaging/screenshots/take.sh build/ci
# Needs xvfb, openbox, xdotool, x11-apps (xwd), netpbm and, for the demo's names, the fonts run.sh installs and
# fonts-noto-cjk.
set -euo pipefail
build=${1:-build/ci}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
out=$source_dir/resources/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/home"
"$build/app/kontor-cli" --db "$work/demo.sqlite" demo --contacts 2000 --seed 1 >/dev/null 2>&1

export HOME=$work/home OUT=$out KONTOR=$build/app/kontor DB=$work/demo.sqlite
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    openbox >/dev/null 2>&1 &
    sleep 1
    "$KONTOR" --db "$DB" --lang en_GB >/dev/null 2>&1 &
    kontor=$!
    xdotool search --sync --onlyvisible --class kontor >/dev/null
    sleep 3
    shot() { xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng -compression 9 >"$OUT/$1.png"; }
    go() { xdotool key "$1"; sleep 2; }
    go ctrl+1; shot today
    # A contact with a history: the first rows of the list, clicked.
    go ctrl+2; xdotool mousemove 400 230 click 1; sleep 2; shot contacts
    go ctrl+4; shot pipeline
    go ctrl+6; shot reports
    kill $kontor
'
ls -l "$out"

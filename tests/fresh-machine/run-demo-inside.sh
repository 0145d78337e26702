#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Run by check.sh inside the fresh root: `./run.sh --demo` under xvfb-run, as the README says, then checks that
# Kontor's window opened and stays up, and saves a screenshot of it as /root/kontor-screenshot.png.
set -euo pipefail
cd "$(dirname "$0")/../.."
project=$(pwd)
display=77
log=/root/run-demo.log
# xvfb-run comes with the xvfb package: on a fresh machine it is there only because setup.sh installs it, so
# install it first through the same script (./run.sh installs the same list again and finds nothing missing).
source cmake/setup.sh
kontor_install_packages
xvfb-run -n "$display" -f /root/xauth -s "-screen 0 1440x900x24" ./run.sh --demo >"$log" 2>&1 &
runner=$!

kontor_pid() {
    local process
    for process in /proc/[0-9]*; do
        if [ "$(readlink "$process/exe" 2>/dev/null)" = "$project/build/release/app/kontor" ]; then
            echo "${process#/proc/}"
            return 0
        fi
    done
    return 1
}
fail() {
    echo "$*"
    echo "--- run.sh's output:"
    cat "$log"
    exit 1
}

# ./run.sh builds a release first: allow it the time of a slow build.
deadline=$((SECONDS + 2700))
until pid=$(kontor_pid); do
    kill -0 "$runner" 2>/dev/null || fail "run.sh ended before kontor started"
    [ "$SECONDS" -lt "$deadline" ] || fail "kontor did not start within 45 minutes"
    sleep 5
done
echo "kontor started (process $pid)"

# The screenshot's tools only now, so that they cannot supply anything run.sh should have installed.
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends x11-utils x11-apps netpbm >/dev/null
export DISPLAY=:$display XAUTHORITY=/root/xauth
deadline=$((SECONDS + 300))
until xwininfo -root -tree 2>/dev/null | grep -q 'kontor-demo.sqlite'; do
    kill -0 "$pid" 2>/dev/null || fail "kontor ended before its window opened"
    [ "$SECONDS" -lt "$deadline" ] || fail "no Kontor window after 5 minutes"
    sleep 2
done
echo "the window is open"
sleep 15
kill -0 "$pid" 2>/dev/null || fail "kontor ended within 15 s of opening its window"
xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >/root/kontor-screenshot.png
kill "$pid"
wait "$runner" || true
echo "--- run.sh's output:"
cat "$log"
echo "kontor stayed up"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves the README's Quick start on a machine that has nothing installed: makes a minimal root of a Debian
# release with mmdebstrap, puts a clean clone of HEAD in it, and runs the two commands there as a new user would:
#   ./test.sh             must pass (it installs what is missing, builds with warnings as errors, runs ctest)
#   ./run.sh --demo       must open the window under xvfb-run and stay up; a screenshot is saved
# CI on a developer's machine cannot prove this: every package ever installed by hand is still there.
#
#   tests/fresh-machine/check.sh bookworm|trixie [--keep]
#
# Needs root (or sudo) and the network to Debian's mirror. The root is made in $KONTOR_FRESH_DIR (default
# /var/tmp/kontor-fresh-RELEASE) and removed afterwards unless --keep; the screenshot and logs go to
# $KONTOR_FRESH_OUT (default build/fresh-machine/RELEASE).
set -euo pipefail

release=${1:-}
keep=false
[ "${2:-}" = "--keep" ] && keep=true
case "$release" in
bookworm | trixie) ;;
*)
    echo "usage: $0 bookworm|trixie [--keep]" >&2
    exit 2
    ;;
esac

project=$(cd "$(dirname "$0")/../.." && pwd)
root=${KONTOR_FRESH_DIR:-/var/tmp/kontor-fresh-$release}
out=${KONTOR_FRESH_OUT:-$project/build/fresh-machine/$release}
mkdir -p "$out"
out=$(cd "$out" && pwd)

sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)

step() { echo "== fresh $release: $* ($(date +%H:%M:%S))"; }

if ! command -v mmdebstrap >/dev/null; then
    step "installing mmdebstrap on this machine"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends mmdebstrap
fi

cleanup() {
    if [ "$keep" = false ]; then
        "${sudo[@]}" rm -rf --one-file-system "$root"
    fi
}
trap cleanup EXIT

step "making a minimal root in $root"
"${sudo[@]}" rm -rf --one-file-system "$root"
# The same mirror as this machine's apt, when it names one; mmdebstrap's default otherwise.
mirror=$(grep -h -o -m1 'https\?://[^ ]*/debian/\?\( \|$\)' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null |
    head -n1 | tr -d ' ' || true)
"${sudo[@]}" mmdebstrap --quiet --variant=minbase --include=ca-certificates "$release" "$root" ${mirror:+"$mirror"}

step "cloning HEAD of $project"
"${sudo[@]}" git clone --quiet --no-hardlinks "$project" "$root/root/kontor"
"${sudo[@]}" git -C "$root/root/kontor" log -1 --format='   commit %h %s'
"${sudo[@]}" cp /etc/resolv.conf "$root/etc/resolv.conf"

# Runs a command inside the root, with /proc, /sys and /dev mounted in a mount namespace of its own, so that
# nothing stays mounted when it ends (or fails).
in_root() {
    "${sudo[@]}" unshare --mount --propagation private -- bash -c '
        set -e
        root=$1
        shift
        mount -t proc proc "$root/proc"
        mount -t sysfs sysfs "$root/sys"
        mount --rbind /dev "$root/dev"
        mount -t tmpfs tmpfs "$root/tmp"
        exec chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
            TERM=dumb CI="${CI:-}" bash -c "$*"
    ' in-root "$root" "$@"
}

step "./test.sh"
# pipefail: the status is test.sh's, not tee's.
if ! in_root 'cd /root/kontor && ./test.sh' 2>&1 | tee "$out/test.log"; then
    echo "fresh $release: ./test.sh failed (log: $out/test.log)" >&2
    exit 1
fi

step "./run.sh --demo under xvfb-run"
in_root 'cd /root/kontor && tests/fresh-machine/run-demo-inside.sh' 2>&1 | tee "$out/run.log" || true
# The root's /root is private (0700): read it with the same rights that made it.
if ! "${sudo[@]}" test -s "$root/root/kontor-screenshot.png" || ! grep -q "kontor stayed up" "$out/run.log"; then
    echo "fresh $release: ./run.sh --demo did not open the window and stay up (log: $out/run.log)" >&2
    exit 1
fi
"${sudo[@]}" cat "$root/root/kontor-screenshot.png" >"$out/run-demo.png"
step "passed; screenshot: $out/run-demo.png"

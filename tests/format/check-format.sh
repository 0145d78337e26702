#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file does not match .clang-format. Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail
cd "$1"
# Formatting differs a little between clang-format releases; the reference is Debian 12's, version 14.
version=$(clang-format --version | grep -o 'version [0-9]*' | grep -o '[0-9]*')
if [ "$version" != "14" ]; then
    echo "skipped: clang-format $version is not the reference version 14"
    exit 77
fi
files=$(git ls-files '*.cpp' '*.h')
[ -n "$files" ] || { echo "no sources found"; exit 1; }
# shellcheck disable=SC2086
clang-format --dry-run --Werror $files
echo "format ok: $(wc -w <<<"$files") files"

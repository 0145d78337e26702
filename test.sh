#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with warnings as errors, and runs the whole test suite with ctest.
# GUI tests use the offscreen platform, so no display is needed.
set -euo pipefail
cd "$(dirname "$0")"
source cmake/setup.sh
# poppler-utils: the PDF export test reads the PDF back with pdftotext; lintian checks the .deb.
kontor_install_packages poppler-utils lintian
kontor_build ci Debug -DKONTOR_WARNINGS_AS_ERRORS=ON
# The core and the CLI must build without the widget libraries: a QtWidgets include in core/ fails here.
kontor_build ci-core Debug -DKONTOR_BUILD_UI=OFF -DKONTOR_BUILD_TESTS=OFF -DKONTOR_BUILD_BENCH=OFF -DKONTOR_WARNINGS_AS_ERRORS=ON
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build/ci --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)" "$@"

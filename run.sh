#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and opens Kontor. Arguments go to kontor:
#   ./run.sh                 the default database
#   ./run.sh --demo          a generated demo database (created on first use)
#   ./run.sh --db FILE       another database file
set -euo pipefail
cd "$(dirname "$0")"
source cmake/setup.sh
kontor_install_packages
kontor_build release Release
exec ./build/release/app/kontor "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/fuzz/run.sh [SECONDS]: builds the fuzz targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer
# into build/fuzz, and runs each for SECONDS (30 unless given) from its corpus in tests/fuzz/corpus. CI runs it
# briefly; for a longer hunt give it an hour (3600). A crash, an overflow, undefined behaviour or an input that takes
# over 10 s stops the run and fails it, leaving the input in build/fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../.."
source cmake/setup.sh
kontor_install_packages clang
# libFuzzer and the sanitizers' runtimes of the version `clang` is (14 on Debian 12, 19 on Debian 13; Debian 12 also
# knows libfuzzer-19-dev, which clang 14 cannot use).
clang_major=$(clang --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n 1)
kontor_install_packages "libfuzzer-$clang_major-dev" "libclang-rt-$clang_major-dev|libclang-common-$clang_major-dev"
seconds=${1:-30}
# The same inputs each run unless FUZZ_SEED says otherwise (0: a new seed each time, for a hunt).
seed=${FUZZ_SEED:-1}
targets=(csvreader textdecoder vcard rowcleaning)

CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="-O1" \
    -DKONTOR_FUZZ=ON -DKONTOR_BUILD_UI=OFF -DKONTOR_BUILD_TESTS=OFF -DKONTOR_BUILD_BENCH=OFF >/dev/null
cmake --build build/fuzz --parallel "$(nproc 2>/dev/null || echo 2)" --target "${targets[@]/#/fuzz_}"

mkdir -p build/fuzz/artifacts
failed=()
for target in "${targets[@]}"; do
    # What the fuzzer finds grows its own corpus in build/fuzz (kept between runs); the seeds stay as they are.
    mkdir -p "build/fuzz/corpus/$target"
    echo "== fuzz_$target for ${seconds} s"
    if ! "build/fuzz/tests/fuzz/fuzz_$target" -seed="$seed" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="build/fuzz/artifacts/$target-" \
        "build/fuzz/corpus/$target" "tests/fuzz/corpus/$target" 2>"build/fuzz/$target.log"; then
        tail -n 40 "build/fuzz/$target.log" >&2
        failed+=("$target")
    else
        grep -E "^stat::number_of_executed_units|^Done" "build/fuzz/$target.log" || true
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "Fuzzing found a problem in: ${failed[*]}. The input is in build/fuzz/artifacts/; once fixed, copy it into" >&2
    echo "tests/fuzz/corpus/<target>/, where ctest (fuzz_<target>_corpus) replays it in every build." >&2
    exit 1
fi

#!/usr/bin/env bash
# Builds the libFuzzer harnesses and runs each for a bounded time.
#
#   tests/fuzz/run.sh [SECONDS] [HARNESS...]
#
# SECONDS per harness (default 60); HARNESS among json prov_json prov_n extract
# validate drift (default: all). Needs clang++ with libFuzzer (Debian:
# libclang-rt-14-dev). The build lives in build/fuzz (NEWSPROV_FUZZ_BUILD); the
# corpus each harness grows is kept in build/fuzz/corpus/<harness>, so a later
# run starts where the last one stopped. Seeds come from the project's own test
# data and generated documents (make_seeds.cpp); the reproducers of past
# findings (tests/fuzz/regressions/<harness>) are always replayed too.
# A finding is written to build/fuzz/artifacts/<harness>/ and fails the run.
# The last lines of each run are libFuzzer's final statistics (executions).
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
all=(json prov_json prov_n extract validate drift)
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=("${all[@]}")
build=${NEWSPROV_FUZZ_BUILD:-build/fuzz}
cxx=${CXX_FUZZ:-clang++}

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Debug -DNEWSPROV_FUZZ=ON \
        -DNEWSPROV_BUILD_TESTS=OFF -DNEWSPROV_BUILD_EXAMPLES=OFF -DNEWSPROV_BUILD_BENCHMARKS=OFF \
        -DNEWSPROV_INSTALL=OFF >/dev/null || exit 1
fi
targets=(fuzz_seeds)
for h in "${harnesses[@]}"; do targets+=("${h}_fuzz"); done
cmake --build "$build" -j2 --target "${targets[@]}" || exit 1
rm -rf "$build/seeds"
"$build/tests/fuzz/fuzz_seeds" "$build/seeds" . >/dev/null || exit 1

failed=0 findings=()
for h in "${harnesses[@]}"; do
    corpus=$build/corpus/$h artifacts=$build/artifacts/$h log=$build/logs/$h.log
    mkdir -p "$corpus" "$artifacts" "$build/logs" "$build/seeds/$h"
    dirs=("$corpus" "$build/seeds/$h")
    [ -d "tests/fuzz/regressions/$h" ] && dirs+=("tests/fuzz/regressions/$h")
    case $h in json) max_len=4096 ;; *) max_len=16384 ;; esac
    echo "== $h: ${seconds}s"
    "$build/tests/fuzz/${h}_fuzz" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 \
        -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$artifacts/" "${dirs[@]}" >"$log" 2>&1
    rc=$?
    grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$log"
    if [ $rc -ne 0 ]; then
        echo "!! $h: finding (exit $rc); log $log, reproducer in $artifacts/"
        grep -E 'ERROR|SUMMARY|violated|Test unit written' "$log" | head -20
        failed=$((failed + 1))
        findings+=("$h" "$log" "$artifacts")
    fi
done
# Findings again at the end, with the first stack frames and a small reproducer
# in base64, so that the last lines of a CI log are enough to reproduce one.
for ((i = 0; i < ${#findings[@]}; i += 3)); do
    echo "== finding in ${findings[i]}"
    grep -E 'ERROR|SUMMARY|^ +#[0-9] ' "${findings[i + 1]}" | head -12
    for f in "${findings[i + 2]}"/*; do
        [ -f "$f" ] && [ "$(stat -c %s "$f")" -le 1536 ] && echo "reproducer $(basename "$f") (base64): $(base64 -w0 "$f")"
    done
done
[ $failed -eq 0 ]

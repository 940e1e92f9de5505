#!/usr/bin/env bash
# `newsprov extract --jsonl --jobs N` against --jobs 1: wall time, MB/s and the
# speed-up, best of REPEATS runs each, on INPUT repeated COPIES times (default:
# ../shared/eval/polnear-train.jsonl, 8 copies, 5 repeats). Also checks that
# every N gives byte-identical output.
#
#   bench/extract_jobs.sh path/to/newsprov [INPUT [COPIES [REPEATS [JOBS...]]]]
set -euo pipefail
newsprov=${1:?usage: extract_jobs.sh path/to/newsprov [INPUT [COPIES [REPEATS [JOBS...]]]]}
src=$(cd "$(dirname "$0")/.." && pwd)
input=${2:-$src/../shared/eval/polnear-train.jsonl}
copies=${3:-8}
repeats=${4:-5}
shift $(($# < 4 ? $# : 4))
jobs=("$@")
[ ${#jobs[@]} -gt 0 ] || jobs=(2)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for _ in $(seq "$copies"); do cat "$input"; done >"$tmp/input.jsonl"
bytes=$(wc -c <"$tmp/input.jsonl")
best() {  # best JOBS: the shortest wall time of REPEATS runs, in seconds
    local b=""
    for _ in $(seq "$repeats"); do
        local s e
        s=$(date +%s.%N)
        "$newsprov" extract --jsonl --quiet --jobs "$1" "$tmp/input.jsonl" >"$tmp/out$1.jsonl"
        e=$(date +%s.%N)
        b=$(echo "$s $e $b" | awk '{ t = $2 - $1; if ($3 == "" || t < $3) t = t; else t = $3; printf "%.4f", t }')
    done
    echo "$b"
}
echo "input: $(basename "$input") x $copies = $((bytes / 1048576)) MiB, $(grep -c . "$tmp/input.jsonl") records; cores: $(nproc); best of $repeats"
t1=$(best 1)
echo "jobs 1: $t1 s, $(awk -v b="$bytes" -v t="$t1" 'BEGIN { printf "%.1f", b / t / 1e6 }') MB/s"
for n in "${jobs[@]}"; do
    tn=$(best "$n")
    cmp -s "$tmp/out1.jsonl" "$tmp/out$n.jsonl" && same="byte-identical to jobs 1" || same="DIFFERENT from jobs 1"
    echo "jobs $n: $tn s, $(awk -v b="$bytes" -v t="$tn" 'BEGIN { printf "%.1f", b / t / 1e6 }') MB/s, speed-up $(awk -v a="$t1" -v b="$tn" 'BEGIN { printf "%.2f", a / b }'), $same"
done

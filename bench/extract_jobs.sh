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
best() {  # best JOBS: "WALL CPU" seconds of the run with the shortest wall time
    local b="" cpu=""
    for _ in $(seq "$repeats"); do
        /usr/bin/time -f "%e %U %S" -o "$tmp/time" "$newsprov" extract --jsonl --quiet --jobs "$1" "$tmp/input.jsonl" >"$tmp/out$1.jsonl"
        read -r wall user sys <"$tmp/time"
        if [ -z "$b" ] || awk -v t="$wall" -v b="$b" 'BEGIN { exit !(t < b) }'; then
            b=$wall
            cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
        fi
    done
    echo "$b $cpu"
}
echo "input: $(basename "$input") x $copies = $((bytes / 1048576)) MiB, $(grep -c . "$tmp/input.jsonl") records; cores: $(nproc); best of $repeats"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
read -r t1 c1 <<<"$(best 1)"
echo "jobs 1: $t1 s wall, $c1 s CPU, $(awk -v b="$bytes" -v t="$t1" 'BEGIN { printf "%.1f", b / t / 1e6 }') MB/s"
for n in "${jobs[@]}"; do
    read -r tn cn <<<"$(best "$n")"
    cmp -s "$tmp/out1.jsonl" "$tmp/out$n.jsonl" && same="byte-identical to jobs 1" || same="DIFFERENT from jobs 1"
    echo "jobs $n: $tn s wall, $cn s CPU, $(awk -v b="$bytes" -v t="$tn" 'BEGIN { printf "%.1f", b / t / 1e6 }') MB/s, speed-up $(awk -v a="$t1" -v b="$tn" 'BEGIN { printf "%.2f", a / b }'), $same"
done

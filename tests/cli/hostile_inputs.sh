#!/usr/bin/env bash
# The `newsprov` command against hostile files: binary garbage, one huge line,
# 100,000 nested brackets, truncated PROV-JSON and PROV-N, invalid UTF-8, a
# number too large for a double. Every subcommand that reads files (extract,
# export, check, diff) must exit 0, 1 (findings, written to standard output) or
# 2 (with a message on standard error), never by a signal, within a time bound
# linear in the size.
#
#   tests/cli/hostile_inputs.sh path/to/newsprov [HUGE_MB [SECONDS_PER_MB]]
#
# HUGE_MB is the size of the one-line file (default 100) and SECONDS_PER_MB the
# time allowed per MiB of input beyond a fixed 20 s (default 3). Unoptimized and
# sanitized builds run some 30 times slower, so CTest and Meson pass 2 and 30 for
# them. Files are generated in a temporary folder and removed after.
set -uo pipefail
newsprov=${1:?usage: hostile_inputs.sh path/to/newsprov [HUGE_MB]}
huge_mb=${2:-100}
seconds_per_mb=${3:-3}
src=$(cd "$(dirname "$0")/../.." && pwd)
data=$src/tests/check/data
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# ---- the files ---------------------------------------------------------------
# deterministic garbage: an LCG over bytes, 1 MiB
LC_ALL=C awk 'BEGIN { x = 12345; for (i = 0; i < 1048576; i++) { x = (x * 1103515245 + 12345) % 2147483648; printf "%c", int(x / 65536) % 256 } }' \
    </dev/null >"$tmp/garbage.bin"
# one line of HUGE_MB MiB, words, quotations and figures, no newline
yes '"It is over," he said, and 98 people were injured, including six children, according to officials. ' |
    tr -d '\n' | head -c $((huge_mb * 1048576)) >"$tmp/huge_line.txt"
head -c 100000 /dev/zero | tr '\0' '[' >"$tmp/nested.json"
{ printf 'document\n  entity(ex:a, ['; head -c 100000 /dev/zero | tr '\0' '('; } >"$tmp/nested.provn"
head -c 4000 "$data/seed_story.prov.json" >"$tmp/truncated.prov.json"
head -c 3000 "$src/tests/io/data/seed.provn" >"$tmp/truncated.provn"
printf '"Caf\xe9 \xc3\x28 \xa0\xa1," the mayor said. \xf0\x28\x8c\xbc \xed\xa0\x80 \xc0\xaf \xff\xfe\n\n\xe2\x80\x9c\xe2\x80 she said.\n' >"$tmp/invalid_utf8.txt"
printf 'The ministry said %s people were killed.\n' "$(head -c 400 /dev/zero | tr '\0' 9)" >"$tmp/huge_number.txt"
printf '{"id": 1, "text": "\\"No,\\" he said."}\n{"id": 2, "text": ' >"$tmp/truncated.jsonl"
: >"$tmp/empty.txt"
files=(garbage.bin huge_line.txt nested.json nested.provn truncated.prov.json truncated.provn invalid_utf8.txt
       huge_number.txt truncated.jsonl empty.txt)

# ---- the runs ----------------------------------------------------------------
failed=0 runs=0
run() {  # run FILE-SIZE-BYTES ARGS...
    local bytes=$1; shift
    local limit=$((20 + seconds_per_mb * bytes / 1048576))  # seconds: linear in the input
    local start=$SECONDS rc
    timeout -s KILL "$limit" "$newsprov" "$@" 2>"$tmp/stderr" | wc -c >"$tmp/stdout_bytes"
    rc=${PIPESTATUS[0]}
    runs=$((runs + 1))
    local what="newsprov $* (exit $rc, $((SECONDS - start))s)"
    what=${what//$tmp\//}
    if [ $rc -gt 2 ]; then
        [ $rc -eq 137 ] && what="$what: killed after ${limit}s" || what="$what: died"
        echo "FAIL $what"; head -c 600 "$tmp/stderr"; echo
        failed=$((failed + 1))
    elif [ $rc -eq 2 ] && [ ! -s "$tmp/stderr" ]; then
        echo "FAIL $what: no message on standard error"
        failed=$((failed + 1))
    elif [ $rc -eq 1 ] && [ "$(cat "$tmp/stdout_bytes")" -eq 0 ]; then
        echo "FAIL $what: findings (exit 1) but nothing written"
        failed=$((failed + 1))
    else
        echo "ok   $what: $(head -n 1 "$tmp/stderr" | cut -c 1-110)"
    fi
}
for f in "${files[@]}"; do
    p=$tmp/$f
    n=$(wc -c <"$p")
    run "$n" extract "$p"
    run "$n" extract --jsonl "$p"
    for to in prov-json prov-n turtle jsonld dot; do run "$n" export --to "$to" "$p"; done
    run "$n" check --claims "$p" "$data/seed_facts.txt"
    run "$n" check --claims "$data/seed_story.prov.json" "$p"
    run "$n" check --format sarif --claims "$data/seed_story.prov.json" "$p"
    run "$n" diff "$p" "$data/seed_facts.txt"
    run "$n" diff --format json "$data/harbor_original.txt" "$p"
done
# standard input
run 0 extract - <"$tmp/garbage.bin"
run 0 export --to prov-n - <"$tmp/truncated.prov.json"

echo "$runs runs, $failed failed"
[ $failed -eq 0 ]

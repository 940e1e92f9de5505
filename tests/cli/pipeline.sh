#!/usr/bin/env bash
# The `newsprov` command as a pipeline tool: every kind of input through every
# file argument, output whole or absent, streams that keep what they did, the
# options, --fail-on, the JSON Lines batches of check and diff, --jobs and the
# progress line. Each check names what a user relies on; the script prints
# "ok"/"FAIL" lines and exits 1 when one failed.
#
#   tests/cli/pipeline.sh path/to/newsprov
set -uo pipefail
newsprov=$(cd "$(dirname "${1:?usage: pipeline.sh path/to/newsprov}")" && pwd)/$(basename "$1")
src=$(cd "$(dirname "$0")/../.." && pwd)
data=$src/tests/check/data
prov=$src/tests/io/data
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
failed=0

pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
# expect RC STDERR-REGEX ARGS...: runs newsprov ARGS (stdout in out, stderr in err).
expect() {
    local rc=$1 pattern=$2; shift 2
    "$newsprov" "$@" >out 2>err
    local got=$?
    if [ "$got" -ne "$rc" ]; then
        fail "newsprov $*: exit $got, expected $rc: $(head -c 300 err)"
    elif [ -n "$pattern" ] && ! grep -Eq -- "$pattern" err; then
        fail "newsprov $*: standard error does not match /$pattern/: $(head -c 300 err)"
    else
        pass "newsprov $* (exit $got)"
    fi
}
same() {  # same A B WHAT
    if cmp -s "$1" "$2"; then pass "$3"; else fail "$3: $1 and $2 differ"; fi
}

# ---- inputs ------------------------------------------------------------------
mkdir folder
: >empty.txt
cp "$data/seed_facts.txt" article.txt
cp "$data/seed_story.prov.json" claims.json
cp "$data/harbor_original.txt" original.txt
cp "$data/harbor_derived.txt" derived.txt
printf '{"id": 1, "text": "\\"No,\\" she said."}\n' >one.jsonl

# A folder, a missing file, through every file argument of every subcommand.
for bad in folder missing.txt; do
    reason=$([ "$bad" = folder ] && echo "Is a directory" || echo "No such file or directory")
    msg="^$bad: cannot open: $reason\$"
    expect 2 "$msg" extract "$bad"
    expect 2 "$msg" extract --jsonl "$bad"
    expect 2 "$msg" export --to prov-n "$bad"
    expect 2 "$msg" check --claims "$bad" article.txt
    expect 2 "$msg" check --claims claims.json "$bad"
    expect 2 "$msg" check --jsonl "$bad"
    expect 2 "$msg" diff "$bad" derived.txt
    expect 2 "$msg" diff original.txt "$bad"
    expect 2 "$msg" diff --jsonl "$bad"
done
# A folder as standard input.
for args in "extract" "extract --jsonl" "export --to prov-n -" "check --claims - article.txt" "diff - derived.txt"; do
    # shellcheck disable=SC2086
    expect 2 '^<stdin>: cannot open: Is a directory$' $args <folder
done
# One bad file among good ones: the good one keeps its output.
expect 2 '^folder: cannot open' extract article.txt folder
grep -q '"id":"article.txt"' out && pass "extract article.txt folder: article.txt's record written" ||
    fail "extract article.txt folder: article.txt's record lost"
# Unreadable by permission: only without root, which reads everything.
if [ "$(id -u)" -ne 0 ]; then
    cp article.txt locked.txt && chmod 000 locked.txt
    expect 2 '^locked.txt: cannot open: Permission denied$' extract locked.txt
    expect 2 '^locked.txt: cannot open: Permission denied$' check --claims claims.json locked.txt
fi
# Standard input gives what the file gives.
"$newsprov" check --claims claims.json --format json article.txt >by_file.json
"$newsprov" check --claims - --format json article.txt <claims.json >by_stdin.json
same by_file.json by_stdin.json "check --claims - reads standard input"
"$newsprov" export --to prov-n "$prov/seed.provn" >by_file.provn
"$newsprov" export --to prov-n - <"$prov/seed.provn" >by_stdin.provn
same by_file.provn by_stdin.provn "export - reads standard input"
"$newsprov" diff --format json original.txt derived.txt | grep -v '"file"' >by_file.json
"$newsprov" diff --format json - derived.txt <original.txt | grep -v '"file"' >by_stdin.json
same by_file.json by_stdin.json "diff - reads standard input"
# A FIFO reads like the file.
if mkfifo pipe.txt 2>/dev/null; then
    cat article.txt >pipe.txt &
    "$newsprov" extract pipe.txt | sed 's/"id":"pipe.txt"/"id":"article.txt"/' >by_fifo.jsonl
    wait
    "$newsprov" extract article.txt >by_file.jsonl
    same by_file.jsonl by_fifo.jsonl "extract FIFO gives the file's record"
fi
# An empty file: an empty article, or a document error with its position.
expect 0 '' extract empty.txt
grep -q '"quotes":\[\]' out && pass "extract empty.txt: an empty record" || fail "extract empty.txt: $(cat out)"
expect 0 '' extract --jsonl empty.txt
[ ! -s out ] && pass "extract --jsonl empty.txt: no records" || fail "extract --jsonl empty.txt wrote $(cat out)"
expect 2 '^empty.txt:1:1: ' export --to prov-n empty.txt
expect 2 '^empty.txt:1:1: ' check --claims empty.txt article.txt
expect 0 '' diff empty.txt empty.txt
# A PROV-JSON file with a byte order mark is PROV-JSON, for export and check alike.
printf '\xef\xbb\xbf' | cat - claims.json >bom.json
"$newsprov" export --to prov-n claims.json >plain.provn
expect 0 '' export --to prov-n bom.json
same plain.provn out "export reads a PROV-JSON file with a byte order mark"
expect 0 '' check --claims bom.json article.txt

# ---- output ------------------------------------------------------------------
# A generated input large enough to fill a pipe: 3,000 articles.
awk 'BEGIN { for (i = 1; i <= 3000; i++) printf "{\"id\": %d, \"text\": \"\\\"We will rebuild %d homes,\\\" the mayor said on Monday. Officials said %d people were evacuated.\"}\n", i, i, i * 7 }' >many.jsonl
for args in "extract --jsonl many.jsonl" "export --to prov-n $prov/seed.provn" \
            "check --claims claims.json --format sarif article.txt" "diff original.txt derived.txt" "--help" "extract --help"; do
    # shellcheck disable=SC2086
    "$newsprov" $args >/dev/full 2>err
    rc=$?
    [ $rc -eq 2 ] && grep -q '^<stdout>: cannot write: No space left on device$' err &&
        pass "newsprov $args >/dev/full: exit 2 with a message" || fail "newsprov $args >/dev/full: exit $rc: $(cat err)"
done
# A closed pipe: exit 2 and a message, never SIGPIPE (141).
"$newsprov" extract --jsonl many.jsonl 2>err | head -c1 >/dev/null
rc=${PIPESTATUS[0]}
[ "$rc" -eq 2 ] && grep -q '^<stdout>: cannot write: Broken pipe$' err &&
    pass "extract | head -c1: exit 2, 'Broken pipe'" || fail "extract | head -c1: exit $rc: $(cat err)"
# -o: the target is replaced whole, keeping its mode.
printf 'old contents\n' >target.provn
chmod 640 target.provn
expect 0 '' export --to prov-n -o target.provn "$prov/seed.provn"
same by_file.provn target.provn "export -o writes the whole document"
[ "$(stat -c %a target.provn)" = 640 ] && pass "-o keeps the target's mode" || fail "-o changed the mode to $(stat -c %a target.provn)"
# -o through a symbolic link replaces the file it points to; the link stays.
printf 'old contents\n' >linked.provn
ln -s linked.provn link.provn
expect 0 '' export --to prov-n -o link.provn "$prov/seed.provn"
[ -L link.provn ] && pass "-o keeps a symbolic link a link" || fail "-o replaced the symbolic link with a file"
same by_file.provn linked.provn "-o through a link writes the file it points to"
# -o that fails part way (a 4 KiB file-size limit; the document is larger) leaves
# the old target, and the input when -o names it, byte for byte as they were.
printf 'old contents\n' >target.provn
cp target.provn target.before
cp "$prov/seed.provn" in.provn
cp in.provn in.before
[ "$(wc -c <by_file.provn)" -gt 4096 ] || fail "the test document is too small for the 4 KiB limit"
for run in "-o target.provn in.provn:target.provn:target.before" "-o in.provn in.provn:in.provn:in.before"; do
    IFS=: read -r args file before <<<"$run"
    # shellcheck disable=SC2086
    (ulimit -f 4; "$newsprov" export --to prov-n $args) 2>err
    rc=$?
    [ $rc -eq 2 ] && grep -q "^$file: cannot write: File too large\$" err &&
        pass "export $args under ulimit -f 4: exit 2 with a message" || fail "export $args under ulimit -f 4: exit $rc: $(cat err)"
    same "$before" "$file" "export $args failing part way leaves $file whole"
done
leftover=$(find . -name '.*newsprov-*' | head -n 1)
[ -z "$leftover" ] && pass "a failed -o leaves no temporary file" || fail "a failed -o left $leftover"
# -o into a missing folder, -o "", -o -.
expect 2 '^nowhere/x: cannot open: No such file or directory$' extract -o nowhere/x article.txt
expect 2 'output needs a value' extract -o "" article.txt
expect 0 '' extract -o - article.txt
grep -q '"id":"article.txt"' out && pass "-o - is standard output" || fail "-o - wrote nothing to standard output"
[ ! -e ./- ] && pass "-o - creates no file named -" || fail "-o - created a file named -"
# -o onto a device or a FIFO writes to it in place: renaming a file over it would
# turn /dev/null into a regular file for root.
expect 2 '^/dev/full: cannot write: No space left on device$' extract -o /dev/full article.txt
[ -c /dev/full ] && pass "-o /dev/full leaves /dev/full a device" || fail "-o /dev/full replaced /dev/full"
expect 0 '' extract -o /dev/null article.txt
[ -c /dev/null ] && pass "-o /dev/null leaves /dev/null a device" || fail "-o /dev/null replaced /dev/null"
if mkfifo out.fifo 2>/dev/null; then
    cat out.fifo >from_fifo.jsonl &
    "$newsprov" extract -o out.fifo article.txt
    wait
    "$newsprov" extract article.txt >by_file.jsonl
    same by_file.jsonl from_fifo.jsonl "-o FIFO writes the records into the FIFO"
    [ -p out.fifo ] && pass "-o FIFO leaves the FIFO a FIFO" || fail "-o FIFO replaced the FIFO with a file"
fi
expect 2 '^folder: cannot open: Is a directory$' extract -o folder article.txt

# ---- streams keep what they did ------------------------------------------------
{
    printf '{"id": "a", "text": "\\"Yes,\\" he said."}\n'
    printf 'not json\n'
    printf '{"id": "c", "text": "Officials said 5 people died."}\n'
    printf '{"id": "d"}\n'
    printf '{"id": "e", "text": "The minister said taxes would fall."}\n'
} >mixed.jsonl
expect 2 '^mixed.jsonl:2:1: ' extract --jsonl mixed.jsonl
grep -q '^mixed.jsonl:4:1: record without a string "text"$' err && pass "the bad record on line 4 is named" ||
    fail "line 4 not named: $(cat err)"
[ "$(grep -o '"id":"[a-z]"' out | tr -d '\n')" = '"id":"a""id":"c""id":"e"' ] &&
    pass "records before and after the bad ones keep their output" || fail "records lost: $(cat out)"
expect 2 '^mixed.jsonl:2:1: ' extract --jsonl --fail-fast mixed.jsonl
[ "$(grep -c . out)" -eq 1 ] && ! grep -q '^mixed.jsonl:4' err && pass "--fail-fast stops at the first bad record" ||
    fail "--fail-fast went on: $(cat out) $(cat err)"
expect 2 '^mixed.jsonl:2:1: ' extract --jsonl --jobs 2 mixed.jsonl
[ "$(grep -c . out)" -eq 3 ] && pass "--jobs 2 keeps the good records too" || fail "--jobs 2 lost records: $(cat out)"

# ---- options -----------------------------------------------------------------
for sub in extract check diff export; do
    expect 0 '' "$sub" --help
    grep -q "^usage: newsprov $sub" out && pass "$sub --help prints its usage" || fail "$sub --help: $(head -n 2 out)"
done
expect 0 '' extract --jsonl --max-quotes=5 --jobs=2 --output=eq.jsonl many.jsonl
expect 2 'max_quotes' extract --max-quotes=0 article.txt
expect 0 '' check --claims=claims.json --format=json --fail-on=error --output=eq.json article.txt
grep -q '"summary"' eq.json && pass "check --format=json --output=FILE" || fail "check --output=: $(cat eq.json)"
expect 1 '' diff --format=sarif --fail-on=error original.txt derived.txt
grep -q '"ruleId"' out && pass "diff --format=sarif" || fail "diff --format=sarif wrote $(head -c 200 out)"
expect 0 '' export --to=prov-json --output=eq.prov.json "$prov/seed.provn"
expect 2 'given twice' check --claims claims.json --claims claims.json article.txt
expect 2 'given twice' diff --format json --format=text original.txt derived.txt
expect 2 'given twice' export --to prov-n --to=dot "$prov/seed.provn"
expect 2 'given twice' extract -j 1 --jobs=2 article.txt
expect 2 'takes no value' extract --jsonl=yes article.txt
expect 2 'unknown option' extract --no-such-option article.txt
cp article.txt ./-dash.txt
expect 0 '' extract -- -dash.txt
grep -q '"id":"-dash.txt"' out && pass "-- ends the options" || fail "-- did not end the options: $(cat out)"

# ---- --fail-on -----------------------------------------------------------------
echo '{}' >nothing.json
printf 'The bridge is 40 meters long and cost 12 million dollars.\n' >notes.txt    # notes only
printf 'The mayor said the bridge would open on Monday.\n' >warnings.txt           # a warning
expect 0 '' check --claims nothing.json notes.txt
grep -q 'undeclared-figure' out && pass "notes are written, yet exit 0 by default" || fail "no notes found: $(cat out)"
expect 1 '' check --claims nothing.json --fail-on note notes.txt
expect 0 '' check --claims nothing.json --fail-on warning notes.txt
expect 0 '' check --claims nothing.json warnings.txt
expect 1 '' check --claims nothing.json --fail-on warning warnings.txt
expect 1 '' diff original.txt derived.txt
expect 0 '' diff --fail-on never original.txt derived.txt
expect 2 'fail-on takes' diff --fail-on sometimes original.txt derived.txt

# ---- batches -------------------------------------------------------------------
python3 - "$data" >pairs.jsonl <<'PY' || fail "could not write the batch input"
import json, sys
d = sys.argv[1]
read = lambda n: open(f"{d}/{n}", encoding="utf-8").read()
print(json.dumps({"id": "harbor", "original": read("harbor_original.txt"), "derived": read("harbor_derived.txt")}))
print(json.dumps({"id": 2, "original": read("harbor_original.txt"), "derived": read("harbor_original.txt")}))
print(json.dumps({"id": "broken", "original": 5}))
print(json.dumps({"id": "last", "original": "The mayor said it rained.", "derived": "It rained."}))
PY
expect 2 '^pairs.jsonl:3:1: record needs "original" and "derived"' diff --jsonl pairs.jsonl
python3 - out <<'PY' && pass "diff --jsonl: one report per good pair, in order, ids kept" || fail "diff --jsonl: $(cat out)"
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
assert [r["id"] for r in recs] == ["harbor", 2, "last"], recs
assert recs[0]["summary"]["errors"] > 0 and recs[1]["findings"] == [], recs
assert any(f["rule"] == "attribution-lost" for f in recs[2]["findings"]), recs[2]
PY
"$newsprov" diff --format json original.txt derived.txt >single.json
python3 - out single.json <<'PY' && pass "diff --jsonl finds what diff finds for the pair" || fail "diff --jsonl differs from diff"
import json, sys
batch = json.loads(open(sys.argv[1]).readline())
single = json.load(open(sys.argv[2]))
key = lambda f: (f["rule"], f["location"]["offset"], f["message"])
assert sorted(map(key, batch["findings"])) == sorted(map(key, single["findings"])), (batch, single)
PY
expect 2 '^pairs.jsonl:3:1: ' diff --jsonl --fail-fast pairs.jsonl
[ "$(grep -c . out)" -eq 2 ] && pass "diff --jsonl --fail-fast stops at the bad pair" || fail "diff --fail-fast: $(cat out)"
python3 - "$data" >checks.jsonl <<'PY' || fail "could not write the check batch"
import json, sys
d = sys.argv[1]
read = lambda n: open(f"{d}/{n}", encoding="utf-8").read()
print(json.dumps({"id": "object", "claims": json.loads(read("seed_story.prov.json")), "article": read("seed_facts.txt")}))
print(json.dumps({"id": "text", "claims": read("seed_story.prov.json"), "article": read("seed_facts.txt")}))
print(json.dumps({"id": "bad", "claims": "document\n  entity(", "article": "x"}))
print(json.dumps({"id": "undeclared", "claims": {}, "article": "The mayor said the bridge would open on Monday."}))
PY
expect 2 '^checks.jsonl:3:1: claims: 2:' check --jsonl checks.jsonl
python3 - out <<'PY' && pass "check --jsonl: claims as object or text, one report per pair" || fail "check --jsonl: $(cat out)"
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
assert [r["id"] for r in recs] == ["object", "text", "undeclared"], recs
assert recs[0]["findings"] == recs[1]["findings"], recs
assert [f["rule"] for f in recs[2]["findings"]] == ["undeclared-attribution"], recs[2]
PY
head -n 2 checks.jsonl >good_checks.jsonl
"$newsprov" check --jsonl - <good_checks.jsonl >from_stdin.jsonl
"$newsprov" check --jsonl good_checks.jsonl >from_file.jsonl
same from_file.jsonl from_stdin.jsonl "check --jsonl reads standard input"
expect 2 'not --claims' check --jsonl --claims claims.json checks.jsonl

# ---- --jobs --------------------------------------------------------------------
jobs_input=$src/../shared/eval/polnear-dev.jsonl
[ -f "$jobs_input" ] || jobs_input=many.jsonl
for n in 1 2 3; do "$newsprov" extract --jsonl --jobs "$n" "$jobs_input" >jobs$n.jsonl; done
[ -s jobs1.jsonl ] && pass "extract --jobs 1 on $(basename "$jobs_input")" || fail "extract --jobs 1 wrote nothing"
same jobs1.jsonl jobs2.jsonl "extract --jobs 2 is byte-identical to --jobs 1"
same jobs1.jsonl jobs3.jsonl "extract --jobs 3 is byte-identical to --jobs 1"
cp article.txt a2.txt
"$newsprov" extract --jobs 1 article.txt a2.txt empty.txt >files1.jsonl
"$newsprov" extract --jobs 3 article.txt a2.txt empty.txt >files3.jsonl
same files1.jsonl files3.jsonl "extract --jobs 3 over plain-text files keeps their order"

# Many files, few descriptors: one input is open at a time.
mkdir many && for i in $(seq 1 300); do printf 'The mayor said %d.\n' "$i" >"many/f$i.txt"; done
n=$( (ulimit -n 32; "$newsprov" extract --jobs 2 many/*.txt) | grep -c '"id"')
[ "$n" -eq 300 ] && pass "extract over 300 files under ulimit -n 32" || fail "extract over 300 files under ulimit -n 32: $n records"

# ---- progress ------------------------------------------------------------------
"$newsprov" extract --jsonl many.jsonl -o /dev/null 2>err
[ ! -s err ] && pass "no progress when standard error is not a terminal" || fail "progress on a file: $(head -c 200 err)"
if script -qec true /dev/null >/dev/null 2>&1; then
    NEWSPROV_PROGRESS_DELAY=0 script -qec "'$newsprov' extract --jsonl --jobs 1 many.jsonl -o progress.jsonl" /dev/null >tty.txt
    grep -aEq 'newsprov extract: [0-9]+ items, [0-9.]+ MB/s, [0-9]+:[0-9]{2} left' tty.txt &&
        pass "progress on a terminal: items, MB/s, time left" || fail "no progress on a terminal: $(head -c 300 tty.txt)"
    NEWSPROV_PROGRESS_DELAY=0 script -qec "'$newsprov' extract --jsonl --quiet many.jsonl -o progress.jsonl" /dev/null >tty.txt
    ! grep -aq 'items' tty.txt && pass "--quiet: no progress on a terminal" || fail "--quiet showed progress"
    script -qec "'$newsprov' extract --jsonl many.jsonl -o progress.jsonl" /dev/null >tty.txt
    ! grep -aq 'items' tty.txt && pass "a short run shows no progress" || fail "a short run showed progress"
fi

echo
[ $failed -eq 0 ] && echo "all passed" || echo "$failed failed"
[ $failed -eq 0 ]

#!/usr/bin/env bash
# Interop checks with the real tools (Debian: raptor2-utils, graphviz, python3):
#   - rapper -i turtle -c accepts our PROV-O Turtle of the seed story with the
#     triple count the writer reports (265), and of a story full of hostile strings;
#   - dot -Tsvg renders our DOT of both;
#   - python3's json module parses our JSON-LD of both, and the seed story's has
#     the schema.org @type counts we expect.
# usage: tests/interop/run.sh SEED_EXPORT   (the examples/seed/seed_export program)
# A missing tool skips its checks with a message; exit 77 (skipped) when all are missing.
set -uo pipefail

exporter=${1:?usage: run.sh SEED_EXPORT}
work=$(mktemp -d "${TMPDIR:-/tmp}/newsprov-interop.XXXXXX")
trap 'rm -rf "$work"' EXIT
failed=0
ran=0
fail() { echo "FAIL: $*"; failed=1; }

for which in seed hostile; do
    flag=""; [ "$which" = hostile ] && flag=--hostile
    for format in turtle jsonld dot; do
        "$exporter" $flag "$format" > "$work/$which.$format" || fail "seed_export $flag $format"
    done
done

# ---- Turtle: rapper ---------------------------------------------------------
if command -v rapper >/dev/null 2>&1; then
    ran=1
    expect_seed=265 expect_hostile=38
    for which in seed hostile; do
        if rapper -i turtle -c "$work/$which.turtle" "https://newsprov.dev/base/" > "$work/rapper.out" 2>&1; then
            count=$(sed -n 's/.*returned \([0-9]*\) triple.*/\1/p' "$work/rapper.out")
            expect_var=expect_$which
            if grep -qi "warning\|error" "$work/rapper.out"; then
                fail "rapper warned about the $which story:"; cat "$work/rapper.out"
            elif [ "$count" != "${!expect_var}" ]; then
                fail "rapper read $count triples from the $which story, expected ${!expect_var}"
            else
                echo "ok: rapper -i turtle -c accepts the $which story: $count triples"
            fi
        else
            fail "rapper rejects the $which story's Turtle:"; cat "$work/rapper.out"
        fi
    done
else
    echo "SKIP: rapper not found (Debian package raptor2-utils): Turtle not checked"
fi

# ---- DOT: Graphviz -----------------------------------------------------------
if command -v dot >/dev/null 2>&1; then
    ran=1
    for which in seed hostile; do
        if dot -Tsvg "$work/$which.dot" > "$work/$which.svg" 2> "$work/dot.err" && grep -q "<svg" "$work/$which.svg"; then
            if [ -s "$work/dot.err" ]; then
                fail "dot warned about the $which story:"; cat "$work/dot.err"
            else
                echo "ok: dot -Tsvg renders the $which story ($(wc -c < "$work/$which.svg") bytes of SVG)"
            fi
        else
            fail "dot cannot render the $which story:"; cat "$work/dot.err"
        fi
    done
else
    echo "SKIP: dot not found (Debian package graphviz): DOT not checked"
fi

# ---- JSON-LD: python3 --------------------------------------------------------
python=""
for p in /usr/bin/python3 python3; do command -v "$p" >/dev/null 2>&1 && { python=$p; break; }; done
if [ -n "$python" ]; then
    ran=1
    "$python" - "$work/seed.jsonld" "$work/hostile.jsonld" <<'PY' || failed=1
import collections, json, sys

def types(node, counts):
    if isinstance(node, dict):
        t = node.get("@type")
        if t is not None:
            counts[t] += 1
        for v in node.values():
            types(v, counts)
    elif isinstance(node, list):
        for v in node:
            types(v, counts)

ok = True
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    ctx = doc.get("@context", {})
    if ctx.get("@vocab") != "https://schema.org/" or "@graph" not in doc:
        print(f"FAIL: {path}: no schema.org @context or no @graph"); ok = False
    if sum(1 for n in doc["@graph"] if n.get("@type") == "NewsArticle") != 1:
        print(f"FAIL: {path}: not exactly one NewsArticle"); ok = False
    if any("@id" not in n for n in doc["@graph"]):
        print(f"FAIL: {path}: a node without @id"); ok = False

with open(sys.argv[1], encoding="utf-8") as f:
    counts = collections.Counter()
    types(json.load(f), counts)
expected = {"NewsArticle": 1, "Claim": 18, "Person": 10, "GovernmentOrganization": 3,
            "Organization": 1, "QuantitativeValue": 4, "Place": 3}
if dict(counts) != expected:
    print(f"FAIL: seed JSON-LD @type counts {dict(counts)}, expected {expected}"); ok = False
else:
    print("ok: JSON-LD parses; seed @type counts: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
sys.exit(0 if ok else 1)
PY
else
    echo "SKIP: python3 not found: JSON-LD not checked"
fi

[ "$ran" -eq 1 ] || { echo "SKIP: none of rapper, dot, python3 is installed"; exit 77; }
[ "$failed" -eq 0 ] && echo "interop: all checks passed"
exit "$failed"

#!/bin/sh
# newsprov extract --to FORMAT: the extracted document in every format, and the
# round trip the README shows: extract --to prov-json, then check the document
# against the same text (no quote-not-verbatim, claim-not-found, source-mismatch
# or figure-not-found; no article-changed) and against an edited copy
# (article-changed, both hashes).
# Usage: extract_to.sh NEWSPROV ARTICLE.txt
set -u
newsprov=$1
article=$2
[ -f "$article" ] || { echo "skipped: $article not found"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

for format in prov-json prov-n turtle jsonld dot; do
    "$newsprov" extract --to "$format" "$article" > "$tmp/doc.$format" || fail "extract --to $format exited $?"
    [ -s "$tmp/doc.$format" ] || fail "extract --to $format wrote nothing"
done
grep -q '"np:articleSha256": "[0-9a-f]\{64\}"' "$tmp/doc.prov-json" || fail "no np:articleSha256 in the PROV-JSON"
grep -q 'np:articleSha256="[0-9a-f]\{64\}"' "$tmp/doc.prov-n" || fail "no np:articleSha256 in the PROV-N"
grep -q '"np:DirectQuote"\|"np:Paraphrase"' "$tmp/doc.prov-json" || fail "no claims in the PROV-JSON"
# standard input works too, and gives the same claims under the story id "article"
"$newsprov" extract --to prov-json - < "$article" > "$tmp/stdin.json" || fail "extract --to prov-json - exited $?"
grep -q '"story:article"' "$tmp/stdin.json" || fail "standard input's story is not story:article"

"$newsprov" check --format json --claims "$tmp/doc.prov-json" "$article" > "$tmp/same.json"
status=$?
[ $status -le 1 ] || fail "check against the same text exited $status"
for rule in quote-not-verbatim claim-not-found source-mismatch figure-not-found article-changed; do
    grep -q "\"$rule\"" "$tmp/same.json" && fail "check against the same text reports $rule"
done
# the PROV-N document checks the same way
cp "$tmp/doc.prov-n" "$tmp/doc.provn"  # check reads PROV-N by the .provn extension
"$newsprov" check --format json --claims "$tmp/doc.provn" "$article" > "$tmp/same_n.json"
[ $? -le 1 ] || fail "check of the PROV-N document failed"
cmp -s "$tmp/same.json" "$tmp/same_n.json" || fail "PROV-JSON and PROV-N documents check differently"

{ cat "$article"; echo "An edited sentence was added later."; } > "$tmp/edited.txt"
"$newsprov" check --format json --claims "$tmp/doc.prov-json" "$tmp/edited.txt" > "$tmp/edited.json"
grep -q '"article-changed"' "$tmp/edited.json" || fail "an edited article is not reported as article-changed"

"$newsprov" extract --to no-such-format "$article" > /dev/null 2>&1 && fail "an unknown --to format was accepted"
"$newsprov" extract --to prov-json --jsonl "$article" > /dev/null 2>&1 && fail "--to with --jsonl was accepted"
echo "extract --to: all formats written; the document checks clean against its text and notices an edit"

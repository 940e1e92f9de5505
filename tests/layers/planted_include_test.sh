#!/usr/bin/env bash
# The layer check catches what it is there for: a copy of include/ with one bad
# include planted must fail, naming the file and line; the real tree must pass.
# Usage: planted_include_test.sh REPO
set -u
repo=${1:?usage: planted_include_test.sh REPO}
check="$repo/.ci/check_layers.py"
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

python3 "$check" "$repo" >/dev/null || fail "the real include tree breaks the layers"

plant() {  # plant FILE LINE -> copy of the tree with LINE appended to FILE
    rm -rf "$work/tree" && mkdir -p "$work/tree" && cp -r "$repo/include" "$work/tree/" &&
        printf '%s\n' "$2" >>"$work/tree/include/newsprov/$1"
}
expect_caught() {  # expect_caught FILE LINE PATTERN
    plant "$1" "$2" || fail "could not copy the tree"
    out=$(python3 "$check" "$work/tree"); rc=$?
    [ $rc -eq 1 ] || fail "planted '$2' in $1: exit $rc, expected 1"
    grep -qE "$3" <<<"$out" || fail "planted '$2' in $1: message does not match '$3': $out"
    echo "caught: $1 <- $2"
}
expect_caught core/kinds.hpp '#include <newsprov/policy/rule.hpp>' 'core/kinds.hpp:[0-9]+: core/ includes newsprov/policy/rule.hpp, a layer above it'
expect_caught util/utf8.hpp '#include <newsprov/core/error.hpp>' 'util/utf8.hpp:[0-9]+: util/ includes'
expect_caught json/value.hpp '#  include "newsprov/io/prov_json.hpp"' 'json/value.hpp:[0-9]+: json/ includes newsprov/io/'
expect_caught text/tokens.hpp '#include <newsprov/newsprov.hpp>' 'umbrella header'
mkdir -p "$work/tree/include/newsprov/extra"
out=$(python3 "$check" "$work/tree"); [ $? -eq 1 ] && grep -q 'not a declared layer' <<<"$out" || fail "an undeclared folder passed"
echo "caught: an undeclared folder"
echo "layer check: 5 planted faults caught, the real tree passes"

#!/usr/bin/env python3
"""Real output of `newsprov` validated against the JSON Schemas in schemas/.

    tests/cli/schemas_test.py path/to/newsprov

Runs extract (plain text, JSON Lines, PolNeAR dev when ../shared/eval has it),
check and diff with --format json, and check/diff --jsonl on batch input that
is itself validated against the batch record schemas. Each schema must also
reject a record with a member taken away or changed, so a schema that accepts
anything fails the test. Exit 77 (skipped) without python3-jsonschema.
"""
import copy
import json
import os
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed: skipped")
    sys.exit(77)

newsprov = os.path.abspath(sys.argv[1])
src = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
data = os.path.join(src, "tests", "check", "data")
failed = 0


def schema(name):
    with open(os.path.join(src, "schemas", name), encoding="utf-8") as f:
        s = json.load(f)
    jsonschema.Draft202012Validator.check_schema(s)
    return jsonschema.Draft202012Validator(s)


def run(*args, stdin=None, codes=(0,)):
    p = subprocess.run([newsprov, *args], input=stdin, capture_output=True, text=True)
    if p.returncode not in codes:
        raise SystemExit(f"newsprov {' '.join(args)}: exit {p.returncode}: {p.stderr[:400]}")
    return p.stdout


def check(validator, docs, what):
    global failed
    n = 0
    for doc in docs:
        errors = list(validator.iter_errors(doc))
        if errors:
            failed += 1
            print(f"FAIL {what}: {errors[0].message} at {list(errors[0].absolute_path)}")
            return
        n += 1
    if n == 0:
        failed += 1
        print(f"FAIL {what}: nothing to validate")
        return
    print(f"ok   {what}: {n} valid")


def must_reject(validator, doc, what):
    global failed
    if validator.is_valid(doc):
        failed += 1
        print(f"FAIL {what}: the schema accepts it")
    else:
        print(f"ok   {what}: rejected")


def lines(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def read(name):
    with open(os.path.join(data, name), encoding="utf-8") as f:
        return f.read()


# extract
record = schema("extract-record.schema.json")
articles = [os.path.join(data, n) for n in sorted(os.listdir(data)) if n.endswith(".txt")]
plain = lines(run("extract", *articles))
check(record, plain, "extract on tests/check/data/*.txt")
check(record, [r for r in plain if r["figures"] or r["byline"]], "extract records with figures or a byline")
sample = "\n".join(json.dumps({"id": i, "text": read(os.path.basename(a))}) for i, a in enumerate(articles)) + "\n"
check(record, lines(run("extract", "--jsonl", stdin=sample)), "extract --jsonl")
dev = os.path.join(src, "..", "shared", "eval", "polnear-dev.jsonl")
if os.path.exists(dev):
    check(record, lines(run("extract", "--jsonl", dev)), "extract --jsonl on PolNeAR dev")
broken = copy.deepcopy(plain[0])
del broken["quotes"]
must_reject(record, broken, "an extract record without quotes")
broken = copy.deepcopy(plain[0])
broken["dateline"] = [1]
must_reject(record, broken, "an extract record with a one-number span")

# check and diff, one pair
check_report = schema("check-report.schema.json")
diff_report = schema("diff-report.schema.json")
checked = json.loads(run("check", "--format", "json", "--claims", os.path.join(data, "seed_story.prov.json"),
                         os.path.join(data, "seed_facts.txt"), codes=(0, 1)))
undeclared = json.loads(run("check", "--format", "json", "--claims", "-", os.path.join(data, "harbor_original.txt"),
                            stdin="{}", codes=(0, 1)))
check(check_report, [checked, undeclared], "check --format json")
drift = json.loads(run("diff", "--format", "json", os.path.join(data, "harbor_original.txt"),
                       os.path.join(data, "harbor_derived.txt"), codes=(1,)))
check(diff_report, [drift], "diff --format json")
if not any("related" in f for f in drift["findings"]):
    failed += 1
    print("FAIL diff --format json: no finding with a related location to validate")
broken = copy.deepcopy(drift)
broken["findings"][0]["severity"] = "fatal"
must_reject(diff_report, broken, "a diff report with an unknown severity")

# batches
check_pair = schema("check-batch-record.schema.json")
diff_pair = schema("diff-batch-record.schema.json")
batch_report = schema("batch-report.schema.json")
check_input = [
    {"id": "object", "claims": json.loads(read("seed_story.prov.json")), "article": read("seed_facts.txt")},
    {"id": 7, "claims": read("seed_story.prov.json"), "article": read("seed_facts.txt")},
    {"claims": {}, "article": read("harbor_original.txt")},
]
diff_input = [
    {"id": "harbor", "original": read("harbor_original.txt"), "derived": read("harbor_derived.txt")},
    {"id": "same", "original": read("harbor_original.txt"), "derived": read("harbor_original.txt")},
]
check(check_pair, check_input, "check --jsonl input")
check(diff_pair, diff_input, "diff --jsonl input")
must_reject(diff_pair, {"id": 1, "original": "x"}, "a diff pair without derived")
as_jsonl = lambda rs: "".join(json.dumps(r) + "\n" for r in rs)
check_out = lines(run("check", "--jsonl", stdin=as_jsonl(check_input), codes=(0, 1)))
diff_out = lines(run("diff", "--jsonl", stdin=as_jsonl(diff_input), codes=(0, 1)))
check(batch_report, check_out, "check --jsonl reports")
check(batch_report, diff_out, "diff --jsonl reports")
if [r["id"] for r in check_out] != ["object", 7, None] or [r["id"] for r in diff_out] != ["harbor", "same"]:
    failed += 1
    print("FAIL batch reports: ids not kept in order")
broken = copy.deepcopy(diff_out[0])
del broken["id"]
must_reject(batch_report, broken, "a batch report without id")

print("all passed" if failed == 0 else f"{failed} failed")
sys.exit(1 if failed else 0)

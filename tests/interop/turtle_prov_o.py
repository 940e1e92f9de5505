#!/usr/bin/python3
"""PROV-O Turtle of documents other tools wrote, read back by python-prov.

usage: turtle_prov_o.py NEWSPROV CORPUS_DIR [--verbose]
  NEWSPROV    the newsprov command
  CORPUS_DIR  ../shared/testdata/prov-external (manifest.tsv, docs/)

For every document the manifest calls valid:
  - the reference records: python-prov reading the original (a PROV-JSON file), or
    reading `newsprov export --to prov-json` of a PROV-N file (python-prov has no
    PROV-N reader; the corpus conformance test checks that export separately);
  - python-prov's own PROV-O round trip (its Turtle, read back by its PROV-O
    reader); a document counts only when that round trip is whole, that is when
    python-prov itself loses nothing in PROV-O;
  - `newsprov export --to turtle`, read back by python-prov's PROV-O reader: its
    record counts per PROV type must equal the reference's, and `rapper -i turtle
    -c` must accept it (when rapper is installed). A document with bundles must
    be refused with exit 2 and a message (Turtle has no named graphs), and so must
    a PROV-N document with extension expressions (provext:alternateOf(...)).
Prints one line per failure and a summary. Exit 0 when every counted document
passes, 1 otherwise, 77 (skipped) when the corpus or python3-prov is missing.
"""
import collections
import io
import os
import shutil
import subprocess
import sys

try:
    import prov.model as pm
    from prov.serializers.provrdf import ProvRDFSerializer
except ImportError:
    print("python3-prov is not installed: skipped")
    sys.exit(77)


def counts(document):
    """Records per PROV type, over the document and its bundles; bundles counted."""
    c = collections.Counter()
    for r in document.get_records():
        c[str(r.get_type())] += 1
    for b in document.bundles:
        c["bundle"] += 1
        for r in b.get_records():
            c[str(r.get_type())] += 1
    return c


def read_turtle(text):
    return ProvRDFSerializer(pm.ProvDocument()).deserialize(io.StringIO(text), rdf_format="turtle")


def python_round_trip(document):
    buf = io.StringIO()
    document.serialize(buf, format="rdf", rdf_format="turtle")
    return read_turtle(buf.getvalue())


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    newsprov, corpus = sys.argv[1], sys.argv[2]
    verbose = "--verbose" in sys.argv
    manifest = os.path.join(corpus, "manifest.tsv")
    if not os.path.exists(manifest):
        print(f"{manifest} is missing: skipped")
        return 77
    rapper = shutil.which("rapper")
    tally = collections.Counter()
    failures = []
    with open(manifest, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
    for row in rows:
        relpath, fmt, expect = row[0], row[1], row[2]
        if expect != "valid":
            continue
        path = os.path.join(corpus, "docs", relpath)
        tally["valid"] += 1
        try:
            if fmt == "json":
                reference = pm.ProvDocument.deserialize(path, format="json")
            else:
                j = run([newsprov, "export", "--to", "prov-json", path])
                if j.returncode == 2 and "cannot hold the extension expression" in j.stderr:
                    # PROV-N extension expressions: Turtle must refuse them too, never drop them
                    t = run([newsprov, "export", "--to", "turtle", path])
                    if t.returncode == 2 and not t.stdout and "Turtle cannot hold the extension expression" in t.stderr:
                        tally["extension expressions refused with a message"] += 1
                    else:
                        failures.append(f"{relpath}: has extension expressions, exit {t.returncode}, not refused")
                    continue
                if j.returncode != 0:
                    tally["not read"] += 1
                    continue
                reference = pm.ProvDocument.deserialize(content=j.stdout, format="json")
            whole = counts(python_round_trip(reference)) == counts(reference)
        except Exception:  # python-prov cannot read or round-trip it: not counted
            tally["python-prov fails"] += 1
            continue
        ours = run([newsprov, "export", "--to", "turtle", path])
        if reference.bundles:
            if ours.returncode == 2 and "bundle" in ours.stderr:
                tally["bundles refused with a message"] += 1
            else:
                failures.append(f"{relpath}: has bundles, exit {ours.returncode}, not refused")
            continue
        if not whole:
            tally["python-prov's own round trip not whole"] += 1
            continue
        tally["counted"] += 1
        if ours.returncode != 0:
            if run([newsprov, "export", "--to", "prov-json", path]).returncode != 0:
                tally["refused by our reader (not a Turtle matter)"] += 1
                continue
            failures.append(f"{relpath}: export --to turtle exit {ours.returncode}: {ours.stderr.strip()}")
            continue
        if rapper:
            r = subprocess.run([rapper, "-i", "turtle", "-c", "-", "https://newsprov.dev/base/"],
                               input=ours.stdout, capture_output=True, text=True, timeout=120)
            if r.returncode != 0 or "error" in r.stderr.lower() or "warning" in r.stderr.lower():
                failures.append(f"{relpath}: rapper: {r.stderr.strip().splitlines()[-2:]}")
                continue
        try:
            back = counts(read_turtle(ours.stdout))
        except Exception as e:
            failures.append(f"{relpath}: python-prov cannot read our Turtle: {e!r}")
            continue
        want = counts(reference)
        if back != want:
            diff = {k: (want.get(k, 0), back.get(k, 0)) for k in set(want) | set(back) if want.get(k) != back.get(k)}
            failures.append(f"{relpath}: records (original, read back) {diff}")
            continue
        tally["records equal"] += 1
        tally["records read back"] += sum(want.values())
        if verbose:
            print(f"ok {relpath}: {sum(want.values())} records")
    for line in failures:
        print("FAIL " + line)
    for key in ("valid", "python-prov fails", "not read", "extension expressions refused with a message",
                "bundles refused with a message",
                "python-prov's own round trip not whole", "counted", "refused by our reader (not a Turtle matter)",
                "records equal", "records read back"):
        print(f"{key}: {tally[key]}")
    print(f"failed: {len(failures)}" + ("" if rapper else " (rapper not installed: Turtle syntax not checked)"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

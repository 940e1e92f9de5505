#!/usr/bin/python3
"""Interoperability of newsprov's PROV-JSON and PROV-N with python-prov.

usage: prov_interop.py NEWSPROV_BINARY SEED_PROVN

1. python-prov reads newsprov's PROV-JSON of the seed story and finds the same
   number of records of each type as newsprov wrote (counted from its PROV-N).
2. A document that python-prov builds (agents, entities, attribution,
   delegation, derivations typed quotation / revision / primary source,
   bundles) and writes as PROV-JSON is read by newsprov and exported again;
   python-prov finds the export equal to its own document. The same through
   newsprov's PROV-N (PROV-JSON -> PROV-N -> PROV-JSON), and for the PROV-N
   that python-prov writes (which python-prov itself cannot read).

Exit status 0 when all hold, 1 otherwise, 77 (skipped) without python3-prov.
"""
import collections
import os
import re
import subprocess
import sys
import tempfile

try:
    import prov.model as pm
except ImportError:
    print("SKIPPED: python3-prov is not installed (apt-get install python3-prov)")
    sys.exit(77)

failures = 0


def check(ok, what):
    global failures
    print(("ok      " if ok else "FAILED  ") + what)
    if not ok:
        failures += 1


def newsprov(binary, *args):
    r = subprocess.run([binary, *args], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit("newsprov %s failed (%d): %s" % (" ".join(args), r.returncode, r.stderr))
    return r.stdout


def python_counts(doc):
    counts = collections.Counter(type(r).__name__ for r in doc.get_records())
    for b in doc.bundles:
        counts.update(type(r).__name__ for r in b.get_records())
    return counts


PROVN_TYPES = {
    "entity": "ProvEntity", "agent": "ProvAgent", "activity": "ProvActivity",
    "wasAttributedTo": "ProvAttribution", "actedOnBehalfOf": "ProvDelegation",
    "wasDerivedFrom": "ProvDerivation", "wasGeneratedBy": "ProvGeneration", "used": "ProvUsage",
}


def provn_counts(text):
    counts = collections.Counter()
    for line in text.splitlines():
        m = re.match(r"\s*(\w+)\(", line)
        if m:
            counts[PROVN_TYPES.get(m.group(1), m.group(1))] += 1
    return counts


def provn_records(doc):
    """The record lines of python-prov's PROV-N of `doc`, sorted, namespaces left out."""
    return sorted(line.strip() for line in doc.get_provn().splitlines()
                  if line.strip() and not line.strip().startswith(("prefix", "default")))


def build_python_document():
    d = pm.ProvDocument()
    d.add_namespace("ex", "http://example.org/")
    d.add_namespace("foaf", "http://xmlns.com/foaf/0.1/")
    alice = d.agent("ex:alice", {"prov:type": pm.PROV["Person"], "foaf:name": "Alice", "ex:age": 41})
    org = d.agent("ex:newsroom", {"prov:type": pm.PROV["Organization"]})
    d.actedOnBehalfOf(alice, org)
    d.actedOnBehalfOf("ex:bob", org, identifier="ex:delegation1")
    report = d.entity("ex:report", {"prov:label": "a report", "ex:words": 1200, "ex:score": 0.75})
    draft = d.entity("ex:draft")
    wire = d.entity("ex:wire")
    statement = d.entity("ex:statement", {"prov:value": pm.Literal("bonjour", langtag="fr")})
    d.wasAttributedTo(report, alice)
    d.wasDerivedFrom(report, statement, other_attributes={"prov:type": pm.PROV["Quotation"]})
    d.wasDerivedFrom(report, draft, other_attributes={"prov:type": pm.PROV["Revision"]})
    d.wasDerivedFrom(report, wire, other_attributes={"prov:type": pm.PROV["PrimarySource"]})
    write = d.activity("ex:writing", "2025-04-18T10:00:00", "2025-04-18T11:30:00")
    d.wasGeneratedBy(report, write, "2025-04-18T11:30:00")
    d.used(write, draft)
    d.wasAssociatedWith(write, alice)
    b = d.bundle("ex:provenance-of-report")
    b.entity("ex:report", {"ex:checked": True})
    b.wasAttributedTo("ex:report", "ex:checker")
    return d


def read_python(path):
    return pm.ProvDocument.deserialize(path, format="json")


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    binary, seed = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="newsprov-interop-") as tmp:
        # 1. python-prov reads our PROV-JSON of the seed story.
        ours_json = os.path.join(tmp, "seed.json")
        newsprov(binary, "export", "--to", "prov-json", "-o", ours_json, seed)
        ours_provn = newsprov(binary, "export", "--to", "prov-n", ours_json)
        theirs = python_counts(read_python(ours_json))
        expected = provn_counts(ours_provn)
        check(theirs == expected, "python-prov reads our seed PROV-JSON: %s" % dict(sorted(theirs.items())))
        check(expected["ProvEntity"] == 23 and expected["ProvAgent"] == 14 and expected["ProvAttribution"] == 21
              and expected["ProvDelegation"] == 1, "seed story: 23 entities, 14 agents, 21 attributions, 1 delegation")

        # 2. What python-prov writes, we read and export again, equivalently.
        original = build_python_document()
        their_json = os.path.join(tmp, "python.json")
        with open(their_json, "w") as f:
            f.write(original.serialize(indent=1))
        again = os.path.join(tmp, "again.json")
        newsprov(binary, "export", "--to", "prov-json", "-o", again, their_json)
        check(read_python(again) == original, "python-prov PROV-JSON -> newsprov -> PROV-JSON is the same document")

        via_n = os.path.join(tmp, "via.provn")
        newsprov(binary, "export", "--to", "prov-n", "-o", via_n, their_json)
        back = os.path.join(tmp, "back.json")
        newsprov(binary, "export", "--to", "prov-json", "-o", back, via_n)
        check(read_python(back) == original, "python-prov PROV-JSON -> newsprov PROV-N -> PROV-JSON is the same document")
        with open(again) as a, open(back) as b:
            check(a.read() == b.read(), "newsprov's PROV-JSON is identical directly and through PROV-N")

        their_provn = os.path.join(tmp, "python.provn")
        with open(their_provn, "w") as f:
            f.write(original.get_provn())
        from_n = os.path.join(tmp, "from_n.json")
        newsprov(binary, "export", "--to", "prov-json", "-o", from_n, their_provn)
        # python-prov spells a float xsd:float in PROV-N but xsd:double in PROV-JSON, so
        # the documents are compared as python-prov prints them in PROV-N.
        check(provn_records(read_python(from_n)) == provn_records(original),
              "python-prov PROV-N -> newsprov -> PROV-JSON is the same document (as PROV-N records)")
        counts = python_counts(original)
        check(all(counts[t] > 0 for t in ("ProvAgent", "ProvEntity", "ProvAttribution", "ProvDelegation",
                                          "ProvDerivation")) and len(original.bundles) == 1,
              "the python-prov document has agents, entities, attribution, delegation, derivations, a bundle")
    print("interop: %d failed" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

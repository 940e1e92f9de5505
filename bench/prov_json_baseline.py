#!/usr/bin/python3
"""The python-prov side of bench/prov_json_throughput: the same document built
with python-prov and written as PROV-JSON, then read back.

usage: prov_json_baseline.py CLAIMS
prints one line: build_write_seconds read_seconds bytes peak_rss_mib
build_write_cpu_seconds read_cpu_seconds (elapsed, then CPU time of the
process: on a shared machine the CPU time is the steadier figure)
(exit 77 when python3-prov is missing)."""
import io
import resource
import sys
import time

try:
    import prov.model as pm
except ImportError:
    print("python3-prov missing", file=sys.stderr)
    sys.exit(77)


def main():
    claims = int(sys.argv[1])
    people, orgs = max(claims // 10, 1), max(claims // 100, 1)
    t0, c0 = time.perf_counter(), time.process_time()
    d = pm.ProvDocument()
    d.add_namespace("np", "https://newsprov.dev/ns#")
    d.add_namespace("story", "https://newsprov.dev/story/bench/")
    for o in range(orgs):
        d.agent("story:org-%d" % o, {"prov:type": pm.QualifiedName(pm.Namespace("np", "https://newsprov.dev/ns#"), "Organization"),
                                     "prov:label": "Organization %d" % o})
    np_ns = pm.Namespace("np", "https://newsprov.dev/ns#")
    for p in range(people):
        d.agent("story:person-%d" % p, {"prov:type": np_ns["Person"], "prov:label": "Person %d" % p,
                                        "np:role": np_ns["Spokesperson"], "np:principal": d.valid_qualified_name("story:org-%d" % (p % orgs))})
    for c in range(claims):
        d.entity("story:claim-%d" % c, {"prov:type": np_ns["Paraphrase"],
                                        "np:text": "claim number %d says something about the talks" % c})
    for c in range(claims):
        d.wasAttributedTo("story:claim-%d" % c, "story:person-%d" % (c % people), other_attributes={"np:cue": "said"})
    for p in range(people):
        d.actedOnBehalfOf("story:person-%d" % p, "story:org-%d" % (p % orgs))
    text = d.serialize(format="json")
    t1, c1 = time.perf_counter(), time.process_time()
    back = pm.ProvDocument.deserialize(content=text, format="json")
    t2, c2 = time.perf_counter(), time.process_time()
    assert len(back.get_records()) == len(d.get_records())
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print("%f %f %d %f %f %f" % (t1 - t0, t2 - t1, len(text.encode()), rss, c1 - c0, c2 - c1))


if __name__ == "__main__":
    main()

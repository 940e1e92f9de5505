#!/usr/bin/python3
"""PROV conformance on documents other tools wrote (../shared/testdata/prov-external).

usage: prov_corpus.py NEWSPROV_BINARY CORPUS_DIR [--every K]

For each row of CORPUS_DIR/manifest.tsv (valid / invalid / either):
  J1 = export --to prov-json, N1 = export --to prov-n of the original;
  invalid: both exports exit 2 with FILE:line:col;
  either:  both refused with a message (exit 2), or accepted and judged as valid;
  valid:   both accepted, and
    - J1 exported again is byte-identical;
    - the records of J1, of J2 = N1 -> prov-json and of J3 = (J1 -> prov-n) ->
      prov-json equal the original's (python-prov reads the PROV-JSON; the
      original PROV-N is read by the small PROV-N reader below, written from
      the W3C grammar, and handed to python-prov as PROV-JSON so both sides
      are compared the same way);
    - N1 read by that PROV-N reader has the original's records (PROV-N
      written without loss);
    - J1 is valid against schema/prov-json.schema.patched.json whenever the
      original PROV-JSON is, or for PROV-N python-prov's PROV-JSON of the
      original's records (python3-jsonschema);
  valid or either, PROV-N with extension expressions (provext:alternateOf(...),
  prov:derivedByInsertionFrom(d2, d1, {("k1", e1)}), which the reader below
  reads too): N1 accepted, and
    - N1 read by that reader has the original's records and extension
      expressions (name, identifier, every argument as written: names, times,
      "-", literals, sets, tuples, nested expressions; attributes);
    - N1 exported to PROV-N again is byte-identical;
    - export of the original and of N1 to prov-json, turtle, dot and jsonld
      each exits 2 with FILE:line:col naming the first extension expression
      ("... cannot hold the extension expression provext:alternateOf ...").
Records are compared as multisets per bundle: type, id, every attribute with
its value (qualified names by URI, literals by lexical form, datatype and
language; numbers of numeric types by value).
--every K checks every K-th row only (a quicker run, e.g. under sanitizers).
Prints the result by class and the failures; exit 0 when all pass, 1
otherwise, 77 (skipped) without the corpus or python3-prov.
"""
import collections
import decimal
import json
import os
import re
import subprocess
import sys
import tempfile

try:
    import prov.model as pm
    from prov.identifier import Identifier, QualifiedName
except ImportError:
    print("SKIPPED: python3-prov is not installed (apt-get install python3-prov)")
    sys.exit(77)
try:
    import jsonschema
except ImportError:
    jsonschema = None

# The formats that cannot hold an extension expression, as `export --to` names
# them and as their refusal names them.
REFUSING = (("prov-json", "PROV-JSON"), ("turtle", "PROV-O Turtle"), ("dot", "DOT"), ("jsonld", "JSON-LD"))

# ---- a PROV-N reader written from the W3C grammar (lenient as real files are) ----

ARGS = {
    "entity": [], "agent": [], "activity": ["prov:startTime", "prov:endTime"],
    "wasGeneratedBy": ["prov:entity", "prov:activity", "prov:time"],
    "used": ["prov:activity", "prov:entity", "prov:time"],
    "wasInformedBy": ["prov:informed", "prov:informant"],
    "wasStartedBy": ["prov:activity", "prov:trigger", "prov:starter", "prov:time"],
    "wasEndedBy": ["prov:activity", "prov:trigger", "prov:ender", "prov:time"],
    "wasInvalidatedBy": ["prov:entity", "prov:activity", "prov:time"],
    "wasDerivedFrom": ["prov:generatedEntity", "prov:usedEntity", "prov:activity", "prov:generation", "prov:usage"],
    "wasAttributedTo": ["prov:entity", "prov:agent"],
    "wasAssociatedWith": ["prov:activity", "prov:agent", "prov:plan"],
    "actedOnBehalfOf": ["prov:delegate", "prov:responsible", "prov:activity"],
    "wasInfluencedBy": ["prov:influencee", "prov:influencer"],
    "alternateOf": ["prov:alternate1", "prov:alternate2"],
    "specializationOf": ["prov:specificEntity", "prov:generalEntity"],
    "hadMember": ["prov:collection", "prov:entity"],
    "mentionOf": ["prov:specificEntity", "prov:generalEntity", "prov:bundle"],
}
ELEMENTS = {"entity", "agent", "activity"}
TOKEN = re.compile(r'''
    (?P<ws>\s+|//[^\n]*|/\*.*?\*/)
  | (?P<long>"""(?:.|\n)*?""")
  | (?P<str>"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^>]*>)
  | (?P<qn>'[^']*')
  | (?P<punct>%%|[(),;=\[\]@{}])
  | (?P<name>(?:\\.|[^\s(),;=\[\]'"<>{}%@])+)
''', re.X | re.S)


class ProvnError(Exception):
    pass


def tokens(text):
    """The tokens of `text` and the offset of each."""
    out, offsets, i = [], [], 0
    while i < len(text):
        m = TOKEN.match(text, i)
        if not m:
            raise ProvnError("cannot read at offset %d" % i)
        i = m.end()
        if m.lastgroup != "ws":
            out.append((m.lastgroup, m.group()))
            offsets.append(m.start())
    return out, offsets


def unescape_name(t):
    return re.sub(r"\\(.)", r"\1", t)


def unescape_string(s):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}.get(m.group(1), m.group(1)), s)


def read_provn(text):
    """PROV-N text -> a PROV-JSON structure (values spelled as PROV-JSON spells them)."""
    return read_provn_with_extensions(text)[0]


def read_provn_with_extensions(text):
    """PROV-N text -> (the PROV-JSON structure of its records, its extension
    expressions: {bundle id or None: Counter of canonical tuples}, the first
    extension expression as (name, line, column) or None)."""
    toks, offsets = tokens(text)
    pos = [0]
    extensions = collections.defaultdict(collections.Counter)
    first = []

    def peek(k=0):
        return toks[pos[0] + k] if pos[0] + k < len(toks) else (None, None)

    def take(value=None):
        t = peek()
        if t[0] is None or (value is not None and t[1] != value):
            raise ProvnError("expected %r, got %r" % (value, t[1]))
        pos[0] += 1
        return t

    def value():
        kind, t = take()
        if kind == "qn":
            return {"$": unescape_name(t[1:-1]), "type": "prov:QUALIFIED_NAME"}
        if kind in ("str", "long"):
            s = unescape_string(t[3:-3] if kind == "long" else t[1:-1])
            if peek()[1] == "@":
                take()
                return {"$": s, "lang": take()[1]}
            if peek()[1] == "%%":
                take()
                return {"$": s, "type": unescape_name(take()[1])}
            return s
        if kind == "name" and re.fullmatch(r"-?\d+", t):
            return int(t)
        raise ProvnError("bad value %r" % t)

    def hashable(v):  # a value() as a tuple; booleans by truth value
        if isinstance(v, dict):
            if v.get("type") == "xsd:boolean" and v["$"] in ("1", "0", "true", "false"):
                return ("bool", v["$"] in ("1", "true"))
            return ("literal", v["$"], v.get("type"), v.get("lang"))
        return ("literal", v, None, None)

    def attribute_list():
        take("[")
        attrs = []
        while peek()[1] != "]":
            name = unescape_name(take()[1])
            take("=")
            attrs.append((name, hashable(value())))
            if peek()[1] == ",":
                take()
        take("]")
        return tuple(attrs)

    def extension_call():
        """After the name: (identifier, arguments, attributes)."""
        take("(")
        ident = None
        if peek()[0] == "name" and peek(1)[1] == ";":
            ident = unescape_name(take()[1])
            take(";")
            if ident == "-":
                ident = None
        args, attrs = [], ()
        while True:
            if args and peek()[1] == "[":
                attrs = attribute_list()
                take(")")
                return ident, tuple(args), attrs
            args.append(extension_argument())
            if peek()[1] == ")":
                take()
                return ident, tuple(args), attrs
            take(",")

    def extension_argument():
        kind, t = peek()
        if kind in ("qn", "str", "long"):
            return hashable(value())
        if t in ("{", "("):
            take()
            close, items = "}" if t == "{" else ")", []
            while not (t == "{" and not items and peek()[1] == "}"):
                items.append(extension_argument())
                if peek()[1] == close:
                    break
                take(",")
            take(close)
            return ("set" if t == "{" else "tuple", tuple(items))
        kind, t = take()
        if kind != "name":
            raise ProvnError("bad extension argument %r" % t)
        if t == "-":
            return ("absent",)
        if re.fullmatch(r"-?\d+", t):
            return ("literal", t, None, None)
        if peek()[1] == "(":
            return ("expression", unescape_name(t)) + extension_call()
        return ("name", unescape_name(t))

    bundle_of = [None]

    def container(end_words):
        c = {"prefix": {}}
        while True:
            kind, t = take()
            if t in end_words:
                return c, t
            if t == "prefix":
                p = unescape_name(take()[1])
                c["prefix"][p] = take()[1][1:-1]
            elif t == "default":
                c["prefix"]["default"] = take()[1][1:-1]
            elif t == "bundle":
                bid = unescape_name(take()[1])
                bundle_of.append(bid)
                inner, _ = container({"endBundle"})
                bundle_of.pop()
                c.setdefault("bundle", {})[bid] = inner
            elif t in ARGS:
                expression(c, t)
            elif kind == "name" and ":" in t and peek()[1] == "(":
                # extensibilityExpression: QUALIFIED_NAME "(" optionalIdentifier
                # extensibilityArgument ("," extensibilityArgument)* optionalAttributeValuePairs ")"
                at = offsets[pos[0] - 1]
                if not first:
                    first.append((unescape_name(t), text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)))
                extensions[bundle_of[-1]][("expression", unescape_name(t)) + extension_call()] += 1
            else:
                raise ProvnError("unknown expression %r" % t)

    def expression(c, word):
        take("(")
        rec, rid, args = {}, None, []
        while peek()[1] != ")" and peek()[1] != "[":
            kind, t = take()
            if peek()[1] == ";":
                take()
                rid = unescape_name(t)
                continue
            args.append(None if t == "-" else unescape_name(t))
            if peek()[1] == ",":
                take()
        if word in ELEMENTS:
            rid, args = args[0], args[1:]
        for name, a in zip(ARGS[word], args):
            if a is not None:
                rec[name] = a
        if peek()[1] == "[":
            take()
            while peek()[1] != "]":
                name = unescape_name(take()[1])
                take("=")
                v = value()
                if name in rec:
                    rec[name] = rec[name] if isinstance(rec[name], list) else [rec[name]]
                    rec[name].append(v)
                else:
                    rec[name] = v
                if peek()[1] == ",":
                    take()
            take("]")
        take(")")
        key = rid if rid is not None else "_:n%d" % len(c.get(word, {}))
        c.setdefault(word, {}).setdefault(key, []).append(rec)

    take("document")
    doc, _ = container({"endDocument"})
    if pos[0] != len(toks):
        raise ProvnError("text after endDocument")
    return doc, dict(extensions), (first[0] if first else None)


# ---- comparison -------------------------------------------------------------

NUMERIC = {"int", "integer", "long", "short", "byte", "decimal", "double", "float", "nonNegativeInteger",
           "positiveInteger", "unsignedInt", "unsignedLong", "negativeInteger", "nonPositiveInteger"}


def canon(v):
    if isinstance(v, QualifiedName):
        return ("qn", v.uri)
    if isinstance(v, Identifier):
        return ("uri", v.uri)
    if isinstance(v, pm.Literal):
        dt = v.datatype.uri if v.datatype is not None else None
        text = str(v.value)
        if dt and dt.rsplit("#", 1)[-1] in NUMERIC:
            try:
                return ("num", str(decimal.Decimal(text).normalize()))
            except decimal.InvalidOperation:
                pass
        return ("lit", text, dt, v.langtag)
    if isinstance(v, bool):
        return ("bool", v)
    if isinstance(v, (int, float)):
        return ("num", str(decimal.Decimal(repr(v)).normalize()))
    if hasattr(v, "isoformat"):
        return ("time", v.isoformat())
    return ("str", str(v))


def records(doc):
    def of(bundle):
        return collections.Counter(
            (r.get_type().uri, r.identifier.uri if r.identifier is not None else None,
             tuple(sorted(((a.uri, canon(v)) for a, v in r.attributes), key=repr)))
            for r in bundle.get_records())
    out = {None: of(doc)}
    for b in doc.bundles:
        out[b.identifier.uri if b.identifier is not None else None] = of(b)
    return out


def shimmed(structure, shim):
    if shim == "default":
        structure.setdefault("prefix", {}).setdefault("default", "urn:x-unprefixed:")
    elif shim == "ex":
        structure.setdefault("prefix", {}).setdefault("ex", "urn:x-undeclared:ex:")
    return structure


def from_json_text(text, shim):
    return records(pm.ProvDocument.deserialize(content=json.dumps(shimmed(json.loads(text), shim)), format="json"))


def from_provn_text(text, shim):
    return records(pm.ProvDocument.deserialize(content=json.dumps(shimmed(read_provn(text), shim)), format="json"))


def export(binary, to, path):
    r = subprocess.run([binary, "export", "--to", to, path], capture_output=True, timeout=120)
    return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")


def export_text(binary, to, text, suffix, work):
    path = os.path.join(work, "in" + suffix)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    rc, out, err = export(binary, to, path)
    if rc != 0:
        raise AssertionError("re-export to %s failed: %s" % (to, err.strip()))
    return out


def judge_accepted(binary, path, fmt, shim, j1, n1, schema, work):
    """Raises AssertionError naming what differs."""
    if export_text(binary, "prov-json", j1, ".json", work) != j1:
        raise AssertionError("J1 exported again is not byte-identical")
    original_text = open(path, encoding="utf-8-sig").read()
    try:
        ref = from_json_text(original_text, shim) if fmt == "json" else from_provn_text(original_text, shim)
    except Exception as e:  # the reference cannot read it: nothing to compare with
        return "no reference (%s)" % type(e).__name__
    j2 = export_text(binary, "prov-json", n1, ".provn", work)
    j3 = export_text(binary, "prov-json", export_text(binary, "prov-n", j1, ".json", work), ".provn", work)
    for name, text, reader in (("J1", j1, from_json_text), ("N1", n1, from_provn_text),
                               ("J2 (N1 -> JSON)", j2, from_json_text), ("J3 (J1 -> N -> JSON)", j3, from_json_text)):
        got = reader(text, shim)
        if got != ref:
            diff = {k: (sum(ref.get(k, {}).values()), sum(got.get(k, {}).values())) for k in set(ref) | set(got)}
            raise AssertionError("%s records differ from the original's (per bundle: original, ours): %s" % (name, diff))
    if schema is not None:
        validator = jsonschema.Draft4Validator(schema)
        if fmt == "json":
            reference_json = json.loads(original_text)
        else:  # python-prov's PROV-JSON of the original's records
            reference_json = json.loads(pm.ProvDocument.deserialize(
                content=json.dumps(shimmed(read_provn(original_text), shim)), format="json").serialize(format="json"))
        if validator.is_valid(reference_json) and not validator.is_valid(json.loads(j1)):
            raise AssertionError("J1 breaks the PROV-JSON schema where the reference does not: %s" %
                                 next(iter(validator.iter_errors(json.loads(j1)))).message[:150])
    return None


def judge_extensions(binary, path, shim, n1, original, work):
    """A PROV-N document with extension expressions (`original`: the reference
    reading of it). Raises AssertionError naming what differs."""
    doc, extensions, _ = original
    ref = records(pm.ProvDocument.deserialize(content=json.dumps(shimmed(doc, shim)), format="json"))
    n1_doc, n1_extensions, n1_first = read_provn_with_extensions(n1)
    if records(pm.ProvDocument.deserialize(content=json.dumps(shimmed(n1_doc, shim)), format="json")) != ref:
        raise AssertionError("N1 records differ from the original's")
    if n1_extensions != extensions:
        for bundle in set(extensions) | set(n1_extensions):
            lost = extensions.get(bundle, collections.Counter()) - n1_extensions.get(bundle, collections.Counter())
            added = n1_extensions.get(bundle, collections.Counter()) - extensions.get(bundle, collections.Counter())
            if lost or added:
                raise AssertionError("N1 extension expressions differ from the original's in bundle %s: lost %s, "
                                     "added %s" % (bundle, list(lost)[:1], list(added)[:1]))
    if export_text(binary, "prov-n", n1, ".provn", work) != n1:
        raise AssertionError("N1 exported to PROV-N again is not byte-identical")
    n1_path = os.path.join(work, "n1.provn")
    with open(n1_path, "w", encoding="utf-8") as f:
        f.write(n1)
    for source, (name, line, column) in ((path, original[2]), (n1_path, n1_first)):
        for to, label in REFUSING:
            rc, out, err = export(binary, to, source)
            wanted = "%s:%d:%d: %s cannot hold the extension expression %s;" % (source, line, column, label, name)
            if rc != 2 or out or not err.startswith(wanted):
                raise AssertionError("export --to %s of %s: exit %d, %d bytes out, %r (wanted %r)" %
                                     (to, "N1" if source == n1_path else "the original", rc, len(out),
                                      err.strip()[:200], wanted))


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    binary, corpus = sys.argv[1], sys.argv[2]
    every = int(sys.argv[sys.argv.index("--every") + 1]) if "--every" in sys.argv else 1
    manifest = os.path.join(corpus, "manifest.tsv")
    if not os.path.exists(manifest):
        print("SKIPPED: no corpus at %s" % corpus)
        sys.exit(77)
    schema = None
    if jsonschema is not None:
        with open(os.path.join(corpus, "schema", "prov-json.schema.patched.json"), encoding="utf-8") as f:
            schema = json.load(f)
    else:
        print("note: python3-jsonschema missing, schema validity not checked")
    rows = [line.rstrip("\n").split("\t") for line in open(manifest, encoding="utf-8") if not line.startswith("#")]
    result = collections.Counter()
    notes = collections.Counter()
    position = re.compile(r":\d+:\d+: ")
    with tempfile.TemporaryDirectory() as work:
        for n, row in enumerate(rows):
            if n % every:
                continue
            rel, fmt, expect, shim = row[0], row[1], row[2], (row[5] if len(row) > 5 else "")
            path = os.path.join(corpus, "docs", rel)
            (rj, j1, ej), (rn, n1, en) = export(binary, "prov-json", path), export(binary, "prov-n", path)
            problem = None
            original = None
            if fmt == "provn" and expect != "invalid":
                try:
                    original = read_provn_with_extensions(open(path, encoding="utf-8-sig").read())
                except Exception:  # the reference cannot read it: judged as before
                    pass
            if original is not None and original[1]:  # extension expressions
                if rn != 0:
                    problem = "refused (exit %d): %s" % (rn, en.strip()[:200])
                else:
                    try:
                        judge_extensions(binary, path, shim, n1, original, work)
                        notes["extension expressions, kept in PROV-N and refused elsewhere"] += 1
                    except Exception as e:
                        problem = str(e)[:300]
            elif expect == "invalid":
                if not (rj == 2 and rn == 2 and position.search(ej) and position.search(en)):
                    problem = "invalid by design but exit %d/%d: %s" % (rj, rn, (ej or en).strip()[:200])
            elif rj != 0 or rn != 0:
                refused = rj == 2 and rn == 2 and ej.strip() and en.strip()
                if expect == "valid" or not refused:
                    problem = "refused (exit %d/%d): %s" % (rj, rn, (ej or en).strip()[:200])
            else:
                try:
                    note = judge_accepted(binary, path, fmt, shim, j1, n1, schema, work)
                    if note:
                        notes[note] += 1
                except Exception as e:
                    problem = str(e)[:300]
            result[(expect, problem is None)] += 1
            if problem:
                print("FAILED %s [%s]: %s" % (rel, expect, problem))
    for expect in ("valid", "invalid", "either"):
        print("%-8s passed %4d  failed %4d" % (expect, result[(expect, True)], result[(expect, False)]))
    for note, count in notes.items():
        print("note: %d accepted documents have %s" % (count, note))
    sys.exit(1 if any(count for (_, ok), count in result.items() if ok is False) else 0)


if __name__ == "__main__":
    main()

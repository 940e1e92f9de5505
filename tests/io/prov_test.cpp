// PROV-JSON and PROV-N: lossless round trips of newsprov documents and of
// documents written by other tools, and positioned errors.
#include <newsprov/graph/graph.hpp>
#include <newsprov/io/prov_json.hpp>
#include <newsprov/io/dot.hpp>
#include <newsprov/json/json.hpp>
#include <newsprov/io/jsonld.hpp>
#include <newsprov/io/prov_n.hpp>
#include <newsprov/io/turtle.hpp>

#include "../../examples/seed/seed_story.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace np = newsprov;

namespace {

np::story_document rich_document() {
    np::story_document doc = np::to_document(seed::story);
    np::source_record anon;
    anon.kind = np::source_kind::anonymous;
    anon.id = "diplomat";
    anon.name = "a Western diplomat";
    anon.anonymity_reason = "not authorized to discuss the talks";
    doc.add_source(anon);
    np::source_record statement;
    statement.kind = np::source_kind::document;
    statement.id = "statement";
    statement.name = "Kremlin statement";
    statement.document = np::document_kind::statement;
    statement.principal = "kremlin";
    doc.add_source(statement);
    statement.id = "statement-v2";
    doc.add_source(statement);
    statement.id = "wire-copy";
    statement.document = np::document_kind::article;
    doc.add_source(statement);
    np::relation_record r;
    r.kind = np::relation_kind::revision_of;
    r.from = "statement-v2";
    r.to = "statement";
    doc.add_relation(r, "rev1");  // a relation id: written through the records, not streamed
    r.kind = np::relation_kind::quoted_from;
    r.from = "wire-copy";
    r.to = "statement-v2";
    doc.add_relation(r);
    const std::pair<std::size_t, std::size_t> words[]{{100, 140}};
    doc.add_claim({np::claim_kind::direct_quote, "q1", "We are \"ready\" \\ willing\nto talk"}, words);
    doc.add_span({"q1", np::span_role::cue, 90, 94});
    doc.add_span({"q1", np::span_role::source, 80, 89});
    r = {};
    r.kind = np::relation_kind::attribution;
    r.from = "q1";
    r.to = "diplomat";
    r.cue = "said";
    r.date = "2025-04-18";
    doc.add_relation(r);
    np::quantity_record q;
    q.claim = "q1";
    q.value = 2.5;
    q.unit = "USD";
    doc.add_quantity(q);
    doc.set_text("The article's text, kept with the document.");
    return doc;
}

// What python-prov 2.0 writes for a small document (its own spelling: typed
// numbers, qualified names, anonymous ids, a bundle, two records of one id).
constexpr std::string_view python_prov_json = R"({
 "prefix": {"ex": "http://example.org/", "foaf": "http://xmlns.com/foaf/0.1/"},
 "agent": {
  "ex:alice": {"ex:n": {"$": 1, "type": "xsd:int"}, "ex:f": {"$": 1.5, "type": "xsd:double"},
               "foaf:name": {"$": "Alice", "lang": "en"}, "prov:type": {"$": "prov:Person", "type": "prov:QUALIFIED_NAME"}},
  "ex:org": {}
 },
 "entity": {"ex:r": {"prov:label": "report"}, "ex:s": [{"ex:v": 1}, {"ex:v": [2, 3]}]},
 "activity": {"ex:write": {"prov:startTime": "2025-04-18T10:00:00", "ex:flag": true}},
 "wasAttributedTo": {"_:id1": {"prov:entity": "ex:r", "prov:agent": "ex:alice"}},
 "wasDerivedFrom": {
  "_:id2": {"prov:generatedEntity": "ex:r", "prov:usedEntity": "ex:s",
            "prov:type": {"$": "prov:Quotation", "type": "prov:QUALIFIED_NAME"}},
  "_:id3": {"prov:generatedEntity": "ex:r", "prov:usedEntity": "ex:s", "prov:activity": "ex:write"}
 },
 "actedOnBehalfOf": {"ex:del1": {"prov:delegate": "ex:alice", "prov:responsible": "ex:org"}},
 "bundle": {"ex:b": {"prefix": {"ex": "http://example.org/"}, "entity": {"ex:z": {}}}}
})";

}  // namespace

TEST_CASE("PROV-JSON: document -> PROV-JSON -> document -> PROV-JSON is identical") {
    for (const np::story_document& doc : {np::to_document(seed::story), rich_document()}) {
        const std::string first = np::to_prov_json(doc);
        const np::story_document back = np::read_prov_json(first);
        CHECK(np::to_prov_json(back) == first);
        CHECK(np::to_prov_json(back, {2}) == np::to_prov_json(doc, {2}));
        // The streaming writer and the record-by-record one agree.
        CHECK(first == np::write_prov_json(np::to_prov_model(doc)));
        CHECK(np::to_prov_json(back, {1}) == np::write_prov_json(np::to_prov_model(back), {1}));
        CHECK(back.sources().size() == doc.sources().size());
        CHECK(back.claims().size() == doc.claims().size());
        CHECK(back.quantities().size() == doc.quantities().size());
        CHECK(back.relations().size() == doc.relations().size());
        CHECK(back.spans().size() == doc.spans().size());
        CHECK(back.text() == doc.text());
        CHECK(back.foreign().top.records.empty());
        CHECK(np::check(back) == np::check(doc));
    }
}

TEST_CASE("PROV-JSON: the streaming writer matches the record writer with spans and quantities") {
    np::story_document doc = rich_document();
    np::story_document streamable;
    streamable.set_info(doc.info());
    for (const auto& s : doc.sources()) streamable.add_source(s);
    for (const auto& c : doc.claims()) streamable.add_claim(c);
    for (const auto& q : doc.quantities()) streamable.add_quantity(q);
    for (const auto& r : doc.relations()) streamable.add_relation(r);
    for (const auto& s : doc.spans()) streamable.add_span(s);
    const std::string streamed = np::to_prov_json(streamable, {1});
    CHECK(streamed == np::write_prov_json(np::to_prov_model(streamable), {1}));
    CHECK(np::to_prov_json(np::read_prov_json(streamed), {1}) == streamed);
}

TEST_CASE("PROV-JSON: what the mapping keeps") {
    const np::story_document back = np::read_prov_json(np::to_prov_json(rich_document()));
    const np::source_record* anon = back.find_source("diplomat");
    REQUIRE(anon);
    CHECK(anon->kind == np::source_kind::anonymous);
    CHECK(anon->anonymity_reason == "not authorized to discuss the talks");
    const np::source_record* peskov = back.find_source("peskov");
    REQUIRE(peskov);
    CHECK(peskov->role == np::source_role::spokesperson_for);
    CHECK(peskov->principal == "kremlin");
    CHECK(peskov->has_principal_kind);
    CHECK(back.find_source("wire-copy")->document == np::document_kind::article);
    CHECK(back.find_claim("q1")->text == "We are \"ready\" \\ willing\nto talk");
    CHECK(back.info().dateline == "PARIS");
    bool revision = false, quotation = false, relay = false, byline = false;
    for (std::size_t i = 0; i < back.relations().size(); ++i) {
        const auto& r = back.relations()[i];
        if (r.kind == np::relation_kind::revision_of) revision = back.relation_id(i) == "rev1";
        if (r.kind == np::relation_kind::quoted_from) quotation = r.from == "wire-copy";
        if (r.kind == np::relation_kind::relayed_by) relay = r.via == "rubio" && r.to == "witkoff";
        if (r.kind == np::relation_kind::byline) byline = r.to == "arhirova" && r.location == "Kyiv" && r.from.empty();
    }
    CHECK(revision);
    CHECK(quotation);
    CHECK(relay);
    CHECK(byline);
    const auto figs = np::figures(back);
    REQUIRE(figs.size() == 2);
    CHECK(figs[1].quantities[1].parts.at(0)->value == 6);
    REQUIRE(back.quantities().size() == 5);
    CHECK(back.quantities()[4].value == 2.5);
    CHECK(back.quantities()[4].unit == "USD");
}

TEST_CASE("PROV-N: document -> PROV-N -> document -> PROV-N is identical") {
    for (const np::story_document& doc : {np::to_document(seed::story), rich_document()}) {
        const std::string first = np::to_prov_n(doc);
        const np::story_document back = np::read_prov_n(first);
        CHECK(np::to_prov_n(back) == first);
        CHECK(np::to_prov_json(back) == np::to_prov_json(doc));
        CHECK(back.spans() .size() == doc.spans().size());
    }
}

TEST_CASE("PROV-JSON -> PROV-N -> PROV-JSON is identical") {
    for (const std::string& json : {np::to_prov_json(np::to_document(seed::story)), np::to_prov_json(rich_document()),
                                    std::string(python_prov_json)}) {
        const np::prov::model m = np::read_prov_json_model(json);
        const std::string once = np::write_prov_json(m);
        const std::string through_n = np::write_prov_json(np::read_prov_n_model(np::write_prov_n(m)));
        CHECK(through_n == once);
        CHECK(np::read_prov_n_model(np::write_prov_n(m)) == m);
    }
}

TEST_CASE("documents of other tools: foreign records, attributes and bundles are kept") {
    const np::story_document doc = np::read_prov_json(python_prov_json);
    CHECK(doc.sources().empty());  // no np types: nothing becomes a source
    const np::prov::model& f = doc.foreign();
    CHECK(f.top.records.size() == 10);
    REQUIRE(f.bundles.size() == 1);
    CHECK(f.bundles[0].id == "ex:b");
    CHECK(f.top.find_namespace("foaf") != nullptr);
    // Exported again: the same records (newsprov adds its own namespaces).
    np::prov::model again = np::read_prov_json_model(np::to_prov_json(doc));
    np::prov::model original = np::read_prov_json_model(python_prov_json);
    CHECK(again.top.records == original.top.records);
    CHECK(again.bundles == original.bundles);
    CHECK(again.top.namespaces.size() == original.top.namespaces.size() + 2);

    // An np-typed agent among foreign ones keeps its foreign attributes.
    const np::story_document mixed = np::read_prov_json(R"({"prefix": {"ex": "http://example.org/", "np": "https://newsprov.dev/ns#"},
        "agent": {"ex:bob": {"prov:type": [{"$": "np:Person", "type": "prov:QUALIFIED_NAME"},
                                           {"$": "prov:Person", "type": "prov:QUALIFIED_NAME"}],
                             "prov:label": "Bob", "ex:age": 40}},
        "entity": {"ex:c": {"prov:type": {"$": "np:Paraphrase", "type": "prov:QUALIFIED_NAME"}, "np:text": "hi"}},
        "wasAttributedTo": {"_:a": {"prov:entity": "ex:c", "prov:agent": "ex:bob"}}})");
    REQUIRE(mixed.find_source("ex:bob"));
    CHECK(mixed.find_source("ex:bob")->name == "Bob");
    REQUIRE(mixed.extra_attributes("ex:bob"));
    CHECK(mixed.extra_attributes("ex:bob")->size() == 2);
    CHECK(mixed.relations().size() == 1);
    CHECK(np::check(mixed).empty());
    const std::string out = np::to_prov_json(mixed);
    CHECK(out.find("\"ex:age\":40") != std::string::npos);
    CHECK(out.find("\"story:ex") == std::string::npos);  // foreign ids keep their prefix
}

TEST_CASE("PROV-N: a claim whose id looks like a quantity's keeps its extras to itself") {
    // fuzz finding: extras of parts, quantities and relations once shared one map,
    // keyed "#q0" for quantity 0, so a claim named "#q0" lent its attributes to it
    const std::string text = R"(document
  prefix np <https://newsprov.dev/ns#>
  prefix story <https://newsprov.dev/story/x0/>
  entity(story:#q0, [prov:type='np:Paraphrase', np:text="t", np:note="on the claim"])
  entity(story:c5, [prov:type='np:Paraphrase', np:text="u"])
  entity(story:c5-q0, [prov:type='np:Quantity', np:figure='story:c5', np:value="0" %% xsd:double, np:index="0" %% xsd:int])
  wasAttributedTo(story:c5, story:c5, [np:aside="on the relation"])
endDocument
)";
    const np::story_document doc = np::read_prov_n(text);
    REQUIRE(doc.extra_attributes("#q0"));
    CHECK(doc.extra_attributes("#q0")->size() == 1);
    CHECK(doc.quantity_extra_attributes(0) == nullptr);
    REQUIRE(doc.relation_extra_attributes(0));
    CHECK(doc.relation_extra_attributes(0)->front().name == "np:aside");
    const std::string once = np::to_prov_n(doc);
    CHECK(np::to_prov_n(np::read_prov_n(once)) == once);
}

TEST_CASE("PROV-N: an empty cue does not make an attribution of an undeclared claim newsprov's") {
    // fuzz finding: np:cue="" made the relation an attribution, the writer left the
    // empty cue out, and read back it became a foreign record written elsewhere
    const std::string text = R"(document
  prefix np <https://newsprov.dev/ns#>
  prefix story <https://newsprov.dev/story/s/>
  wasAttributedTo(story:c0, story:a, [np:note="not newsprov's"])
  wasAttributedTo(story:c1, story:a, [np:cue=""])
  wasAttributedTo(story:c2, story:a, [np:cue="said"])
endDocument
)";
    const np::story_document doc = np::read_prov_n(text);
    REQUIRE(doc.relations().size() == 1);
    CHECK(doc.relations()[0].from == "c2");
    CHECK(doc.foreign().top.records.size() == 2);
    const std::string once = np::to_prov_n(doc);
    CHECK(once.find(R"(wasAttributedTo(story:c1, story:a, [np:cue=""]))") != std::string::npos);
    CHECK(np::to_prov_n(np::read_prov_n(once)) == once);
    // of a declared claim, an empty cue is no cue: the attribution stays newsprov's
    const np::story_document declared = np::read_prov_n(R"(document
  prefix np <https://newsprov.dev/ns#>
  prefix story <https://newsprov.dev/story/s/>
  entity(story:c1, [prov:type='np:Paraphrase', np:text="t"])
  wasAttributedTo(story:c1, story:a, [np:cue=""])
endDocument
)");
    REQUIRE(declared.relations().size() == 1);
    CHECK(declared.relations()[0].cue.empty());
    const std::string written = np::to_prov_n(declared);
    CHECK(np::to_prov_n(np::read_prov_n(written)) == written);
}

TEST_CASE("PROV-N written by python-prov is read") {
    constexpr std::string_view provn = R"(document
  prefix ex <http://example.org/>
  default <http://example.org/default/>
  // a comment
  agent(ex:alice, [ex:n=1, ex:f="1.5" %% xsd:float, ex:s="str", prov:type='prov:Person', ex:l="x"@en])
  entity(ex:r, [prov:label="x"])
  activity(ex:a1, 2011-11-16T16:05:00, -)
  wasAttributedTo(ex:r, ex:alice)
  wasDerivedFrom(ex:r, ex:s, -, -, -, [prov:type='prov:Quotation'])
  actedOnBehalfOf(ex:del1; ex:alice, ex:org, -)
  wasGeneratedBy(-; ex:r, ex:a1, 2011-11-16T16:06:00)
  entity(local\-name, [ex:long="""two
lines"""])
  bundle ex:b
    entity(ex:z)
  endBundle
endDocument
)";
    const np::prov::model m = np::read_prov_n_model(provn);
    REQUIRE(m.top.records.size() == 8);
    CHECK(m.top.records[0].attributes[0].value.form == np::prov::lexical::number);
    CHECK(m.top.records[0].attributes[4].value.lang == "en");
    CHECK(m.top.records[2].args[0] == "2011-11-16T16:05:00");
    CHECK(m.top.records[5].id == "ex:del1");
    CHECK(m.top.records[6].id.empty());
    CHECK(m.top.records[6].args[2] == "2011-11-16T16:06:00");
    CHECK(m.top.records[7].id == "local-name");
    CHECK(m.top.records[7].attributes[0].value.text == "two\nlines");
    CHECK(m.bundles.at(0).content.records.size() == 1);
    CHECK(np::read_prov_n_model(np::write_prov_n(m)) == m);
}

TEST_CASE("PROV errors name line and column") {
    auto error_of = [](auto&& f) -> std::string {
        try {
            f();
        } catch (const np::input_error& e) {
            return e.what();
        }
        return "no error";
    };
    CHECK(error_of([] { (void)np::read_prov_json("{\n \"entity\": {\"a\": 3}}"); }) ==
          "2:18: a PROV-JSON record must be an object");
    CHECK(error_of([] { (void)np::read_prov_json("{\"entities\": {}}"); }).starts_with("1:14: unknown PROV-JSON member"));
    CHECK(error_of([] { (void)np::read_prov_json("{\"entity\": {\"a\": {\"x\": {\"type\": \"t\"}}}}"); })
              .starts_with("1:24: attribute x: a value object needs"));
    CHECK(error_of([] { (void)np::read_prov_json("{\"entity\": "); }).starts_with("1:12:"));
    // an attribute named like one of the record's arguments has no PROV-JSON form (fuzz finding)
    CHECK(error_of([] { (void)np::read_prov_n("document\n  wasAttributedTo(ex:e, ex:a, [prov:entity=\"x\"])\nendDocument"); }) ==
          "2:32: attribute prov:entity repeats an argument of wasAttributedTo");
    // an empty prefix has no PROV-N form; refused where it is declared
    CHECK(error_of([] { (void)np::read_prov_json("{\"prefix\": {\"ex\": \"http://a/\",\n \"\": \"http://b/\"}}"); }) ==
          "2:6: a namespace prefix must not be empty");
    CHECK(error_of([] {
        (void)np::read_prov_json(R"({"agent": {"story:a": {"prov:type": {"$": "np:Person", "type": "prov:QUALIFIED_NAME"},
  "np:role": "spokesperson"}}})");
    }).starts_with("1:23: np:role must be a qualified name"));
    CHECK(error_of([] {
        (void)np::read_prov_json(R"({"agent": {"story:a": {"prov:type": {"$": "np:Person", "type": "prov:QUALIFIED_NAME"}},
  "story:b": {"prov:type": {"$": "np:Person", "type": "prov:QUALIFIED_NAME"}}},
  "entity": {"story:a": {"prov:type": {"$": "np:Paraphrase", "type": "prov:QUALIFIED_NAME"}}}})");
    }).starts_with("3:25: duplicate id: a"));
    CHECK(error_of([] { (void)np::read_prov_n("document\n  entity(ex:a, [x=])\nendDocument"); }) ==
          "2:19: expected a value: \"string\", 'qualified:name' or an integer");
    CHECK(error_of([] { (void)np::read_prov_n("document\n  entitty(ex:a)\nendDocument"); }) ==
          "2:3: unknown PROV-N expression \"entitty\"");
    CHECK(error_of([] { (void)np::read_prov_n("document\n  entity(ex:a, [x=\"open\n"); }).starts_with("2:24: line break"));
    CHECK(error_of([] { (void)np::read_prov_n("document\n"); }) == "2:1: expected \"endDocument\"");
    CHECK(error_of([] { (void)np::read_prov_n("document\n wasAttributedTo(a, b, c)\nendDocument"); })
              .starts_with("2:24: too many arguments"));
}

TEST_CASE("PROV-N: anonymous elements get identifiers that read back (fuzz finding)") {
    // PROV-JSON keys "_:x" are anonymous; PROV-N has no element without an identifier
    // ("entity(, ...)" was written and refused by our own reader)
    const std::string_view json =
        R"({"entity": {"_:x": {"prov:label": "first"}, "_:y": {"prov:label": "second"}, "ex:a": {}},)"
        R"( "agent": {"_:z": {}}, "prefix": {"ex": "http://example.org/"}})";
    const np::story_document doc = np::read_prov_json(json);
    const std::string n = np::to_prov_n(doc);
    // blank identifiers are kept as they were read
    CHECK(n.find("entity(_:x, [prov:label=\"first\"])") != std::string::npos);
    CHECK(n.find("entity(_:y, [prov:label=\"second\"])") != std::string::npos);
    CHECK(n.find("agent(_:z)") != std::string::npos);
    const np::story_document back = np::read_prov_n(n);
    CHECK(np::to_prov_json(back) == np::to_prov_json(doc));

    // a fresh identifier never takes one the document already has
    np::prov::model m = np::read_prov_n_model("document\n  entity(_:id1)\n  entity(_:id2)\nendDocument\n");
    m.top.records.push_back({});
    m.top.records.back().kind = np::prov::record_kind::entity;
    const np::prov::model again = np::read_prov_n_model(np::write_prov_n(m));
    REQUIRE(again.top.records.size() == 3);
    CHECK(again.top.records[2].id == "_:id3");
}

TEST_CASE("PROV-JSON: a story id whose local name has a colon keeps its prefix (fuzz finding)") {
    // stripped to "_:x" it read back as an anonymous record with a fresh id
    const std::string_view json =
        R"({"entity": {"story:_:x": {"prov:type": {"$": "np:Paraphrase", "type": "prov:QUALIFIED_NAME"}, "np:text": "t"},)"
        R"( "story:a:b": {}}})";
    const np::story_document doc = np::read_prov_json(json);
    const std::string once = np::to_prov_json(doc);
    CHECK(once.find("\"story:_:x\"") != std::string::npos);
    CHECK(once.find("\"story:a:b\"") != std::string::npos);
    CHECK(np::to_prov_json(np::read_prov_json(once)) == once);
    CHECK(np::to_prov_json(np::read_prov_n(np::to_prov_n(doc))) == once);
}

TEST_CASE("PROV-N: a declared prefix that needs escapes reads back the same (fuzz finding)") {
    // The writer wrote declared prefixes as they were, so "prefix s\\ <...>"
    // (the prefix s\) came back as another prefix.
    const np::prov::model m = np::read_prov_n_model("document\n  prefix s\\\\ <https://example.org/s/>\n"
                                                    "  entity(s\\\\:a)\nendDocument\n");
    REQUIRE(m.top.namespaces.size() == 1);
    CHECK(m.top.namespaces[0].prefix == "s\\");
    const std::string once = np::write_prov_n(m);
    CHECK(once.find("prefix s\\\\ <https://example.org/s/>") != std::string::npos);
    CHECK(np::read_prov_n_model(once) == m);
    // A prefix from PROV-JSON with delimiters in it, and an IRI with bytes
    // PROV-N's IRI_REF excludes (percent-encoded), read back too.
    np::prov::model foreign;
    foreign.top.namespaces.push_back({"a, b//c", "http://example.org/a b\"{|}\n>"});
    const std::string text = np::write_prov_n(foreign);
    CHECK(text.find("<http://example.org/a%20b%22%7B%7C%7D%0A%3E>") != std::string::npos);
    const np::prov::model back = np::read_prov_n_model(text);
    REQUIRE(back.top.namespaces.size() == 1);
    CHECK(back.top.namespaces[0].prefix == "a, b//c");
    CHECK(np::write_prov_n(back) == text);
}

TEST_CASE("PROV-N: an IRI with a byte IRI_REF excludes is an error at that byte") {
    auto where_of = [](std::string_view text) -> std::string {
        try {
            (void)np::read_prov_n_model(text);
        } catch (const np::input_error& e) {
            return e.what();
        }
        return "no error";
    };
    // An IRI ran on over a line break and NUL bytes up to a later '>'.
    using namespace std::string_view_literals;
    CHECK(where_of("document\n  prefix s <https://ex.org/\n  entity(s:a, [x=\"\0\"]) <x>\nendDocument\n"sv)
              .starts_with("2:28: byte 0x0A in an IRI"));
    CHECK(where_of("document\n  default <https://ex.org/a b>\nendDocument\n").starts_with("2:28: byte 0x20 in an IRI"));
    CHECK(where_of("document\n  prefix ex <http://ex.org/{x}>\nendDocument\n").starts_with("2:28: byte 0x7B in an IRI"));
    CHECK(where_of("document\n  prefix ex <http://ex.org/\nendDocument\n").starts_with("2:28: byte 0x0A in an IRI"));
    CHECK(where_of("document\n  prefix ex <http://ex.org/").starts_with("2:14: unterminated IRI"));
    // Valid IRIs, with percent-encodings, non-ASCII and a fragment, read as before.
    const np::prov::model m =
        np::read_prov_n_model("document\n  prefix ex <http://ex.org/caf\xC3\xA9/a%20b?q=1#f>\n  entity(ex:a)\nendDocument\n");
    CHECK(m.top.namespaces.at(0).iri == "http://ex.org/caf\xC3\xA9/a%20b?q=1#f");
    CHECK(np::read_prov_n_model(np::write_prov_n(m)) == m);
}

namespace {

std::size_t count_of(std::string_view text, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

}  // namespace

TEST_CASE("PROV-N: many credit lines and many sources of one claim go through every writer (fuzz finding)") {
    // The writers looked up credits and (predicate, object) pairs by scanning
    // lists: time grew with the square of the credit lines of a story (JSON-LD,
    // DOT) and of the sources of one claim (Turtle).
    constexpr std::size_t n = 3000;
    std::string text = "document\n  prefix np <https://newsprov.dev/ns#>\n  prefix story <https://newsprov.dev/story/s/>\n"
                       "  entity(story:s, [prov:type='np:Story', np:headline=\"h\"])\n"
                       "  entity(story:c, [prov:type='np:Paraphrase', np:text=\"t\"])\n";
    for (std::size_t i = 0; i < n; ++i) {
        const std::string k = std::to_string(i);
        text += "  agent(story:j" + k + ", [prov:type='np:Journalist', prov:label=\"J\"])\n";
        text += "  wasAttributedTo(story:s, story:j" + k + ", [np:role='np:Contributor', np:location=\"Kyiv\"])\n";
        text += "  agent(story:a" + k + ", [prov:type='np:Person', prov:label=\"A\"])\n";
        text += "  wasAttributedTo(story:c, story:a" + k + ", [np:cue=\"said\"])\n";
    }
    text += "endDocument\n";
    const np::story_document doc = np::read_prov_n(text);
    CHECK(doc.sources().size() == 2 * n);
    CHECK(doc.relations().size() == 2 * n);
    const std::string once = np::to_prov_n(doc);
    CHECK(np::to_prov_n(np::read_prov_n(once)) == once);
    const std::string last = std::to_string(n - 1);
    const std::string ld = np::to_jsonld(doc);
    CHECK_NOTHROW((void)np::json::parse(ld));
    CHECK(count_of(ld, "\"Kyiv\"") == n);  // each contributor's workLocation, once
    const std::string ttl = np::to_turtle(doc);
    CHECK(count_of(ttl, "\"said\"") == n);  // each source's qualified attribution, once
    CHECK(ttl.find("story:a" + last) != std::string::npos);
    const std::string dot = np::to_dot(doc);
    CHECK(count_of(dot, "contributor<BR/><I>Kyiv</I>") == n);
}

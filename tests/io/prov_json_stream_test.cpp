// read_prov_json streams from the text into the document (json::cursor); the
// tree path (read_prov_json_model + from_prov_model) is the reference: the same
// document, the same foreign records in the same order, the same errors.
#include <newsprov/graph/graph.hpp>
#include <newsprov/io/prov_json.hpp>

#include "../../examples/seed/seed_story.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace np = newsprov;

namespace {

np::story_document through_tree(std::string_view text) { return np::from_prov_model(np::read_prov_json_model(text)); }

std::string error_of(auto&& f) {
    try {
        f();
    } catch (const np::input_error& e) {
        return e.what();
    }
    return "no error";
}

void check_same(std::string_view text) {
    CAPTURE(text);
    const np::story_document streamed = np::read_prov_json(text);
    const np::story_document tree = through_tree(text);
    CHECK(np::to_prov_json(streamed, {1}) == np::to_prov_json(tree, {1}));
    CHECK(streamed.foreign() == tree.foreign());
    CHECK(streamed.sources().size() == tree.sources().size());
    CHECK(streamed.claims().size() == tree.claims().size());
    CHECK(streamed.relations().size() == tree.relations().size());
    CHECK(streamed.quantities().size() == tree.quantities().size());
    CHECK(streamed.spans().size() == tree.spans().size());
}

// Relations before the entities and agents they name, foreign records of
// several kinds in between, arrays of records sharing an id, blank ids,
// escapes in ids, keys and values, typed and language-tagged values, bundles.
constexpr std::string_view mixed = R"({
 "prefix": {"ex": "http://example.org/", "np": "https://newsprov.dev/ns#", "story": "https://newsprov.dev/story/s/"},
 "wasAttributedTo": {
  "_:id1": {"prov:entity": "story:c1", "prov:agent": "story:p\u00e9", "np:cue": "said"},
  "_:id2": {"prov:entity": "ex:report", "prov:agent": "ex:bob"},
  "story:r9": {"prov:entity": "story:c2", "prov:agent": "story:org", "np:cue": "stated", "ex:note": {"$": "n\"b", "lang": "en"}}
 },
 "used": {"_:id3": {"prov:activity": "ex:a1", "prov:entity": "ex:report", "prov:time": "2020-01-01T00:00:00"}},
 "entity": {
  "story:c1": {"prov:type": {"$": "np:Paraphrase", "type": "prov:QUALIFIED_NAME"}, "np:text": "talks \"went\" well\n"},
  "story:c2": {"prov:type": {"$": "np:DirectQuote", "type": "prov:QUALIFIED_NAME"}, "np:text": "We agree", "np:span": "3-11"},
  "ex:report": [{"ex:n": {"$": 1, "type": "xsd:int"}}, {"ex:flag": true, "ex:list": ["a", 2, false]}],
  "story:c2-q0": {"prov:type": {"$": "np:Quantity", "type": "prov:QUALIFIED_NAME"},
                  "np:figure": {"$": "story:c2", "type": "prov:QUALIFIED_NAME"}, "np:value": {"$": 3, "type": "xsd:double"},
                  "np:index": {"$": 0, "type": "xsd:int"}}
 },
 "agent": {
  "story:p\u00e9": {"prov:type": {"$": "np:Person", "type": "prov:QUALIFIED_NAME"}, "prov:label": "P\u00e9 Rez",
                    "np:role": {"$": "np:Spokesperson", "type": "prov:QUALIFIED_NAME"},
                    "np:principal": {"$": "story:org", "type": "prov:QUALIFIED_NAME"}},
  "story:org": {"prov:type": {"$": "np:Organization", "type": "prov:QUALIFIED_NAME"}, "prov:label": "The Org"},
  "ex:bob": {}
 },
 "actedOnBehalfOf": {"_:id4": {"prov:delegate": "story:p\u00e9", "prov:responsible": "story:org"}},
 "wasDerivedFrom": {"_:id5": {"prov:generatedEntity": "ex:report", "prov:usedEntity": "story:c1"}},
 "bundle": {"ex:b1": {"prefix": {"ex": "http://example.org/b/"}, "entity": {"ex:z": {"ex:v": "\u2603"}},
                      "wasAttributedTo": {"_:id1": {"prov:entity": "ex:z", "prov:agent": "ex:bob"}}}}
})";

}  // namespace

TEST_CASE("PROV-JSON streaming reader: the same document as the tree reader") {
    const np::story_document seed_doc = np::to_document(seed::story);
    check_same(np::to_prov_json(seed_doc));
    check_same(np::to_prov_json(seed_doc, {2}));
    check_same(mixed);
    check_same("{}");
    check_same(R"({"entity": {"ex:a": {}}, "wasAttributedTo": {"_:x": {"prov:entity": "ex:a", "np:cue": "said"}}})");

    // Relations first: they wait for the entities and agents, and keep their order.
    const np::story_document d = np::read_prov_json(mixed);
    REQUIRE(d.relations().size() == 3);
    CHECK(d.relations()[0].from == "c1");
    CHECK(d.relations()[0].to == "p\xC3\xA9");
    CHECK(d.relations()[1].cue == "stated");
    CHECK(d.relations()[2].kind == np::relation_kind::on_behalf_of);
    CHECK(d.find_claim("c1")->text == "talks \"went\" well\n");
    CHECK(d.foreign().top.records.size() == 6);
    CHECK(d.foreign().bundles.size() == 1);

    // What is written reads back to the same bytes.
    const std::string once = np::to_prov_json(d);
    CHECK(np::to_prov_json(np::read_prov_json(once)) == once);
}

TEST_CASE("PROV-JSON streaming reader: the same errors as the tree reader") {
    for (const std::string_view text : {
             "", "[]", "{\"entity\": []}", "{\"entity\": {\"a\": 3}}", "{\"entities\": {}}",
             "{\"entity\": {\"a\": {\"x\": {\"type\": \"t\"}}}}", "{\"entity\": {\"a\": {\"x\": {\"$\": 1, \"y\": 2}}}}",
             "{\"entity\": {\"a\": {\"x\": null}}}", "{\"entity\": {\"a\": {\"x\": [1, [2]]}}}",
             "{\"entity\": {\"a\": {\"\": 1}}}", "{\"wasAttributedTo\": {\"_:a\": {\"prov:entity\": \"\"}}}",
             "{\"wasAttributedTo\": {\"_:a\": {\"prov:entity\": 3}}}", "{\"prefix\": {\"ex\": 1}}", "{\"prefix\": {\"\": \"http://example.org/\"}}",
             "{\"prefix\": []}", "{\"bundle\": {\"b\": {\"bundle\": {}}}}", "{\"bundle\": {\"b\": 1}}",
             "{\"entity\": {\"a\": {}, \"a\": {}}}", "{\"entity\": {}} x", "{\"entity\": {\"a\": {\"x\": {\"$\": 1, \"type\": 2}}}}",
             R"({"agent": {"story:a": {"prov:type": {"$": "np:Person", "type": "prov:QUALIFIED_NAME"}, "np:role": "spokesperson"}}})",
             R"({"agent": {"story:a": {"prov:type": {"$": "np:Person", "type": "prov:QUALIFIED_NAME"}}},
  "entity": {"story:a": {"prov:type": {"$": "np:Paraphrase", "type": "prov:QUALIFIED_NAME"}}}})",
             R"({"entity": {"story:q": {"prov:type": {"$": "np:Quantity", "type": "prov:QUALIFIED_NAME"}}}})",
             R"({"wasAttributedTo": {"_:a": {"prov:entity": "story:c", "np:cue": {"$": "x", "lang": "en"}}},
  "entity": {"story:c": {"prov:type": {"$": "np:Paraphrase", "type": "prov:QUALIFIED_NAME"}}}})",
         }) {
        CAPTURE(text);
        const std::string streamed = error_of([&] { (void)np::read_prov_json(text); });
        CHECK(streamed != "no error");
        CHECK(streamed == error_of([&] { (void)through_tree(text); }));
    }
}

TEST_CASE("PROV-JSON streaming reader: a repeated id among many records is a duplicate key") {
    // Records are mapped one behind the reading and large objects check their
    // keys late (json::cursor): neither may let a repeated claim reach the
    // document first. The error is the tree reader's, at the repeated key.
    for (const bool relation_after : {false, true}) {
        std::string text = R"({"entity": {)";
        for (int i = 0; i < 30; ++i)
            text += "\"story:c" + std::to_string(i) +
                    R"(": {"prov:type": {"$": "np:Paraphrase", "type": "prov:QUALIFIED_NAME"}, "np:text": "t"},)";
        text += R"("story:c7": {"prov:type": {"$": "np:Paraphrase", "type": "prov:QUALIFIED_NAME"}, "np:text": "again"}})";
        if (relation_after) text += R"(, "wasAttributedTo": {"_:a": {"prov:entity": "story:c7", "np:cue": "said"}})";
        text += "}";
        CAPTURE(relation_after);
        const std::string streamed = error_of([&] { (void)np::read_prov_json(text); });
        CHECK(streamed.find("duplicate key \"story:c7\"") != std::string::npos);
        CHECK(streamed == error_of([&] { (void)through_tree(text); }));
    }
}

TEST_CASE("PROV-JSON streaming reader: limits apply") {
    std::string text = R"({"entity": {)";
    for (int i = 0; i < 50; ++i) text += "\"ex:e" + std::to_string(i) + "\": {},";
    text += R"("ex:last": {}}})";
    np::json::limits lim = np::prov_json_limits();
    lim.max_members = 40;
    const std::string streamed = error_of([&] { (void)np::read_prov_json(text, lim); });
    CHECK(streamed.find("max_members") != std::string::npos);
    CHECK(streamed == error_of([&] { (void)np::from_prov_model(np::read_prov_json_model(text, lim)); }));
    // keep_last needs whole objects: the tree reader serves it.
    lim = np::prov_json_limits();
    lim.duplicates = np::json::duplicate_keys::keep_last;
    const np::story_document d = np::read_prov_json(R"({"entity": {"ex:a": {"ex:v": 1}, "ex:a": {"ex:v": 2}}})", lim);
    REQUIRE(d.foreign().top.records.size() == 1);
    CHECK(d.foreign().top.records[0].attributes.at(0).value.text == "2");
}

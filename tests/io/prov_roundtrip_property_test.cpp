// Property: a random run-time document (hostile strings in ids, names, cues and
// texts; every kind of source, claim, quantity, relation and span) comes back
// the same from PROV-JSON (compact and indented) and from PROV-N. "The same":
// every part equal; sources and relations compared as sets, because the PROV
// forms group records by kind (agents, entities, attributions...).
#include "../fuzz/random_document.hpp"

#include <newsprov/io/prov_json.hpp>
#include <newsprov/io/prov_n.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <random>
#include <string>
#include <tuple>
#include <vector>

namespace {

using namespace newsprov;

std::string random_bytes(std::mt19937_64& rng, std::size_t n) {
    std::string s(n, '\0');
    for (char& c : s) c = static_cast<char>(rng() & 0xFF);
    return s;
}

auto source_key(const source_record& s) {
    return std::tuple(s.id, s.kind, s.role, s.name, s.description, s.principal, s.has_principal_kind,
                      s.principal_kind, s.anonymity_reason, s.document, s.location);
}
auto relation_key(const story_document& d, std::size_t i) {
    const relation_record& r = d.relations()[i];
    return std::tuple(r.kind, r.from, r.to, r.via, r.cue, r.date, r.location, d.relation_id(i));
}
auto span_key(const text_span& s) { return std::tuple(s.subject, s.role, s.begin, s.end); }

template <class Key, class Range>
auto sorted_keys(const Range& r, Key key) {
    std::vector<decltype(key(*r.begin()))> v;
    for (const auto& x : r) v.push_back(key(x));
    std::sort(v.begin(), v.end());
    return v;
}

/// Checks that `b` holds what `a` holds (see the file comment for "the same").
void check_same(const story_document& a, const story_document& b) {
    CHECK(a.info().id == b.info().id);
    CHECK(a.info().headline == b.info().headline);
    CHECK(a.info().publication == b.info().publication);
    CHECK(a.info().date == b.info().date);
    CHECK(a.info().dateline == b.info().dateline);
    CHECK(a.text() == b.text());
    CHECK(sorted_keys(a.sources(), [](const source_record& s) { return source_key(s); }) ==
          sorted_keys(b.sources(), [](const source_record& s) { return source_key(s); }));
    REQUIRE(a.claims().size() == b.claims().size());
    for (std::size_t i = 0; i < a.claims().size(); ++i) {
        CHECK(a.claims()[i].id == b.claims()[i].id);
        CHECK(a.claims()[i].kind == b.claims()[i].kind);
        CHECK(a.claims()[i].text == b.claims()[i].text);
    }
    REQUIRE(a.quantities().size() == b.quantities().size());
    for (std::size_t i = 0; i < a.quantities().size(); ++i) {
        const quantity_record &x = a.quantities()[i], &y = b.quantities()[i];
        CHECK(x.claim == y.claim);
        // bit for bit, NaN and -0 included
        CHECK((std::bit_cast<std::uint64_t>(x.value) == std::bit_cast<std::uint64_t>(y.value) ||
               (x.value != x.value && y.value != y.value)));
        CHECK(x.unit == y.unit);
        CHECK(x.what == y.what);
        CHECK(x.index == y.index);
        CHECK(x.part_of == y.part_of);
    }
    std::vector<decltype(relation_key(a, 0))> ra, rb;
    for (std::size_t i = 0; i < a.relations().size(); ++i) ra.push_back(relation_key(a, i));
    for (std::size_t i = 0; i < b.relations().size(); ++i) rb.push_back(relation_key(b, i));
    std::sort(ra.begin(), ra.end());
    std::sort(rb.begin(), rb.end());
    CHECK(ra == rb);
    CHECK(sorted_keys(a.spans(), span_key) == sorted_keys(b.spans(), span_key));
    CHECK(b.foreign().top.records.empty());
    CHECK(b.extra_attributes_empty());
}

}  // namespace

TEST_CASE("property: random documents survive PROV-JSON and PROV-N round trips unchanged") {
    std::mt19937_64 rng(0x6e657773);  // fixed seed: the same documents every run
    for (int k = 0; k < 300; ++k) {
        const std::string bytes = random_bytes(rng, 64 + static_cast<std::size_t>(rng() % 512));
        newsprov_fuzz::byte_source in(bytes);
        const story_document doc = newsprov_fuzz::random_document(in);
        CAPTURE(k);
        const std::string json = to_prov_json(doc);
        INFO("PROV-JSON: ", json);
        story_document from_json;
        REQUIRE_NOTHROW(from_json = read_prov_json(json));
        check_same(doc, from_json);
        CHECK(to_prov_json(from_json) == json);

        story_document from_indented;
        REQUIRE_NOTHROW(from_indented = read_prov_json(to_prov_json(doc, {2})));
        check_same(doc, from_indented);

        const std::string provn = to_prov_n(doc);
        INFO("PROV-N: ", provn);
        story_document from_provn;
        REQUIRE_NOTHROW(from_provn = read_prov_n(provn));
        check_same(doc, from_provn);
        CHECK(to_prov_n(from_provn) == provn);

        // across: PROV-N -> document -> PROV-JSON is the PROV-JSON of the original
        // (unless the story id put characters into the namespace IRI that PROV-N
        // percent-encodes: then only that IRI differs)
        if (from_provn.foreign().top.namespaces == from_json.foreign().top.namespaces)
            CHECK(to_prov_json(from_provn) == json);
    }
}

TEST_CASE("round trip keeps extra attributes of parts with story: ids (fuzz finding)") {
    // A source or claim read with a story: id kept its extra attributes under the
    // qualified name, and the writer looked them up by the bare id: they vanished.
    const std::string text =
        "document\n  prefix ex <http://example.org/>\n"
        "  agent(story:a, [prov:type='np:Person', ex:seat=\"12\"])\n"
        "  entity(story:c, [prov:type='np:Paraphrase', np:text=\"t\", ex:note=\"n\"])\n"
        "  entity(story:s, [prov:type='np:Story', ex:desk=\"world\"])\n"
        "endDocument\n";
    const story_document doc = read_prov_n(text);
    const std::string out = to_prov_n(doc);
    CHECK(out.find("ex:seat=\"12\"") != std::string::npos);
    CHECK(out.find("ex:note=\"n\"") != std::string::npos);
    CHECK(out.find("ex:desk=\"world\"") != std::string::npos);
    const std::string json = to_prov_json(doc);
    CHECK(json.find("\"ex:seat\":\"12\"") != std::string::npos);
    CHECK(to_prov_n(read_prov_json(json)) == out);
}

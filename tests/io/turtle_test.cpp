// The PROV-O Turtle writer: escaping of literals, names and IRIs, and the
// triples a story becomes. (tests/interop/ feeds the output to rapper.)
#include <newsprov/io/turtle.hpp>

#include "../../examples/seed/seed_story.hpp"
#include "generic_prov_fixture.hpp"

#include <doctest/doctest.h>

#include <array>
#include <string>

namespace np = newsprov;

namespace {
std::string literal(std::string_view s, bool ascii = false) {
    std::string out;
    np::detail::append_turtle_string(out, s, ascii);
    return out;
}
std::string local(std::string_view s) {
    std::string out;
    np::detail::append_turtle_local(out, s);
    return out;
}
std::string iri(std::string_view s) {
    std::string out;
    np::detail::append_turtle_iri(out, s);
    return out;
}
std::size_t count(std::string_view text, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t at = 0; (at = text.find(what, at)) != std::string_view::npos; at += what.size()) ++n;
    return n;
}
}  // namespace

TEST_CASE("turtle: literals escape quotes, backslashes and control characters") {
    CHECK(literal("plain") == "\"plain\"");
    CHECK(literal("say \"no\"") == "\"say \\\"no\\\"\"");
    CHECK(literal("a\\b") == "\"a\\\\b\"");
    CHECK(literal("line\nbreak\r\ttab") == "\"line\\nbreak\\r\\ttab\"");
    CHECK(literal(std::string("\0\x01\x1F\x7F", 4)) == "\"\\u0000\\u0001\\u001F\\u007F\"");
    CHECK(literal("\b\f") == "\"\\b\\f\"");
    CHECK(literal("") == "\"\"");
}

TEST_CASE("turtle: non-ASCII is UTF-8, or \\u escapes on request; bad UTF-8 becomes U+FFFD") {
    CHECK(literal("Kyiv \xE2\x80\x94 \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2") ==
          "\"Kyiv \xE2\x80\x94 \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2\"");
    CHECK(literal("\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80", true) == "\"\\u00E9\\u2014\\U0001F600\"");
    CHECK(literal("a\xC3(b") == "\"a\xEF\xBF\xBD(b\"");
    CHECK(literal("a\xFF", true) == "\"a\\uFFFD\"");
}

TEST_CASE("turtle: ids become valid local names, distinct ids stay distinct") {
    CHECK(local("rubio") == "rubio");
    CHECK(local("kharkiv-mayor_2") == "kharkiv-mayor_2");
    CHECK(local("-lead") == "%2Dlead");
    CHECK(local("a.b") == "a%2Eb");
    CHECK(local("a b/c:d") == "a%20b%2Fc%3Ad");
    CHECK(local("caf\xC3\xA9") == "caf%C3%A9");
    CHECK(local("100%") == "100%25");
    CHECK(local("a%20b") != local("a b"));
}

TEST_CASE("turtle: IRIs percent-encode what an IRIREF forbids") {
    CHECK(iri("http://www.w3.org/ns/prov#") == "<http://www.w3.org/ns/prov#>");
    CHECK(iri("urn:x:a b<c>\"d\\e") == "<urn:x:a%20b%3Cc%3E%22d%5Ce>");
    CHECK(iri("urn:caf\xC3\xA9") == "<urn:caf\xC3\xA9>");
    CHECK(iri("urn:\xFF") == "<urn:%FF>");
    CHECK(np::detail::story_namespace("paris talks") == "https://newsprov.dev/story/paris%20talks/");
}

TEST_CASE("turtle: the seed story") {
    std::string ttl;
    const std::size_t triples = np::write_turtle(ttl, seed::story.info, seed::story.records());
    // The story 23 (2 types, label, headline, dateline, 3 credits, 3 qualified
    // credits of 5), sources 75 (40 types, 14 labels, 8 descriptions, 3 locations,
    // 5 roles, 5 delegations), claims 145 (36 types, 18 texts, 18 attributions,
    // 17 qualified attributions of 4, one relay of 5), quantities 22. rapper
    // counts the same (tests/interop/run.sh).
    CHECK(triples == 265);
    CHECK(ttl.starts_with("@prefix prov: <http://www.w3.org/ns/prov#> ."));
    CHECK(count(ttl, "@prefix ") == 5);
    CHECK(ttl.find("@prefix story: <https://newsprov.dev/story/paris-peace-talks/> .") != std::string::npos);
    CHECK(count(ttl, " a prov:Agent") == 14);
    CHECK(count(ttl, "a prov:Entity, np:Paraphrase") == 12);
    CHECK(count(ttl, "a prov:Entity, np:Denial") == 3);
    CHECK(count(ttl, "a prov:Entity, np:ReportedFigure") == 2);
    CHECK(count(ttl, "a prov:Entity, np:Quantity") == 4);
    CHECK(ttl.find("story:peskov a prov:Agent, prov:Person, np:Person ;") != std::string::npos);
    CHECK(ttl.find("np:role np:Spokesperson") != std::string::npos);
    // Peskov's principal is declared by type and by relation: one triple.
    CHECK(count(ttl, "prov:actedOnBehalfOf story:kremlin") == 1);
    CHECK(ttl.find("[ a prov:Attribution ; prov:agent story:rubio ; np:cue \"according to\" ]") != std::string::npos);
    CHECK(ttl.find("[ a prov:Attribution, np:Relay ; prov:agent story:witkoff ; np:via story:rubio ]") !=
          std::string::npos);
    CHECK(ttl.find("prov:hadRole np:Byline ; np:location \"Kyiv\"") != std::string::npos);
    CHECK(ttl.find("np:partOf story:kharkiv-toll-q1") != std::string::npos);
    CHECK(np::to_turtle(seed::story) == ttl);
}

TEST_CASE("turtle: documents are entities; quotes from them are quotations") {
    constexpr np::organization ministry{"ministry", "the ministry"};
    constexpr np::document statement{"statement", "the ministry's statement", np::document_kind::statement,
                                     "ministry"};
    constexpr np::document draft{"draft", "an earlier draft", np::document_kind::memorandum};
    constexpr np::direct_quote quote{"q \"1\"", "we will \"not\" comment\\ \nfurther"};
    constexpr auto story = np::make_story(np::story_info{"s", "H", "", "2025-04-18"}, ministry, statement, draft,
                                          quote, np::attribute(quote, statement, "said in", "2025-04-17"),
                                          np::revision_of(statement, draft));
    std::string ttl;
    const std::size_t triples = np::write_turtle(ttl, story.info, story.records());
    CHECK(ttl.find("story:statement a prov:Entity, np:Document ;\n    np:documentKind np:Statement") != std::string::npos);
    CHECK(ttl.find("prov:wasAttributedTo story:ministry") != std::string::npos);  // the issuer
    CHECK(ttl.find("prov:wasRevisionOf story:draft") != std::string::npos);
    CHECK(ttl.find("story:q%20%221%22 a prov:Entity, np:DirectQuote") != std::string::npos);
    CHECK(ttl.find("np:text \"we will \\\"not\\\" comment\\\\ \\nfurther\"") != std::string::npos);
    CHECK(ttl.find("prov:wasQuotedFrom story:statement") != std::string::npos);
    CHECK(ttl.find("[ a prov:Quotation ; prov:entity story:statement ; np:cue \"said in\" ; np:date "
                   "\"2025-04-17\"^^xsd:date ]") != std::string::npos);
    CHECK(ttl.find("np:date \"2025-04-18\"^^xsd:date") != std::string::npos);
    CHECK(ttl.find("wasAttributedTo story:statement") == std::string::npos);  // an entity is no agent
    CHECK(triples == 28);  // rapper counts 28 as well
}

TEST_CASE("turtle: relations of undeclared parts are written, not dropped") {
    std::array<np::source_record, 1> sources{};
    sources[0].id = "a";
    std::array<np::relation_record, 1> relations{};
    relations[0].kind = np::relation_kind::attribution;
    relations[0].from = "ghost";
    relations[0].to = "a";
    const np::story_records records{sources, {}, {}, relations};
    const std::string ttl = np::to_turtle(np::story_info{"s"}, records);
    CHECK(ttl.find("story:ghost prov:wasAttributedTo story:a .") != std::string::npos);
}

// ---- generic PROV records (a document's foreign records) -----------------

namespace {
bool has(const std::string& text, std::string_view what) { return text.find(what) != std::string::npos; }
}  // namespace

TEST_CASE("turtle: a generic PROV document becomes PROV-O, qualified where its records need it") {
    const np::story_document doc = generic_prov::document();
    const std::string ttl = np::to_turtle(doc);
    CHECK(has(ttl, "@prefix ex: <http://example.org/> .\n"));
    CHECK_FALSE(has(ttl, "np:Story"));  // no story node for a document without one
    // Elements with their classes, types, labels and typed attributes.
    CHECK(has(ttl, "ex:report a prov:Entity ;\n    a ex:Report ;\n    a prov:Plan ;\n    rdfs:label \"quarterly report\"@en ;\n"
                   "    ex:pages \"12\"^^xsd:int .\n"));
    CHECK(has(ttl, "ex:compile a prov:Activity ;\n    prov:startedAtTime \"2024-05-01T09:00:00\"^^xsd:dateTime ;\n"
                   "    prov:endedAtTime \"2024-05-01T10:00:00\"^^xsd:dateTime .\n"));
    CHECK(has(ttl, "ex:ann a prov:Agent ;\n    a prov:Person .\n"));
    // Two arguments, no id, no attributes: the plain property alone.
    CHECK(has(ttl, "ex:report prov:wasAttributedTo ex:ann .\n"));
    CHECK(has(ttl, "ex:compile prov:used ex:data .\n"));
    // A time, an id, a third argument, a derivation subtype: the qualified form alone.
    CHECK(has(ttl, "ex:report prov:qualifiedGeneration [ a prov:Generation ; prov:activity ex:compile ; "
                   "prov:atTime \"2024-05-01T10:00:00\"^^xsd:dateTime ] .\n"));
    CHECK_FALSE(has(ttl, "prov:wasGeneratedBy"));
    CHECK(has(ttl, "ex:compile prov:qualifiedAssociation ex:assoc1 .\nex:assoc1 a prov:Association ;\n    prov:agent ex:ann .\n"));
    CHECK(has(ttl, "ex:ann prov:qualifiedDelegation [ a prov:Delegation ; prov:agent ex:lab ; prov:hadActivity ex:compile ] .\n"));
    CHECK(has(ttl, "ex:report2 prov:qualifiedRevision [ a prov:Revision ; prov:entity ex:report ] .\n"));
    // No qualified form in PROV-O: the triple, and a reification carrying the id.
    CHECK(has(ttl, "ex:bag prov:hadMember ex:report .\n"));
    CHECK(has(ttl, "ex:m1 a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> ;"));
    CHECK(has(ttl, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> prov:hadMember"));
}

TEST_CASE("turtle: a relation without a qualified form, keyed by a blank node only, is its triple") {
    // PROV-JSON keys unnamed relations with blank nodes ("_:mO1"); python-prov's
    // PROV-O reader cannot read a reification of one, and the label names nothing.
    using k = np::prov::record_kind;
    np::story_document doc;
    auto& top = doc.foreign().top;
    top.namespaces = {{"ex", "http://example.org/"}};
    top.records.push_back(generic_prov::make(k::mention, "_:mO1", {"ex:e2", "ex:e1"}));
    top.records.push_back(generic_prov::make(k::membership, "ex:named", {"ex:bag", "ex:e1"}));
    const std::string ttl = np::to_turtle(doc);
    CHECK(ttl.find("ex:e2 prov:mentionOf ex:e1 .\n") != std::string::npos);
    CHECK(ttl.find("_:mO1") == std::string::npos);
    CHECK(ttl.find("ex:named a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement>") != std::string::npos);
}

TEST_CASE("turtle: generic names are prefixed names, IRIs or blank nodes, never broken syntax") {
    using k = np::prov::record_kind;
    np::story_document doc;
    auto& top = doc.foreign().top;
    top.namespaces = {{"ex", "http://example.org/"}, {"np", "http://other.example/np#"}, {"default", "http://d.example/"},
                      {"1bad", "http://digit.example/"}};
    top.records.push_back(generic_prov::make(k::entity, "ex:a/b", {}));          // not a PN_LOCAL: full IRI
    top.records.push_back(generic_prov::make(k::entity, "np:x", {}));            // clashes with our np: full IRI
    top.records.push_back(generic_prov::make(k::entity, "plain", {}));           // the default namespace
    top.records.push_back(generic_prov::make(k::entity, "1bad:y", {}));          // no valid Turtle prefix: full IRI
    top.records.push_back(generic_prov::make(k::entity, "other:z", {}));         // undeclared: an IRI of scheme other
    top.records.push_back(generic_prov::make(k::entity, "_:b1", {}));            // blank node
    top.records.push_back(generic_prov::make(k::entity, "_:b.1", {}));           // distinct labels stay distinct
    top.records.push_back(generic_prov::make(k::entity, "_:b_2E1", {}));
    const std::string ttl = np::to_turtle(doc);
    CHECK(has(ttl, "<http://example.org/a/b> a prov:Entity .\n"));
    CHECK(has(ttl, "<http://other.example/np#x> a prov:Entity .\n"));
    CHECK_FALSE(has(ttl, "@prefix np: <http://other.example/np#>"));
    CHECK(has(ttl, "@prefix : <http://d.example/> .\n"));
    CHECK(has(ttl, ":plain a prov:Entity .\n"));
    CHECK(has(ttl, "<http://digit.example/y> a prov:Entity .\n"));
    CHECK(has(ttl, "<other:z> a prov:Entity .\n"));
    CHECK(has(ttl, "_:b1 a prov:Entity .\n"));
    CHECK(has(ttl, "_:b_2E1 a prov:Entity .\n"));
    CHECK(has(ttl, "_:b_5F2E1 a prov:Entity .\n"));
}

TEST_CASE("turtle: what Turtle cannot hold is an error naming the record, not a silent loss") {
    using k = np::prov::record_kind;
    SUBCASE("a name without a prefix and no default namespace") {
        np::story_document doc;
        doc.foreign().top.records.push_back(generic_prov::make(k::entity, "lonely", {}));
        doc.foreign().top.records.back().where = {3, 7, 40};
        try {
            (void)np::to_turtle(doc);
            FAIL("no error");
        } catch (const np::input_error& e) {
            CHECK(e.where().line == 3);
            CHECK(e.where().column == 7);
            CHECK(std::string(e.what()).find("no default namespace") != std::string::npos);
        }
    }
    SUBCASE("a bundle: Turtle has no named graphs") {
        np::story_document doc = generic_prov::document();
        doc.foreign().bundles.push_back({"ex:b", {{}, {generic_prov::make(k::entity, "ex:inner", {})}}});
        CHECK_THROWS_AS((void)np::to_turtle(doc), np::input_error);
    }
    SUBCASE("a malformed language tag") {
        np::story_document doc;
        doc.foreign().top.namespaces.push_back({"ex", "http://example.org/"});
        doc.foreign().top.records.push_back(
            generic_prov::make(k::entity, "ex:e", {}, {{"prov:label", {"x", "", "en us", np::prov::lexical::string}}}));
        CHECK_THROWS_AS((void)np::to_turtle(doc), np::input_error);
    }
}

TEST_CASE("turtle: a story with foreign records writes both, and the story alone is unchanged") {
    np::story_document doc;
    doc.set_info(np::story_info{"s", "A headline"});
    np::source_record rubio{};
    rubio.kind = np::source_kind::person;
    rubio.id = "rubio";
    rubio.name = "Marco Rubio";
    doc.add_source(rubio);
    const std::string story_only = np::to_turtle(doc);
    doc.foreign().top.namespaces.push_back({"ex", "http://example.org/"});
    doc.foreign().top.records.push_back(generic_prov::make(np::prov::record_kind::attribution, "", {"ex:memo", "story:rubio"}));
    const std::string both = np::to_turtle(doc);
    CHECK(has(both, "story:rubio a prov:Agent, prov:Person, np:Person"));
    CHECK(has(both, "ex:memo prov:wasAttributedTo story:rubio .\n"));  // the story's own name for rubio
    CHECK(has(story_only, "story:s a prov:Entity, np:Story"));
    CHECK_FALSE(has(story_only, "# PROV records"));
}

TEST_CASE("turtle: attributes without newsprov meaning on a story's parts are written, not dropped") {
    const std::string ttl = np::to_turtle(generic_prov::story_with_extras());
    CHECK(has(ttl, "story:a a prov:Agent, prov:Person, np:Person"));
    CHECK(has(ttl, "story:a ex:handle \"@ann\" .\n"));
    CHECK(has(ttl, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> story:c ;\n"
                   "    <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> prov:wasAttributedTo ;\n"
                   "    <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> story:a ;\n"
                   "    ex:confidence \"0.9\"^^xsd:decimal .\n"));
}

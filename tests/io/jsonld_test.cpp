// The schema.org JSON-LD writer: valid JSON with an inline @context, one
// NewsArticle, a Claim per claim with author and appearance, sources typed by
// kind, figures as QuantitativeValue. (tests/interop/ checks it with python.)
#include <newsprov/json/json.hpp>
#include <newsprov/io/jsonld.hpp>

#include "../../examples/seed/seed_story.hpp"
#include "generic_prov_fixture.hpp"

#include <doctest/doctest.h>

#include <map>
#include <vector>
#include <string>

namespace np = newsprov;
namespace json = newsprov::json;

namespace {
void count_types(const json::value& v, std::map<std::string, int>& types) {
    if (v.is_array()) {
        for (const json::value& x : v.as_array()) count_types(x, types);
    } else if (v.is_object()) {
        for (const auto& m : v.as_object()) {
            if (m.key == "@type") ++types[m.val.as_string()];
            count_types(m.val, types);
        }
    }
}
const json::value* node(const json::value& doc, std::string_view id) {
    for (const json::value& n : doc.find("@graph")->as_array())
        if (const json::value* i = n.find("@id"); i && i->as_string() == id) return &n;
    return nullptr;
}
}  // namespace

TEST_CASE("jsonld: the seed story is valid JSON with the schema.org types it should have") {
    const std::string text = np::to_jsonld(seed::story);
    const json::value doc = json::parse(text);
    REQUIRE(doc.is_object());
    const json::value* context = doc.find("@context");
    REQUIRE(context != nullptr);
    CHECK(context->find("@vocab")->as_string() == "https://schema.org/");
    CHECK(context->find("np")->as_string() == "https://newsprov.dev/ns#");
    REQUIRE(doc.find("@graph") != nullptr);

    std::map<std::string, int> types;
    count_types(doc, types);
    CHECK(types["NewsArticle"] == 1);
    CHECK(types["Claim"] == 18);
    CHECK(types["Person"] == 10);  // 5 officials and spokespeople, 2 offices, 3 journalists
    CHECK(types["GovernmentOrganization"] == 3);
    CHECK(types["Organization"] == 1);  // the Kremlin
    CHECK(types["QuantitativeValue"] == 4);
    CHECK(types["Place"] == 3);  // where the three journalists reported from

    const std::string base = "https://newsprov.dev/story/paris-peace-talks/";
    const json::value* article = node(doc, base + "paris-peace-talks");
    REQUIRE(article != nullptr);
    CHECK(article->find("@type")->as_string() == "NewsArticle");
    CHECK(article->find("dateline")->as_string() == "PARIS");
    CHECK(article->find("author")->as_array().size() == 1);
    CHECK(article->find("author")->as_array()[0].find("@id")->as_string() == base + "arhirova");
    CHECK(article->find("contributor")->as_array().size() == 2);

    const json::value* claim = node(doc, base + "witkoff-met-putin");
    REQUIRE(claim != nullptr);
    CHECK(claim->find("@type")->as_string() == "Claim");
    CHECK(claim->find("author")->as_array()[0].find("@id")->as_string() == base + "rubio");
    CHECK(claim->find("appearance")->find("@id")->as_string() == base + "paris-peace-talks");
    CHECK(claim->find("np:attribution")->as_array()[0].find("np:cue")->as_string() == "according to");
    CHECK(claim->find("np:relay")->as_array()[0].find("np:origin")->find("@id")->as_string() == base + "witkoff");

    const json::value* toll = node(doc, base + "kharkiv-toll");
    REQUIRE(toll != nullptr);
    const auto& quantities = toll->find("np:quantity")->as_array();
    REQUIRE(quantities.size() == 2);  // 1 killed; 98 injured, with its part
    CHECK(quantities[1].find("name")->as_string() == "injured");
    CHECK(quantities[1].find("valueReference")->as_array()[0].find("name")->as_string() == "children");

    const json::value* peskov = node(doc, base + "peskov");
    REQUIRE(peskov != nullptr);
    CHECK(peskov->find("worksFor")->as_array().size() == 1);  // by role and by relation: once
    CHECK(peskov->find("jobTitle")->as_string() == "Kremlin spokesman");
}

TEST_CASE("jsonld: hostile strings stay valid JSON; documents are based-on sources") {
    constexpr np::organization ministry{"ministry", "the \"ministry\"\n"};
    constexpr np::document statement{"state ment", "statement\\", np::document_kind::report, "ministry"};
    constexpr np::direct_quote quote{"q1", "\xC3\xA9t\xC3\xA9 \"quoted\"\t\x01"};
    constexpr auto story = np::make_story(np::story_info{"s/1", "H\xE2\x80\x94"}, ministry, statement, quote,
                                          np::attribute(quote, statement, "said in"));
    const std::string text = np::to_jsonld(story, np::jsonld_options{.indent = 0, .base = {}});
    CHECK(text.find('\n') == std::string::npos);
    const json::value doc = json::parse(text);
    const std::string base = "https://newsprov.dev/story/s%2F1/";
    const json::value* q = node(doc, base + "q1");
    REQUIRE(q != nullptr);
    CHECK(q->find("text")->as_string() == "\xC3\xA9t\xC3\xA9 \"quoted\"\t\x01");
    CHECK(q->find("author")->as_array()[0].find("@id")->as_string() == base + "ministry");  // the issuer
    CHECK(q->find("isBasedOn")->as_array()[0].find("@id")->as_string() == base + "state%20ment");
    const json::value* s = node(doc, base + "state%20ment");
    REQUIRE(s != nullptr);
    CHECK(s->find("@type")->as_string() == "Report");
    CHECK(node(doc, base + "ministry")->find("name")->as_string() == "the \"ministry\"\n");
}

// ---- generic PROV records (a document's foreign records): PROV-JSONLD ----

namespace {
/// The @graph members of `type`, in order.
std::vector<const json::value*> of_type(const json::value& doc, std::string_view type) {
    std::vector<const json::value*> out;
    for (const json::value& n : doc.find("@graph")->as_array())
        if (const json::value* t = n.find("@type"); t && t->as_string() == type) out.push_back(&n);
    return out;
}
}  // namespace

TEST_CASE("jsonld: a generic PROV document is PROV-JSONLD") {
    const json::value doc = json::parse(np::to_jsonld(generic_prov::document()));
    const json::value* context = doc.find("@context");
    REQUIRE(context != nullptr);
    REQUIRE(context->is_array());
    CHECK(context->as_array()[0].as_string() == "https://openprovenance.org/prov-jsonld/context.jsonld");
    CHECK(context->as_array()[1].find("ex")->as_string() == "http://example.org/");
    CHECK(context->as_array()[1].find("@vocab") == nullptr);  // no schema.org without a story
    std::map<std::string, int> types;
    count_types(doc, types);
    CHECK(types["Entity"] == 3);
    CHECK(types["Activity"] == 1);
    CHECK(types["Agent"] == 2);
    CHECK(types["NewsArticle"] == 0);
    for (const char* relation : {"Generation", "Attribution", "Association", "Delegation", "Derivation", "Membership",
                                 "Usage"})
        CHECK_MESSAGE(types[relation] == 1, relation);
    // Attributes grouped by name: both prov:type values in one "type" array.
    const json::value* report = node(doc, "ex:report");
    REQUIRE(report != nullptr);
    REQUIRE(report->find("type") != nullptr);
    CHECK(report->find("type")->as_array().size() == 2);
    CHECK(report->find("type")->as_array()[0].as_string() == "ex:Report");
    CHECK(report->find("label")->as_array()[0].find("@language")->as_string() == "en");
    CHECK(report->find("ex:pages")->as_array()[0].find("@type")->as_string() == "xsd:int");
    // Formal arguments under their PROV-JSON names.
    const json::value& generation = *of_type(doc, "Generation").front();
    CHECK(generation.find("entity")->as_string() == "ex:report");
    CHECK(generation.find("activity")->as_string() == "ex:compile");
    CHECK(generation.find("time")->as_string() == "2024-05-01T10:00:00");
    const json::value& delegation = *of_type(doc, "Delegation").front();
    CHECK(delegation.find("delegate")->as_string() == "ex:ann");
    CHECK(delegation.find("responsible")->as_string() == "ex:lab");
    CHECK(node(doc, "ex:assoc1")->find("@type")->as_string() == "Association");
    CHECK(node(doc, "ex:compile")->find("startTime")->as_string() == "2024-05-01T09:00:00");
}

TEST_CASE("jsonld: bundles keep their records; a story keeps schema.org next to PROV-JSONLD") {
    using k = np::prov::record_kind;
    SUBCASE("bundle") {
        np::story_document d = generic_prov::document();
        d.foreign().bundles.push_back({"ex:b1", {{{"in", "http://inner.example/"}}, {generic_prov::make(k::entity, "in:x", {})}}});
        const json::value doc = json::parse(np::to_jsonld(d));
        const json::value* bundle = node(doc, "ex:b1");
        REQUIRE(bundle != nullptr);
        CHECK(bundle->find("@type")->as_string() == "prov:Bundle");
        CHECK(bundle->find("@context")->find("in")->as_string() == "http://inner.example/");
        CHECK(bundle->find("@graph")->as_array()[0].find("@id")->as_string() == "in:x");
    }
    SUBCASE("story") {
        np::story_document d;
        d.set_info(np::story_info{"s", "A headline"});
        d.foreign().top.namespaces.push_back({"ex", "http://example.org/"});
        d.foreign().top.records.push_back(generic_prov::make(k::entity, "ex:memo", {}));
        const json::value doc = json::parse(np::to_jsonld(d));
        const json::value& context = doc.find("@context")->as_array()[1];
        CHECK(context.find("@vocab")->as_string() == "https://schema.org/");
        CHECK(context.find("story")->as_string() == "https://newsprov.dev/story/s/");
        std::map<std::string, int> types;
        count_types(doc, types);
        CHECK(types["NewsArticle"] == 1);
        CHECK(types["Entity"] == 1);
    }
    SUBCASE("a name without a prefix and no default namespace is an error") {
        np::story_document d;
        d.foreign().top.records.push_back(generic_prov::make(k::entity, "lonely", {}));
        CHECK_THROWS_AS((void)np::to_jsonld(d), np::input_error);
    }
}

TEST_CASE("jsonld: attributes without newsprov meaning on a story's parts are written, not dropped") {
    const json::value doc = json::parse(np::to_jsonld(generic_prov::story_with_extras()));
    CHECK(doc.find("@context")->as_array()[0].as_string() == "https://openprovenance.org/prov-jsonld/context.jsonld");
    bool handle = false;
    for (const json::value& n : doc.find("@graph")->as_array())
        if (const json::value* h = n.find("ex:handle"))
            handle = n.find("@id")->as_string() == "https://newsprov.dev/story/s/a" &&
                     h->as_array()[0].find("@value")->as_string() == "@ann";
    CHECK(handle);
    const auto statements = of_type(doc, "rdf:Statement");
    REQUIRE(statements.size() == 1);
    CHECK(statements[0]->find("rdf:predicate")->find("@id")->as_string() == "prov:wasAttributedTo");
    CHECK(statements[0]->find("ex:confidence")->as_array()[0].find("@type")->as_string() == "xsd:decimal");
}

// The schema.org JSON-LD writer: valid JSON with an inline @context, one
// NewsArticle, a Claim per claim with author and appearance, sources typed by
// kind, figures as QuantitativeValue. (tests/interop/ checks it with python.)
#include <newsprov/json/json.hpp>
#include <newsprov/io/jsonld.hpp>

#include "../../examples/seed/seed_story.hpp"

#include <doctest/doctest.h>

#include <map>
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

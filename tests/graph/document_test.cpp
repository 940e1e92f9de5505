#include <newsprov/graph/graph.hpp>

#include "../../examples/seed/seed_story.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <utility>

namespace np = newsprov;

namespace {

np::source_record src(np::source_kind kind, std::string_view id, std::string_view name = {},
                      np::source_role role = np::source_role::none, std::string_view principal = {}) {
    np::source_record r;
    r.kind = kind;
    r.id = id;
    r.name = name;
    r.role = role;
    r.principal = principal;
    return r;
}
np::relation_record rel(np::relation_kind kind, std::string_view from, std::string_view to,
                        std::string_view cue = {}) {
    np::relation_record r;
    r.kind = kind;
    r.from = from;
    r.to = to;
    r.cue = cue;
    return r;
}
np::quantity_record qty(std::string_view claim, double value, std::string_view what, std::uint8_t index,
                        std::uint8_t part_of = np::no_whole) {
    np::quantity_record q;
    q.claim = claim;
    q.value = value;
    q.what = what;
    q.index = index;
    q.part_of = part_of;
    return q;
}

np::story_document small_document() {
    np::story_document doc;
    doc.set_info(np::story_info{"story", "A headline"});
    std::string name = "Marco Rubio";  // dies before the document: views must not point here
    doc.add_source(src(np::source_kind::person, "rubio", name));
    name.assign("overwritten");
    doc.add_source(src(np::source_kind::organization, "kremlin", "the Kremlin"));
    doc.add_source(src(np::source_kind::person, "peskov", "Dmitry Peskov", np::source_role::spokesperson_for, "kremlin"));
    doc.add_claim({np::claim_kind::paraphrase, "c1", "the talks were productive"});
    doc.add_claim({np::claim_kind::paraphrase, "c2", "no summit is planned"});
    doc.add_relation(rel(np::relation_kind::attribution, "c1", "rubio", "said"));
    doc.add_relation(rel(np::relation_kind::attribution, "c2", "peskov", "told reporters"));
    return doc;
}

}  // namespace

TEST_CASE("document: building, ids and lookups") {
    np::story_document doc = small_document();
    CHECK(doc.sources().size() == 3);
    CHECK(doc.claims().size() == 2);
    CHECK(doc.find_source("rubio")->name == "Marco Rubio");
    CHECK(doc.find_claim("c1")->text == "the talks were productive");
    CHECK(doc.find_source("c1") == nullptr);
    CHECK(doc.kind_of("story") == np::part_kind::story);
    CHECK(doc.kind_of("nobody") == std::nullopt);

    SUBCASE("duplicate ids are errors, across sources, claims and the story") {
        CHECK_THROWS_AS(doc.add_source(src(np::source_kind::person, "rubio")), np::document_error);
        CHECK_THROWS_AS(doc.add_claim({np::claim_kind::paraphrase, "rubio", "x"}), np::document_error);
        CHECK_THROWS_AS(doc.add_source(src(np::source_kind::person, "story")), np::document_error);
        CHECK(doc.sources().size() == 3);
    }
    SUBCASE("empty ids get fresh ones") {
        const std::string_view a = doc.add_claim({np::claim_kind::paraphrase, "", "x"});
        const std::string_view b = doc.add_claim({np::claim_kind::paraphrase, "", "y"});
        CHECK(a == "claim-3");
        CHECK(b == "claim-4");
        CHECK(doc.add_source({}) == "source-4");
    }
    SUBCASE("spans") {
        const std::pair<std::size_t, std::size_t> words[]{{10, 20}, {25, 30}};
        const std::string_view id = doc.add_claim({np::claim_kind::direct_quote, "q", "words"}, words);
        doc.add_span({id, np::span_role::cue, 5, 9});
        REQUIRE(doc.spans().size() == 3);
        CHECK(doc.spans()[1] == np::text_span{"q", np::span_role::content, 25, 30});
        CHECK_THROWS_AS(doc.add_span({id, np::span_role::cue, 9, 5}), np::document_error);
    }
}

TEST_CASE("document: views stay valid through copies and moves") {
    np::story_document original = small_document();
    for (int i = 0; i < 5000; ++i)  // enough to fill several arena blocks and rehash the id table
        original.add_claim({np::claim_kind::paraphrase, "extra-" + std::to_string(i),
                            std::string(40, static_cast<char>('a' + i % 26))});
    np::story_document copy = original;
    np::story_document moved = std::move(original);
    original = np::story_document{};  // reuse of the moved-from document
    CHECK(original.empty());
    for (const np::story_document* d : {&copy, &moved}) {
        CHECK(d->find_source("rubio")->name == "Marco Rubio");
        CHECK(d->find_claim("extra-4999")->text == std::string(40, static_cast<char>('a' + 4999 % 26)));
        CHECK(d->relations()[1].cue == "told reporters");
        CHECK(d->info().headline == "A headline");
    }
    // The copy owns its strings: they live in a different arena.
    CHECK(copy.find_source("rubio")->name.data() != moved.find_source("rubio")->name.data());
    np::story_document assigned;
    assigned = copy;
    copy = np::story_document{};
    CHECK(assigned.find_claim("c2")->text == "no summit is planned");
    CHECK(assigned.claims().size() == 5002);
}

TEST_CASE("document: the seed story converts losslessly and keeps every rule") {
    const np::story_document doc = np::to_document(seed::story);
    CHECK(doc.sources().size() == seed::story.sources.size());
    CHECK(doc.claims().size() == seed::story.claims.size());
    CHECK(doc.quantities().size() == seed::story.quantity_count);
    CHECK(doc.relations().size() == seed::story.relations.size());
    CHECK(doc.info().dateline == "PARIS");
    for (std::size_t i = 0; i < doc.sources().size(); ++i) {
        const auto& a = doc.sources()[i];
        const auto& b = seed::story.sources[i];
        CHECK(a.id == b.id);
        CHECK(a.kind == b.kind);
        CHECK(a.role == b.role);
        CHECK(a.principal == b.principal);
        CHECK(a.has_principal_kind == b.has_principal_kind);
        CHECK(a.location == b.location);
    }
    for (std::size_t i = 0; i < doc.relations().size(); ++i) {
        CHECK(doc.relations()[i].kind == seed::story.relations[i].kind);
        CHECK(doc.relations()[i].cue == seed::story.relations[i].cue);
        CHECK(doc.relations()[i].via == seed::story.relations[i].via);
    }
    CHECK(np::check(doc).empty());
}

TEST_CASE("document: check reports the rules check_records finds, with ids and hints") {
    np::story_document doc = small_document();
    doc.add_claim({np::claim_kind::direct_quote, "q", "we are ready"});
    doc.add_relation(rel(np::relation_kind::attribution, "q", "kremlin", "said"));
    doc.add_claim({np::claim_kind::paraphrase, "orphan", "unattributed"});
    doc.add_source(src(np::source_kind::anonymous, "anon", "an official"));
    doc.add_claim({np::claim_kind::reported_figure, "toll", "5 injured, 7 of them children"});
    doc.add_relation(rel(np::relation_kind::attribution, "toll", "kremlin"));
    doc.add_quantity(qty("toll", 5, "injured", 0));
    doc.add_quantity(qty("toll", 7, "children", 1, 0));

    const auto found = np::check(doc);
    auto has = [&](std::string_view rule, std::string_view subject) {
        for (const auto& d : found)
            if (d.rule_id == rule && d.subject == subject) return !d.message.empty() && !d.hint.empty();
        return false;
    };
    CHECK(has("quote-needs-speaker", "q"));
    CHECK(has("claim-needs-source", "orphan"));
    CHECK(has("anonymous-needs-reason", "anon"));
    CHECK(has("part-within-whole", "toll"));
    CHECK(found.size() == 4);

    // A looser policy, as a table.
    constexpr auto loose = np::without(np::default_policy::rules, "claim-needs-source");
    CHECK(np::check(doc, loose).size() == 3);
}

TEST_CASE("document queries") {
    const np::story_document doc = np::to_document(seed::story);

    SUBCASE("claims of an organization include its spokespeople's") {
        const auto kremlin = np::claims_of(doc, "kremlin");
        REQUIRE(kremlin.size() == 2);
        CHECK(kremlin[0]->id == "peskov-complex-negotiations");
        CHECK(np::claims_of(doc, "kremlin", false).empty());
        // Officials act on behalf of their government, by role.
        const auto us = np::claims_of(doc, "us-government");
        CHECK(us.size() == np::claims_of(doc, "rubio").size() + np::claims_of(doc, "trump").size());
    }
    SUBCASE("claims of a source: document order, each claim once") {
        np::story_document d;
        d.add_source(src(np::source_kind::organization, "ministry", "the ministry"));
        d.add_source(src(np::source_kind::person, "aide", "an aide", np::source_role::spokesperson_for, "ministry"));
        d.add_claim({np::claim_kind::paraphrase, "first", "the deal holds"});
        d.add_claim({np::claim_kind::paraphrase, "second", "talks resume on Monday"});
        // attributed in reverse order, and "second" both to the ministry and to its aide
        d.add_relation(rel(np::relation_kind::attribution, "second", "aide", "said"));
        d.add_relation(rel(np::relation_kind::attribution, "second", "ministry", "said"));
        d.add_relation(rel(np::relation_kind::attribution, "first", "ministry", "said"));
        const auto claims = np::claims_of(d, "ministry");
        REQUIRE(claims.size() == 2);
        CHECK(claims[0]->id == "first");
        CHECK(claims[1]->id == "second");
        REQUIRE(np::claims_of(d, "aide").size() == 1);
        CHECK(np::claims_of(d, "aide")[0]->id == "second");
    }
    SUBCASE("chain to the primary source") {
        CHECK(np::primary_source(doc, "witkoff-met-putin") == "witkoff");
        const auto chains = np::chains_to_primary(doc, "witkoff-met-putin");
        REQUIRE(chains.size() == 1);
        CHECK(chains[0] == std::vector<std::string_view>{"rubio", "witkoff"});
        CHECK(np::primary_source(doc, "rubio-talks-productive") == "rubio");
        CHECK(np::primary_source(doc, "sumy-bakery").empty());
    }
    SUBCASE("coverage") {
        CHECK(np::unattributed_claims(doc).empty());
        CHECK(np::anonymous_share(doc) == 0.0);
        const auto distinct = np::distinct_sources(doc);
        CHECK(distinct.size() == 8);  // rubio trump minister peskov russia ukraine mayor, and witkoff (relay origin)
        CHECK(np::credits(doc).size() == 3);
    }
    SUBCASE("figures with their parts") {
        const auto figs = np::figures(doc);
        REQUIRE(figs.size() == 2);
        const auto& toll = figs[1];
        CHECK(toll.claim->id == "kharkiv-toll");
        REQUIRE(toll.quantities.size() == 2);
        CHECK(toll.quantities[1].whole->value == 98);
        REQUIRE(toll.quantities[1].parts.size() == 1);
        CHECK(toll.quantities[1].parts[0]->value == 6);
        CHECK(toll.quantities[1].parts[0]->what == "children");
    }
    SUBCASE("anonymous share") {
        np::story_document d = doc;
        np::source_record anon = src(np::source_kind::anonymous, "anon");
        anon.anonymity_reason = "not authorized";
        d.add_source(anon);
        d.add_claim({np::claim_kind::paraphrase, "leak", "a leak"});
        d.add_relation(rel(np::relation_kind::attribution, "leak", "anon"));
        CHECK(np::anonymous_share(d) == doctest::Approx(1.0 / 18.0));
    }
}

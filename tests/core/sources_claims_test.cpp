#include <newsprov/core/claims.hpp>
#include <newsprov/story/figures.hpp>
#include <newsprov/core/sources.hpp>

#include <doctest/doctest.h>

using namespace newsprov;

namespace {
constexpr organization kremlin{"kremlin", "the Kremlin"};
constexpr spokesperson peskov{"peskov", "Dmitry Peskov", "Kremlin spokesman", kremlin};
constexpr official minister{"minister", "Yulia Svyrydenko", "economy minister", organization{"ukraine", "Ukraine"}};
}  // namespace

// The vocabulary types model the documented concepts; users' own types can too.
static_assert(source_type<person> && source_type<office> && source_type<organization> && source_type<publication> &&
              source_type<journalist> && source_type<anonymous> && source_type<document> &&
              source_type<decltype(peskov)> && source_type<decltype(minister)>);
static_assert(claim_type<direct_quote> && claim_type<mixed_quote> && claim_type<paraphrase> &&
              claim_type<reported_figure> && claim_type<denial> && claim_type<observation>);
static_assert(!source_type<direct_quote> && !claim_type<person>);
static_assert(std::is_same_v<decltype(peskov), const spokesperson<source_kind::organization>>);

TEST_CASE("each source type records its kind, role and fields") {
    const source_record p = peskov.record();
    CHECK(p.kind == source_kind::person);
    CHECK(p.role == source_role::spokesperson_for);
    CHECK(p.principal == "kremlin");
    CHECK(p.has_principal_kind);
    CHECK(p.principal_kind == source_kind::organization);
    CHECK(p.description == "Kremlin spokesman");

    CHECK(minister.record().role == source_role::official_of);
    CHECK(minister.record().principal == "ukraine");

    const source_record a = anonymous{"a1", "a senior official", "not authorized to speak"}.record();
    CHECK(a.kind == source_kind::anonymous);
    CHECK(a.name == "a senior official");
    CHECK(a.anonymity_reason == "not authorized to speak");

    const source_record d = document{"memo", "memorandum of intent", document_kind::memorandum, "ukraine"}.record();
    CHECK(d.kind == source_kind::document);
    CHECK(d.document == document_kind::memorandum);
    CHECK(d.principal == "ukraine");

    CHECK(journalist{"j", "Hanna Arhirova", "Kyiv"}.record().location == "Kyiv");
    CHECK(office{"mayor", "the mayor of Kharkiv"}.record().kind == source_kind::office);
    CHECK(publication{"ap", "The Associated Press"}.record().kind == source_kind::publication);
}

TEST_CASE("each claim type records its kind") {
    CHECK(direct_quote{"q", "text"}.record().kind == claim_kind::direct_quote);
    CHECK(mixed_quote{"m", "text"}.record().kind == claim_kind::mixed_quote);
    CHECK(paraphrase{"p", "text"}.record().kind == claim_kind::paraphrase);
    CHECK(denial{"d", "text"}.record().kind == claim_kind::denial);
    CHECK(observation{"o", "text"}.record().kind == claim_kind::observation);
    CHECK(reported_figure{"f", "text"}.record().kind == claim_kind::reported_figure);
    CHECK(paraphrase{"p", "talks go on"}.record().text == "talks go on");
}

TEST_CASE("a figure keeps its quantities and links each part to its whole") {
    constexpr auto toll = reported_figure{"toll", "one killed, 98 injured including six children"}
                              .with(quantity{1, "people", "killed"})
                              .with(quantity{98, "people", "injured"}.including(6, "children"));
    static_assert(toll.count == 3);
    CHECK(toll.quantities[0].value == 1);
    CHECK(toll.quantities[0].part_of == no_whole);
    CHECK(toll.quantities[1].what == "injured");
    CHECK(toll.quantities[2].what == "children");
    CHECK(toll.quantities[2].value == 6);
    CHECK(toll.quantities[2].part_of == 1);
    CHECK(toll.quantities[2].claim == "toll");
    CHECK(toll.quantities[2].unit == "people");
}

TEST_CASE("at run time a part larger than its whole throws rule_violation naming the rule") {
    double children = 120;  // a run-time value, so the check runs at run time
    try {
        (void)quantity{98, "people", "injured"}.including(children, "children");
        FAIL("expected rule_violation");
    } catch (const rule_violation& e) {
        CHECK(e.rule_id() == "part-within-whole");
        CHECK(e.subject() == "injured");
        CHECK(std::string(e.what()).find("[part-within-whole]") == 0);
    }
}

TEST_CASE("capacity limits of a figure are errors, not silent truncation") {
    quantity q{10, "people", "injured"};
    for (int i = 0; i < 4; ++i) q = q.including(1, "part");
    CHECK_THROWS_AS((void)q.including(1, "fifth part"), std::length_error);
    reported_figure f{"f", "many numbers"};
    for (int i = 0; i < 8; ++i) f = f.with(quantity{1, "x", "y"});
    CHECK_THROWS_AS((void)f.with(quantity{1, "x", "y"}), std::length_error);
}

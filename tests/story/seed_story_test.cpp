// The seed story example: it compiles (its static_assert holds) and its report
// lists every attribution the seed article reports.
#include "../../examples/seed/seed_story.hpp"

#include <newsprov/story/queries.hpp>
#include <newsprov/story/report.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>

using namespace newsprov;

namespace {
const story_records records = seed::story.records();

std::string source_of(std::string_view claim) {
    const auto a = attributions_of(records, claim);
    return a.size() == 1 ? std::string(a[0]->to) + "/" + std::string(a[0]->cue) : "?";
}

/// The kind of the claim with this id; nothing when the story has no such claim.
std::optional<claim_kind> kind_of(std::string_view claim) {
    const claim_record* c = find_record(records.claims, claim);
    return c ? std::optional(c->kind) : std::nullopt;
}
}  // namespace

TEST_CASE("the seed story keeps every rule of the default policy") {
    static_assert(check(seed::story));
    CHECK(findings(seed::story).empty());
}

TEST_CASE("the seed story attributes each reported statement to its source with its cue") {
    CHECK(source_of("rubio-may-move-on") == "rubio/stated");
    CHECK(source_of("rubio-london-decisive") == "rubio/indicated");
    CHECK(source_of("rubio-other-priorities") == "rubio/emphasized");
    CHECK(source_of("rubio-decide-in-days") == "rubio/noted");
    CHECK(source_of("rubio-talks-productive") == "rubio/described");
    CHECK(source_of("rubio-briefed-lavrov") == "rubio/mentioned");
    CHECK(source_of("rubio-europe-can-help") == "rubio/expressed");
    CHECK(source_of("trump-minerals-progress") == "trump/confirmed");
    CHECK(source_of("minister-memorandum") == "ukraine-economy-minister/reported");
    CHECK(source_of("peskov-complex-negotiations") == "peskov/commented");
    CHECK(source_of("peskov-no-summit") == "peskov/mentioned");
    CHECK(source_of("russia-ceasefire-conditions") == "russia/conditioning");
    CHECK(source_of("kharkiv-toll") == "kharkiv-mayor/reported");
    CHECK(source_of("witkoff-met-putin") == "rubio/according to");
}

TEST_CASE("refusals, denials and the reporter's observation have their kinds") {
    for (const std::string_view denial : {"rubio-security-guarantees", "rubio-lavrov-response", "ukraine-rejects-conditions"}) {
        CAPTURE(denial);
        CHECK(kind_of(denial) == claim_kind::denial);
    }
    CHECK(source_of("ukraine-rejects-conditions") == "ukraine/has rejected");
    CHECK(kind_of("sumy-bakery") == claim_kind::observation);
    CHECK(attributions_of(records, "sumy-bakery").empty());
}

TEST_CASE("Peskov speaks for the Kremlin and Rubio's account of Witkoff is second-hand") {
    const source_record* peskov = find_record(records.sources, "peskov");
    REQUIRE(peskov != nullptr);
    CHECK(peskov->role == source_role::spokesperson_for);
    CHECK(peskov->principal == "kremlin");
    CHECK(chain_to_primary(records, "witkoff-met-putin", "rubio") == std::vector<std::string_view>{"rubio", "witkoff"});
    CHECK(chain_to_primary(records, "rubio-may-move-on", "rubio") == std::vector<std::string_view>{"rubio"});
}

TEST_CASE("the Kharkiv figures: one killed, 98 injured including six children") {
    std::vector<std::pair<double, std::string_view>> figures;
    for (const quantity_record& q : records.quantities)
        if (q.claim == "kharkiv-toll") figures.emplace_back(q.value, q.what);
    CHECK(figures == std::vector<std::pair<double, std::string_view>>{{1, "killed"}, {98, "injured"}, {6, "children"}});
}

TEST_CASE("the credits: Arhirova in Kyiv, with Novikov in Kyiv and Kozlowska in London") {
    std::vector<std::string> credits;
    for (const relation_record& r : records.relations)
        if (r.kind == relation_kind::byline || r.kind == relation_kind::contributor)
            credits.push_back(std::string(to_string(r.kind)) + ":" + std::string(r.to) + "@" + std::string(r.location));
    CHECK(credits == std::vector<std::string>{"byline:arhirova@Kyiv", "contributor:novikov@Kyiv",
                                              "contributor:kozlowska@London"});
}

TEST_CASE("the report names every claim, its source, cue and chain, and the verdict") {
    const std::string report = format_report(seed::story);
    for (const claim_record& c : records.claims) CHECK_MESSAGE(report.find(c.id) != std::string::npos, c.id);
    CHECK(report.find("chain: witkoff-met-putin <- Marco Rubio <- relayed from Steve Witkoff (primary)") !=
          std::string::npos);
    CHECK(report.find("Dmitry Peskov on behalf of the Kremlin (primary)") != std::string::npos);
    CHECK(report.find("of which: 6 children") != std::string::npos);
    CHECK(report.find("cue: refrained from discussing") != std::string::npos);
    CHECK(report.find("Contributor: Joanna Kozlowska in London") != std::string::npos);
    CHECK(report.find("every rule holds") != std::string::npos);
    CHECK(report.find("UNATTRIBUTED") == std::string::npos);
}

TEST_CASE("a report of a broken story lists each violation with its hint") {
    constexpr paraphrase orphan{"orphan", "something happened"};
    constexpr auto broken = make_story(seed::rubio, seed::us_government, orphan);
    const std::string report = format_report(broken);
    CHECK(report.find("UNATTRIBUTED") != std::string::npos);
    CHECK(report.find("error [claim-needs-source] orphan") != std::string::npos);
    CHECK(report.find("hint: attribute the claim") != std::string::npos);
}

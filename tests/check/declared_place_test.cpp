// checker::validate looks for a claim first where the document's content spans
// put it: the same words said twice, by two speakers, are checked at the place
// the document declares, and a quote said twice is matched at its own place.

#include <doctest/doctest.h>
#include <newsprov/check/check.hpp>

#include <algorithm>
#include <string>

namespace np = newsprov;
namespace ck = newsprov::checker;

namespace {

constexpr std::string_view twice =
    "Ana Ferreira said the ferry would run all winter. Two days later the ferry company changed its timetable.\n"
    "Bruno Costa said the ferry would run all winter. He spoke at the harbour.\n";

np::story_document costa_says(std::string_view kind_text, np::claim_kind kind, bool with_place) {
    np::story_document d;
    d.add_source({.kind = np::source_kind::person, .id = "costa", .name = "Bruno Costa"});
    const std::string_view id = d.add_claim({kind, "c1", kind_text});
    d.add_relation({.kind = np::relation_kind::attribution, .from = "c1", .to = "costa", .cue = "said"});
    if (with_place) {
        const std::size_t second = twice.rfind(kind_text);
        d.add_span({id, np::span_role::content, second, second + kind_text.size()});
    }
    return d;
}

bool reports(const std::vector<ck::finding>& fs, std::string_view rule) {
    return std::any_of(fs.begin(), fs.end(), [&](const ck::finding& f) { return f.rule_id == rule; });
}

}  // namespace

TEST_CASE("declared place: a paraphrase said twice is checked where the document puts it") {
    const auto without = ck::validate(costa_says("the ferry would run all winter", np::claim_kind::paraphrase, false), twice);
    CHECK(reports(without, "source-mismatch"));  // found at Ana Ferreira's sentence, the first
    const auto with = ck::validate(costa_says("the ferry would run all winter", np::claim_kind::paraphrase, true), twice);
    CHECK_FALSE(reports(with, "source-mismatch"));
    CHECK_FALSE(reports(with, "claim-not-found"));
}

TEST_CASE("declared place: the nearest verbatim occurrence of a quote") {
    const auto without = ck::validate(costa_says("the ferry would run all winter", np::claim_kind::direct_quote, false), twice);
    CHECK(reports(without, "source-mismatch"));
    const auto with = ck::validate(costa_says("the ferry would run all winter", np::claim_kind::direct_quote, true), twice);
    CHECK_FALSE(reports(with, "source-mismatch"));
    CHECK_FALSE(reports(with, "quote-not-verbatim"));
}

TEST_CASE("declared place: a place that does not hold the claim is no excuse") {
    np::story_document d = costa_says("the ferry would run all winter", np::claim_kind::paraphrase, false);
    // the span points at the timetable sentence; the claim is still looked for everywhere
    const std::size_t at = twice.find("Two days later");
    d.add_span({"c1", np::span_role::content, at, at + 20});
    CHECK(reports(ck::validate(d, twice), "source-mismatch"));
    // and a span over the whole text is not a passage: too long for the claim (its
    // words are in five sentences, no two adjacent ones hold half of them)
    np::story_document wide = costa_says("Ferreira timetable Costa harbour calm", np::claim_kind::paraphrase, false);
    std::string long_text(twice);
    for (int i = 0; i < 10; ++i) long_text += "The weather was calm and the boats stayed in port all week long.\n";
    wide.add_span({"c1", np::span_role::content, 0, long_text.size()});
    const auto fs = ck::validate(wide, long_text);
    CHECK(reports(fs, "claim-not-found"));
}

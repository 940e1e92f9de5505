// Citation validation: every finding type on articles written for these tests,
// each asserted with its rule id and position, and the clean cases.
#include <newsprov/check/check.hpp>
#include <newsprov/graph/graph.hpp>

#include "../../examples/seed/seed_story.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#ifndef NEWSPROV_SOURCE_DIR
#define NEWSPROV_SOURCE_DIR "."
#endif

namespace np = newsprov;
namespace ck = newsprov::checker;

namespace {

// Line 1 byline, line 3 Lopez, line 5 the agency, line 7 the contributor line.
constexpr std::string_view ferry =
    "By Nora Quinn\n"
    "\n"
    "Council member Maria Lopez said on Tuesday that the new ferry line will open within weeks. "
    "\u201CWe have waited long enough for this,\u201D Lopez told reporters at the dock.\n"
    "\n"
    "The transit agency reported that 14 buses would move to the waterfront route, including six electric ones. "
    "The agency did not give a date.\n"
    "\n"
    "Peter Hale contributed to this report.\n";

np::source_record source(np::source_kind kind, std::string_view id, std::string_view name) {
    np::source_record r;
    r.kind = kind;
    r.id = id;
    r.name = name;
    return r;
}
np::relation_record relation(np::relation_kind kind, std::string_view from, std::string_view to,
                             std::string_view cue = {}) {
    np::relation_record r;
    r.kind = kind;
    r.from = from;
    r.to = to;
    r.cue = cue;
    return r;
}

struct claim_spec {
    np::claim_kind kind;
    std::string_view id, text, source, cue;
};

/// The ferry story as declared; `change` edits the specs before they are added.
np::story_document ferry_doc(std::vector<claim_spec> claims = {}, bool credits = true) {
    np::story_document d;
    d.set_info(np::story_info{"ferry"});
    d.add_source(source(np::source_kind::person, "lopez", "Maria Lopez"));
    d.add_source(source(np::source_kind::person, "reed", "Tom Reed"));
    d.add_source(source(np::source_kind::organization, "agency", "the transit agency"));
    d.add_source(source(np::source_kind::journalist, "quinn", "Nora Quinn"));
    d.add_source(source(np::source_kind::journalist, "hale", "Peter Hale"));
    d.add_source(source(np::source_kind::journalist, "moss", "Ann Moss"));
    if (claims.empty())
        claims = {
            {np::claim_kind::paraphrase, "open", "the new ferry line will open within weeks", "lopez", "said"},
            {np::claim_kind::direct_quote, "waited", "\"We have waited long enough for this.\"", "lopez", "told"},
            {np::claim_kind::reported_figure, "buses", "14 buses move to the waterfront route, six of them electric",
             "agency", "reported"},
            {np::claim_kind::denial, "no-date", "the agency did not give a date", "agency", "did not give"},
        };
    for (const claim_spec& c : claims) {
        d.add_claim({c.kind, c.id, c.text});
        if (!c.source.empty()) d.add_relation(relation(np::relation_kind::attribution, c.id, c.source, c.cue));
    }
    if (d.find_claim("buses")) {
        d.add_quantity({"buses", 14, "buses", "moved", 0, np::no_whole});
        d.add_quantity({"buses", 6, "buses", "electric", 1, 0});
    }
    if (credits) {
        d.add_relation(relation(np::relation_kind::byline, {}, "quinn"));
        d.add_relation(relation(np::relation_kind::contributor, {}, "hale"));
    }
    return d;
}

std::vector<claim_spec> ferry_claims() {
    return {
        {np::claim_kind::paraphrase, "open", "the new ferry line will open within weeks", "lopez", "said"},
        {np::claim_kind::direct_quote, "waited", "\"We have waited long enough for this.\"", "lopez", "told"},
        {np::claim_kind::reported_figure, "buses", "14 buses move to the waterfront route, six of them electric",
         "agency", "reported"},
        {np::claim_kind::denial, "no-date", "the agency did not give a date", "agency", "did not give"},
    };
}

/// The one finding, which must have this rule.
ck::finding only(const std::vector<ck::finding>& fs, std::string_view rule_id) {
    for (const auto& f : fs) MESSAGE(f.where.line, ":", f.where.column, " [", f.rule_id, "] ", f.message);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].rule_id == rule_id);
    return fs[0];
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("validate: the declared ferry story is clean") {
    CHECK(ck::validate(ferry_doc(), ferry).empty());
}

TEST_CASE("validate: a quote is verbatim whatever its quotation marks and white space") {
    auto claims = ferry_claims();
    claims[1].text = "\u2018We have   waited long\nenough for this\u2019";
    CHECK(ck::validate(ferry_doc(claims), ferry).empty());
}

TEST_CASE("validate: quote-not-verbatim gives the closest passage, its similarity and the differing words") {
    auto claims = ferry_claims();
    claims[1].text = "\"We have waited long enough for that.\"";
    const auto fs = ck::validate(ferry_doc(claims), ferry);
    const auto f = only(fs, "quote-not-verbatim");
    CHECK(f.level == np::severity::error);
    CHECK(f.where.line == 3);
    CHECK(f.where.column == 95);  // the quotation's first word
    CHECK(ferry.substr(f.where.offset, f.where.length) == "We have waited long enough for this");
    CHECK(f.message.find("similarity 0.86") != std::string::npos);
    CHECK(f.message.find("\"this\" where the claim has \"that\"") != std::string::npos);
    CHECK(f.subject == "waited");
    CHECK(!f.hint.empty());
}

TEST_CASE("validate: claim-not-found") {
    auto claims = ferry_claims();
    claims.push_back({np::claim_kind::paraphrase, "fares", "tram fares rise sharply next winter", "lopez", "said"});
    const auto f = only(ck::validate(ferry_doc(claims), ferry), "claim-not-found");
    CHECK(f.subject == "fares");
    CHECK(f.where.line == 1);  // nothing resembles it: reported at the start
    CHECK(f.level == np::severity::error);
}

TEST_CASE("validate: source-mismatch when the text names another speaker") {
    auto claims = ferry_claims();
    claims[0].source = "reed";
    const auto f = only(ck::validate(ferry_doc(claims), ferry), "source-mismatch");
    CHECK(f.where.line == 3);
    CHECK(ferry.substr(f.where.offset, f.where.length).find("Maria Lopez") != std::string_view::npos);
    CHECK(f.message.find("Tom Reed") != std::string::npos);
}

TEST_CASE("validate: source-not-near when nobody near the claim is the declared source") {
    constexpr std::string_view text =
        "The pier was closed for repairs in May.\n\nWorkers replaced the railings. Tom Reed runs the cafe.\n";
    np::story_document d;
    d.add_source(source(np::source_kind::person, "lopez", "Maria Lopez"));
    d.add_claim({np::claim_kind::paraphrase, "closed", "the pier was closed for repairs in May"});
    d.add_relation(relation(np::relation_kind::attribution, "closed", "lopez", "closed"));
    const auto f = only(ck::validate(d, text), "source-not-near");
    CHECK(f.where.line == 1);
    CHECK(f.where.column == 5);
    CHECK(f.message.find("Maria Lopez") != std::string::npos);
}

TEST_CASE("validate: a pronoun resolved to the declared source is enough") {
    constexpr std::string_view text =
        "Maria Lopez spoke at the dock on Tuesday.\n\nShe said the ferry would carry 300 passengers a day.\n";
    np::story_document d;
    d.add_source(source(np::source_kind::person, "lopez", "Maria Lopez"));
    d.add_claim({np::claim_kind::paraphrase, "capacity", "the ferry would carry 300 passengers daily"});
    d.add_relation(relation(np::relation_kind::attribution, "capacity", "lopez", "said"));
    const auto fs = ck::validate(d, text);
    for (const auto& f : fs) MESSAGE(f.rule_id, " ", f.message);
    // the number is inside a declared claim: not an undeclared figure
    CHECK(fs.empty());
}

TEST_CASE("validate: cue-not-near") {
    auto claims = ferry_claims();
    claims[0].cue = "confirmed";
    const auto f = only(ck::validate(ferry_doc(claims), ferry), "cue-not-near");
    CHECK(f.where.line == 3);
    CHECK(f.message.find("confirmed") != std::string::npos);
}

TEST_CASE("validate: figures in digits or words; figure-not-found") {
    auto d = ferry_doc();
    CHECK(ck::validate(d, ferry).empty());  // 6 is written "six"
    np::story_document wrong = ferry_doc();
    wrong.add_quantity({"buses", 40, "buses", "total", 2, np::no_whole});
    const auto f = only(ck::validate(wrong, ferry), "figure-not-found");
    CHECK(f.where.line == 5);
    CHECK(f.message.find("40") != std::string::npos);
    CHECK(f.message.find("14 buses") != std::string::npos);  // what the text has
}

TEST_CASE("validate: byline-mismatch and contributor-mismatch") {
    auto d = ferry_doc(ferry_claims(), false);
    d.add_relation(relation(np::relation_kind::byline, {}, "moss"));
    d.add_relation(relation(np::relation_kind::contributor, {}, "hale"));
    auto fs = ck::validate(d, ferry);
    REQUIRE(fs.size() == 2);  // Moss is not in the byline; Quinn is not declared
    CHECK(fs[0].rule_id == "byline-mismatch");
    CHECK(fs[0].where.line == 1);
    CHECK(fs[1].rule_id == "byline-mismatch");
    CHECK(ferry.substr(fs[1].where.offset, fs[1].where.length) == "Nora Quinn");

    auto c = ferry_doc(ferry_claims(), false);
    c.add_relation(relation(np::relation_kind::byline, {}, "quinn"));
    c.add_relation(relation(np::relation_kind::contributor, {}, "moss"));
    fs = ck::validate(c, ferry);
    REQUIRE(fs.size() == 2);
    CHECK(fs[0].rule_id == "contributor-mismatch");
    CHECK(fs[0].where.line == 7);
    CHECK(fs[1].rule_id == "contributor-mismatch");
    CHECK(ferry.substr(fs[1].where.offset, fs[1].where.length) == "Peter Hale");
}

TEST_CASE("validate: undeclared-attribution and undeclared-figure") {
    auto claims = ferry_claims();
    claims.erase(claims.begin() + 2);  // the buses claim
    const auto fs = ck::validate(ferry_doc(claims), ferry);
    for (const auto& f : fs) MESSAGE(f.where.line, ":", f.where.column, " [", f.rule_id, "] ", f.message);
    REQUIRE(fs.size() == 3);
    CHECK(fs[0].rule_id == "undeclared-attribution");
    CHECK(fs[0].where.line == 5);
    CHECK(fs[0].where.column == 29);  // "that 14 buses ..."
    CHECK(fs[1].rule_id == "undeclared-figure");
    CHECK(ferry.substr(fs[1].where.offset, fs[1].where.length) == "14 buses");
    CHECK(fs[2].rule_id == "undeclared-figure");
    CHECK(ferry.substr(fs[2].where.offset, fs[2].where.length) == "six electric");
}

TEST_CASE("validate: quote-without-source") {
    constexpr std::string_view text =
        "The ferry opened on Monday.\n\n\"It is the best thing to happen to this town in years.\"\n";
    np::story_document d;
    d.add_claim({np::claim_kind::observation, "opened", "the ferry opened on Monday"});
    const auto f = only(ck::validate(d, text), "quote-without-source");
    CHECK(f.where.line == 3);
    CHECK(f.where.column == 2);
}

TEST_CASE("validate: the policy's rules, located at the claim") {
    auto claims = ferry_claims();
    claims[1].source = "agency";  // a quote from an organization as such
    const auto fs = ck::validate(ferry_doc(claims), ferry);
    for (const auto& f : fs) MESSAGE(f.where.line, ":", f.where.column, " [", f.rule_id, "] ", f.message);
    const auto it = std::find_if(fs.begin(), fs.end(), [](const ck::finding& f) { return f.rule_id == "quote-needs-speaker"; });
    REQUIRE(it != fs.end());
    CHECK(it->where.line == 3);
    CHECK(it->where.column == 95);
    CHECK(it->subject == "waited");
    CHECK(it->level == np::severity::error);
}

TEST_CASE("validate: the seed-facts article is clean against the seed story") {
    const std::string text = read_file(std::string(NEWSPROV_SOURCE_DIR) + "/tests/check/data/seed_facts.txt");
    REQUIRE(!text.empty());
    const auto fs = ck::validate(np::to_document(seed::story), text);
    for (const auto& f : fs) MESSAGE(f.where.line, ":", f.where.column, " [", f.rule_id, "] ", f.message);
    CHECK(fs.empty());
}

TEST_CASE("validate: arbitrary bytes never crash") {
    std::mt19937 rng(7);
    const auto doc = np::to_document(seed::story);
    for (int round = 0; round < 40; ++round) {
        std::string bytes(static_cast<std::size_t>(rng() % 4000), '\0');
        for (char& c : bytes) {
            const auto r = rng() % 10;
            c = r < 5 ? "abc Rubio said \"98\n.\xE2\x80\x9C"[rng() % 22] : static_cast<char>(rng() & 0xFF);
        }
        const auto fs = ck::validate(doc, bytes);
        for (const auto& f : fs) CHECK(f.where.offset + f.where.length <= bytes.size());
        std::string out;
        ck::write_text(out, fs, {"x.txt", bytes});
        ck::write_sarif(out, fs, {ck::validation_rules}, {"x.txt", bytes});
    }
}

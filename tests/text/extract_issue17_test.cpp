// Attribution extraction: one case per bug of issue 17 that is fixed, each on a
// sentence written for this test.
#include <newsprov/check/check.hpp>
#include <newsprov/text/extract.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

namespace t = newsprov::text;

namespace {

std::string joined(std::string_view text, const std::vector<t::span>& parts) {
    std::string out;
    for (const auto& p : parts) {
        if (!out.empty()) out += " | ";
        out.append(text.substr(p.begin, p.end - p.begin));
    }
    return out;
}

/// The attribution whose cue reads `cue`; the test stops when there is none.
t::attribution with_cue(std::string_view text, std::string_view cue) {
    const t::extraction x = t::extract(text);
    for (const auto& a : x.attributions)
        if (joined(text, a.cue) == cue) return a;
    FAIL("no attribution with the cue '" << cue << "' in: " << text);
    return {};
}

}  // namespace

TEST_SUITE("text") {

TEST_CASE("issue 17: 'recommends that' reports") {
    const std::string text = "The review board recommends that the port stay closed until spring.";
    const auto a = with_cue(text, "recommends");
    CHECK(joined(text, a.source) == "The review board");
    CHECK(joined(text, a.content) == "that the port stay closed until spring");
}

TEST_CASE("issue 17: 'ruled that' reports") {
    const std::string text = "A county judge ruled that the ballots were counted twice.";
    const auto a = with_cue(text, "ruled");
    CHECK(joined(text, a.source) == "A county judge");
    CHECK(joined(text, a.content) == "that the ballots were counted twice");
}

TEST_CASE("issue 17: 'theorized that' reports") {
    const std::string text = "Two geologists theorized that the lake had drained in a week.";
    const auto a = with_cue(text, "theorized");
    CHECK(joined(text, a.source) == "Two geologists");
    CHECK(joined(text, a.content) == "that the lake had drained in a week");
}

TEST_CASE("issue 17: a capitalized pronoun after a quotation's full stop starts a new report") {
    const std::string text =
        "Ms. Ortiz said the ferry had \"never been this busy.\" She added, \"We hired six more crew.\"";
    const auto said = with_cue(text, "said");
    CHECK(joined(text, said.content) == "the ferry had \"never been this busy.\"");
    const auto added = with_cue(text, "added");
    CHECK(joined(text, added.source) == "She");
    CHECK(joined(text, added.content) == "\"We hired six more crew.\"");
}

TEST_CASE("issue 17: a comma between the subject and its verb keeps the subject") {
    const std::string text = "The ferry operator, has said that no crossings will run on Sunday.";
    const auto a = with_cue(text, "has said");
    CHECK(joined(text, a.source) == "The ferry operator");
    CHECK(joined(text, a.content) == "that no crossings will run on Sunday");
}

TEST_CASE("issue 17: 'Name for the Agency, says' names the whole phrase") {
    const std::string text = "Omar Reyes for the Coastal Water Board, says the beach is safe again.";
    const auto a = with_cue(text, "says");
    CHECK(joined(text, a.source) == "Omar Reyes for the Coastal Water Board");
    CHECK(joined(text, a.content) == "the beach is safe again");
}

TEST_CASE("issue 17: a parenthesis between dashes after the subject") {
    const std::string text = "A retired pilot -- Mia Stone, who flew the route for years -- said the runway was too short.";
    const auto a = with_cue(text, "said");
    CHECK(joined(text, a.source) == "A retired pilot -- Mia Stone, who flew the route for years");
    CHECK(joined(text, a.content) == "the runway was too short");
}

TEST_CASE("issue 17: 'on Monday morning' between the subject and its verb") {
    const std::string text = "Union leader Kim Park on Monday morning said the strike would end.";
    const auto a = with_cue(text, "said");
    CHECK(joined(text, a.source) == "Union leader Kim Park");
}

TEST_CASE("issue 17: a second verb after 'and' ends the first report") {
    const std::string text = "The mayor said the budget was balanced and vowed to cut fares next year.";
    const auto said = with_cue(text, "said");
    CHECK(joined(text, said.content) == "the budget was balanced");
}

TEST_CASE("issue 17: 'stated', 'found' and 'thought' report a clause without 'that'") {
    const std::string stated = "The harbour master stated the pier was unsafe.";
    CHECK(joined(stated, with_cue(stated, "stated").content) == "the pier was unsafe");
    const std::string found = "The inspectors found the wiring had failed.";
    CHECK(joined(found, with_cue(found, "found").content) == "the wiring had failed");
    const std::string thought = "The coach thought the team would recover.";
    CHECK(joined(thought, with_cue(thought, "thought").content) == "the team would recover");
    // an object, not a clause: nothing is reported
    const std::string object = "The inspectors found several loose wires.";
    CHECK(t::extract(object).attributions.empty());
}

TEST_CASE("issue 17: 'confirmed' reports a clause without 'that'") {
    const std::string text = "A transit official confirmed the city will add night buses.";
    const auto a = with_cue(text, "confirmed");
    CHECK(joined(text, a.source) == "A transit official");
    CHECK(joined(text, a.content) == "the city will add night buses");
}

TEST_CASE("issue 17: 'According to Name' without a comma ends the source at the name") {
    const std::string text = "According to Alvarez the warehouse was sold in March.";
    const auto a = with_cue(text, "According to");
    CHECK(joined(text, a.source) == "Alvarez");
    CHECK(joined(text, a.content) == "the warehouse was sold in March");
}

TEST_CASE("issue 17: 'reports have revealed': the plural noun is the source, not the cue") {
    const std::string text = "Recent reports have revealed the fund was nearly empty.";
    const t::extraction x = t::extract(text);
    REQUIRE(x.attributions.size() == 1);
    CHECK(joined(text, x.attributions[0].cue) == "have revealed");
    CHECK(joined(text, x.attributions[0].source) == "Recent reports");
}

TEST_CASE("issue 17: 'Name, who expressed that ...' speaks for the name before the comma") {
    const std::string text =
        "Finance chief Ivo Marek opened the talks. The offer was welcomed by Lindqvist, who said that trade would grow.";
    const auto a = with_cue(text, "said");
    CHECK(joined(text, a.source) == "who");
    CHECK(a.speaker == "Lindqvist");
}

TEST_CASE("issue 17: a list of names with abbreviations stays in the content") {
    const std::string text = "The envoy, who stressed that the U.K., Spain, and Poland can mediate, left early.";
    const auto a = with_cue(text, "stressed");
    CHECK(joined(text, a.content) == "that the U.K., Spain, and Poland can mediate");
}

TEST_CASE("issue 17: a passive participle with 'by' reports nothing") {
    const std::string text = "Mexico rejected a truce drafted by Chile and endorsed by Peru, tying it to a vote.";
    const t::extraction x = t::extract(text);
    for (const auto& a : x.attributions) CHECK(joined(text, a.cue) != "endorsed");
}

TEST_CASE("'C, according to X': an opening participle phrase or a lead-in before a colon is not content") {
    const std::string opening = "Heading into the last week, Okafor leads by four points, according to a city poll.";
    CHECK(joined(opening, with_cue(opening, "according to").content) == "Okafor leads by four points");
    const std::string colon = "The levy has not driven banks away: Oslo kept its rank in 2019, according to one index.";
    CHECK(joined(colon, with_cue(colon, "according to").content) == "Oslo kept its rank in 2019");
}

TEST_CASE("issue 17: a stance verb reports its object phrase when a person holds the stance") {
    const std::string text = "Okafor supports the harbour toll.";
    const auto a = with_cue(text, "supports");
    CHECK(joined(text, a.source) == "Okafor");
    CHECK(joined(text, a.content) == "the harbour toll");
    // a body that supports something is not a stance taken in words
    CHECK(t::extract("The pier supports the old crane.").attributions.empty());
}

TEST_CASE("issue 17: drift does not call a report with 'confirmed' a lost attribution") {
    const std::string before = "A transit official said that the city will expand the night bus service in May.\n";
    const std::string after = "A transit official confirmed the city will expand the night bus service in May.\n";
    const auto findings = newsprov::checker::drift(before, after);
    for (const auto& f : findings) MESSAGE("[", f.rule_id, "] ", f.message);
    // the same report, with a firmer cue: that and nothing else
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].rule_id == "cue-strength-changed");
}

}  // TEST_SUITE

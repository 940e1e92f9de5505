#include <newsprov/story/check.hpp>
#include <newsprov/story/relations.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace newsprov;

namespace {
constexpr organization kremlin{"kremlin", "the Kremlin"};
constexpr spokesperson peskov{"peskov", "Dmitry Peskov", "Kremlin spokesman", kremlin};
constexpr person rubio{"rubio", "Marco Rubio", "U.S. Secretary of State"};
constexpr person witkoff{"witkoff", "Steve Witkoff", "presidential envoy"};
constexpr person putin{"putin", "Vladimir Putin", "Russian president"};
constexpr office mayor{"kharkiv-mayor", "the mayor of Kharkiv"};
constexpr journalist reporter{"arhirova", "Hanna Arhirova", "Kyiv"};
constexpr direct_quote quote{"q1", "we have other priorities to focus on"};
constexpr paraphrase talks{"p1", "complex negotiations are under way"};
constexpr paraphrase meetings{"p2", "Witkoff has met Putin three times"};
constexpr observation strikes{"o1", "Russian strikes continued"};
constexpr document intent{"memo", "memorandum of intent", document_kind::memorandum};
constexpr document intent_draft{"memo-draft", "draft memorandum", document_kind::memorandum};
constexpr document final_text{"memo-final", "final memorandum", document_kind::memorandum};
constexpr auto toll = reported_figure{"toll", "one killed and 98 injured, six of them children"}
                          .with(quantity{1, "people", "killed"})
                          .with(quantity{98, "people", "injured"}.including(6, "children"));

constexpr auto good = make_story(story_info{"good", "Talks in Paris", "", "2025-04-18", "PARIS"}, kremlin, peskov,
                                 rubio, witkoff, mayor, reporter, quote, talks, meetings, strikes, toll,
                                 attribute(quote, rubio, "said", "2025-04-18"), attribute(talks, peskov, "said"),
                                 attribute(meetings, rubio, "according to"), relay(meetings, rubio, witkoff),
                                 attribute(toll, mayor, "reported"), on_behalf_of(peskov, kremlin),
                                 byline(reporter, "Kyiv"));

template <class Story>
constexpr std::string_view broken_rule(const Story& s) {
    return verdict(s).rule_id;
}
}  // namespace

TEST_CASE("make_story gathers sources, claims, figures and relations in order") {
    static_assert(good.sources.size() == 6);
    static_assert(good.claims.size() == 5);
    static_assert(good.relations.size() == 7);
    static_assert(good.quantities().size() == 3);
    CHECK(good.info.headline == "Talks in Paris");
    CHECK(good.info.dateline == "PARIS");
    CHECK(good.sources[1].id == "peskov");
    CHECK(good.claims[4].id == "toll");
    CHECK(good.relations[0].kind == relation_kind::attribution);
    CHECK(good.relations[0].cue == "said");
    CHECK(good.relations[0].date == "2025-04-18");
    CHECK(good.relations[3].kind == relation_kind::relayed_by);
    CHECK(good.relations[3].via == "rubio");
    CHECK(good.relations[3].to == "witkoff");
    CHECK(good.relations[6].kind == relation_kind::byline);
    CHECK(good.relations[6].location == "Kyiv");
}

TEST_CASE("a story that keeps every rule checks at compile time and at run time") {
    static_assert(check(good));
    static_assert(verdict(good).ok);
    CHECK(check(good));
    CHECK(findings(good).empty());
}

// Each story-level rule, violated once; the verdict names it and the subject.
TEST_CASE("story verdicts name the broken rule and the part at fault") {
    SUBCASE("attributor-declared: a source the story does not declare") {
        constexpr auto s = make_story(quote, attribute(quote, rubio, "said"));
        static_assert(broken_rule(s) == "attributor-declared");
        static_assert(verdict(s).subject == "rubio");  // the missing end, not the claim
    }
    SUBCASE("attributor-declared: a principal the story does not declare") {
        constexpr auto s = make_story(peskov, talks, attribute(talks, peskov, "said"));
        static_assert(broken_rule(s) == "attributor-declared");
        static_assert(verdict(s).subject == "kremlin");
    }
    SUBCASE("claim-needs-source") {
        constexpr auto s = make_story(rubio, quote, talks, attribute(quote, rubio, "said"));
        static_assert(broken_rule(s) == "claim-needs-source");
        static_assert(verdict(s).subject == "p1");
    }
    SUBCASE("no-self-attribution: a relay chain with a cycle") {
        constexpr auto s = make_story(rubio, witkoff, putin, meetings, attribute(meetings, rubio, "said"),
                                      relay(meetings, rubio, witkoff), relay(meetings, witkoff, putin),
                                      relay(meetings, putin, rubio));
        static_assert(broken_rule(s) == "no-self-attribution");
        static_assert(verdict(s).subject == "p2");
    }
    SUBCASE("no-self-attribution: documents that quote, revise or derive from each other in a cycle") {
        constexpr auto q =
            make_story(intent, intent_draft, quoted_from(intent, intent_draft), quoted_from(intent_draft, intent));
        static_assert(broken_rule(q) == "no-self-attribution");
        static_assert(verdict(q).subject == "memo-draft");  // the relation that closes the cycle
        constexpr auto r = make_story(intent, intent_draft, final_text, revision_of(intent, final_text),
                                      revision_of(final_text, intent_draft), revision_of(intent_draft, intent));
        static_assert(broken_rule(r) == "no-self-attribution");
        constexpr auto d = make_story(intent, intent_draft, final_text, derived_from(final_text, intent_draft),
                                      derived_from(final_text, intent), derived_from(intent_draft, intent));
        static_assert(verdict(d).ok);  // a diamond is no cycle
    }
    SUBCASE("attributor-declared: an empty id is never declared") {
        constexpr office nameless{.id = "", .name = "the mayor of Kharkiv"};
        constexpr auto s = make_story(nameless, toll, attribute(toll, nameless, "reported"));
        static_assert(broken_rule(s) == "attributor-declared");
        static_assert(verdict(s).subject == "toll");  // the empty end names nothing: its relation's claim
    }
    SUBCASE("attributor-declared: the story's publication is a declared source") {
        constexpr publication reuters{"reuters", "Reuters"};
        constexpr auto s = make_story(story_info{"s", "", "reuter"}, reuters, rubio, quote,
                                      attribute(quote, rubio, "said"));
        static_assert(broken_rule(s) == "attributor-declared");
        static_assert(verdict(s).subject == "reuter");
        static_assert(verdict(make_story(story_info{"s", "", "reuters"}, reuters, rubio, quote,
                                         attribute(quote, rubio, "said")))
                          .ok);
    }
    SUBCASE("id-unique: a source and a claim, two sources, or the story sharing an id") {
        constexpr organization russia{"russia", "Russia"};
        constexpr office russia_office{"russia", "the Russian government"};
        constexpr auto two_sources = make_story(russia, russia_office, toll, attribute(toll, russia, "said"));
        static_assert(broken_rule(two_sources) == "id-unique");
        static_assert(verdict(two_sources).subject == "russia");
        constexpr direct_quote again{"q1", "another quote with the same id"};
        constexpr auto two_claims = make_story(rubio, quote, again, attribute(quote, rubio, "said"),
                                               attribute(again, rubio, "said"));
        static_assert(broken_rule(two_claims) == "id-unique");
        static_assert(verdict(two_claims).subject == "q1");
        constexpr paraphrase named_rubio{"rubio", "a claim named like a source"};
        static_assert(broken_rule(make_story(rubio, named_rubio, attribute(named_rubio, rubio, "said"))) ==
                      "id-unique");
        constexpr auto story_id = make_story(story_info{"q1"}, rubio, quote, attribute(quote, rubio, "said"));
        static_assert(broken_rule(story_id) == "id-unique");
    }
    SUBCASE("a relay chain over three sources that ends is fine") {
        constexpr auto s = make_story(rubio, witkoff, putin, meetings, attribute(meetings, rubio, "said"),
                                      relay(meetings, rubio, witkoff), relay(meetings, witkoff, putin));
        static_assert(verdict(s).ok);
    }
    SUBCASE("part-within-whole: parts made without including()") {
        constexpr quantity injured{98, "people", "injured", {part{120, "children"}}, 1};
        constexpr auto bad_toll = reported_figure{"bad", "98 injured"}.with(injured);
        constexpr auto s = make_story(mayor, bad_toll);
        static_assert(broken_rule(s) == "part-within-whole");
        static_assert(verdict(s).subject == "bad");
    }
    SUBCASE("quote-needs-speaker, from a hand-made record") {
        relation_record said;
        said.from = "q1";
        said.to = "kremlin";
        const auto s = make_story(kremlin, quote, said);
        CHECK(broken_rule(s) == "quote-needs-speaker");
        CHECK_THROWS_AS((void)check(s), rule_violation);
    }
}

TEST_CASE("findings() lists every violation, in rule order") {
    relation_record said;
    said.from = "q1";
    said.to = "kremlin";
    relation_record by_rubio;
    by_rubio.kind = relation_kind::byline;
    by_rubio.to = "rubio";
    const auto s = make_story(kremlin, rubio, quote, talks, anonymous{"anon", "an official"}, said, by_rubio);
    const auto found = findings(s);
    std::vector<std::string> ids;
    for (const auto& f : found) ids.push_back(std::string(f.broken->id) + ":" + std::string(f.subject));
    CHECK(ids == std::vector<std::string>{"quote-needs-speaker:q1", "anonymous-needs-reason:anon",
                                          "byline-needs-journalist:rubio", "claim-needs-source:p1"});
}

TEST_CASE("builders run at run time throw rule_violation for value rules") {
    const std::string no_reason;  // a run-time value
    const anonymous source{"anon", "a person familiar with the talks", no_reason};
    try {
        (void)attribute(talks, source, "said");
        FAIL("expected rule_violation");
    } catch (const rule_violation& e) {
        CHECK(e.rule_id() == "anonymous-needs-reason");
        CHECK(e.subject() == "anon");
        CHECK_FALSE(e.hint().empty());
    }
    const std::string same = "rubio";
    const person a{same, "Marco Rubio"};
    CHECK_THROWS_WITH_AS((void)relay(meetings, a, rubio), doctest::Contains("[no-self-attribution]"), rule_violation);
}

TEST_CASE("check_records evaluates the same rules over run-time records") {
    // Records whose strings live in run-time storage, as the document graph keeps them.
    std::vector<std::string> storage{"kremlin", "the Kremlin", "q1", "we will see", "said"};
    std::vector<source_record> sources(1);
    sources[0].kind = source_kind::organization;
    sources[0].id = storage[0];
    sources[0].name = storage[1];
    std::vector<claim_record> claims{{claim_kind::direct_quote, storage[2], storage[3]}};
    std::vector<relation_record> relations(1);
    relations[0].from = storage[2];
    relations[0].to = storage[0];
    relations[0].cue = storage[4];
    const story_records recs{sources, claims, {}, relations};
    std::vector<id_slot> scratch(scratch_slots(recs));
    std::vector<std::string> found;
    check_records(std::span<const rule>(default_policy::rules), recs, scratch, [&](std::size_t i, std::string_view s) {
        found.push_back(std::string(default_policy::rules[i].id) + ":" + std::string(s));
        return true;
    });
    CHECK(found == std::vector<std::string>{"quote-needs-speaker:q1"});

    // The fix the hint suggests: a spokesperson acting on the organization's behalf.
    sources.push_back({});
    sources[1].kind = source_kind::person;
    sources[1].role = source_role::spokesperson_for;
    sources[1].id = "peskov";
    sources[1].principal = storage[0];
    relations[0].to = "peskov";
    const story_records fixed{sources, claims, {}, relations};
    scratch.resize(scratch_slots(fixed));
    found.clear();
    check_records(std::span<const rule>(default_policy::rules), fixed, scratch, [&](std::size_t i, std::string_view s) {
        found.push_back(std::string(default_policy::rules[i].id) + ":" + std::string(s));
        return true;
    });
    CHECK(found.empty());
}

TEST_CASE("document relations, delegation and credits become records") {
    constexpr document memo{"memo", "memorandum of intent", document_kind::memorandum};
    constexpr document draft{"draft", "draft memorandum", document_kind::memorandum};
    constexpr auto quoted = quoted_from(memo, draft);
    constexpr auto derived = derived_from(memo, draft);
    constexpr auto revised = revision_of(memo, draft);
    static_assert(quoted.kind == relation_kind::quoted_from && quoted.from == "memo" && quoted.to == "draft");
    static_assert(derived.kind == relation_kind::derived_from);
    static_assert(revised.kind == relation_kind::revision_of);
    constexpr auto delegation = on_behalf_of(peskov, kremlin);
    static_assert(delegation.kind == relation_kind::on_behalf_of && delegation.from == "peskov" &&
                  delegation.to == "kremlin");
    constexpr auto credit = contributor(reporter, "London");
    static_assert(credit.kind == relation_kind::contributor && credit.to == "arhirova" && credit.location == "London");
    constexpr auto s = make_story(memo, draft, kremlin, peskov, quoted, revised, delegation);
    static_assert(verdict(s).ok);
}

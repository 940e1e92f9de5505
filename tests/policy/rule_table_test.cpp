#include <newsprov/policy/concepts.hpp>
#include <newsprov/policy/default_policy.hpp>
#include <newsprov/graph/check.hpp>
#include <newsprov/graph/from_story.hpp>
#include <newsprov/story/check.hpp>
#include <newsprov/story/relations.hpp>

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <type_traits>
#include <vector>

using namespace newsprov;

namespace {

// A stricter house policy: no figures from anonymous sources at all.
struct newsroom_policy {
    static constexpr auto rules = extend(
        default_policy::rules,
        rule{"no-anonymous-figures", "figures are never taken from anonymous sources",
             "find an on-the-record source for the number", rule_scope::attribution, rule_check::allowed_sources,
             {claim_kind::reported_figure}, source_kinds::all().without(source_kind::anonymous), {}});
};
// A looser one: organizations may be quoted.
struct loose_policy {
    static constexpr auto rules = without(default_policy::rules, "quote-needs-speaker");
};

// Probe types: one claim type per claim kind, one source type per (kind, role).
template <claim_kind K>
struct probe_claim {
    static constexpr claim_kind kind = K;
    std::string_view id = "c";
    [[nodiscard]] constexpr claim_record record() const noexcept { return {kind, id, {}}; }
};
template <source_kind K, source_role R>
struct probe_source {
    static constexpr source_kind kind = K;
    static constexpr source_role role = R;
    static constexpr source_kind principal_kind = source_kind::organization;
    std::string_view id = "s";
    [[nodiscard]] constexpr source_record record() const noexcept {
        source_record r;
        r.kind = kind;
        r.role = role;
        r.id = id;
        return r;
    }
};

// What the compiler decides: do attribute()'s static_asserts hold? Those on the
// default rules test a condition; the house rules' one fails when a house rule
// is found broken (and names it).
template <class P, attribution_facts F>
concept compiler_accepts = detail::default_attribution_rules_kept<P, F>() &&
                           detail::broken_house_attribution_rule<P, F> == detail::rules_of<P>().size();

template <class P, std::size_t I>
constexpr attribution_facts facts_number() {
    constexpr std::size_t roles = all_source_roles.size(), sources = all_source_kinds.size();
    return {all_claim_kinds[I / (roles * sources)], all_source_kinds[(I / roles) % sources], all_source_roles[I % roles]};
}

template <class P>
void check_agreement_on_every_pair() {
    constexpr std::size_t triples = all_claim_kinds.size() * all_source_kinds.size() * all_source_roles.size();
    std::size_t checked = 0;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (
            [&] {
                constexpr attribution_facts f = facts_number<P, I>();
                constexpr bool at_compile_time = compiler_accepts<P, f>;
                constexpr bool by_concept = attributable<probe_claim<f.claim>, probe_source<f.source, f.role>, P>;
                const bool at_run_time = allows_attribution(std::span<const rule>(P::rules), f);
                INFO(to_string(f.claim), " from ", to_string(f.source), " (", to_string(f.role), ")");
                CHECK(at_compile_time == at_run_time);
                CHECK(by_concept == at_run_time);
                ++checked;
            }(),
            ...);
    }(std::make_index_sequence<triples>{});
    CHECK(checked == triples);
}

}  // namespace

TEST_CASE("compile-time and run-time verdicts agree on every (claim, source, role) triple") {
    SUBCASE("default policy") { check_agreement_on_every_pair<default_policy>(); }
    SUBCASE("stricter newsroom policy") { check_agreement_on_every_pair<newsroom_policy>(); }
    SUBCASE("looser policy") { check_agreement_on_every_pair<loose_policy>(); }
}

TEST_CASE("the default policy's verdicts are the ones DESIGN.md states") {
    const std::span<const rule> rules(default_policy::rules);
    auto allowed = [&](claim_kind c, source_kind s, source_role r = source_role::none) {
        return allows_attribution(rules, {c, s, r});
    };
    // quote-needs-speaker
    for (source_kind s : {source_kind::person, source_kind::office, source_kind::journalist, source_kind::anonymous,
                          source_kind::document}) {
        CHECK(allowed(claim_kind::direct_quote, s));
        CHECK(allowed(claim_kind::mixed_quote, s));
    }
    CHECK_FALSE(allowed(claim_kind::direct_quote, source_kind::organization));
    CHECK_FALSE(allowed(claim_kind::mixed_quote, source_kind::publication));
    CHECK(allowed(claim_kind::paraphrase, source_kind::organization));
    // figure-needs-authority
    CHECK_FALSE(allowed(claim_kind::reported_figure, source_kind::person));
    CHECK(allowed(claim_kind::reported_figure, source_kind::person, source_role::official_of));
    CHECK(allowed(claim_kind::reported_figure, source_kind::office));
    CHECK(allowed(claim_kind::reported_figure, source_kind::journalist));
    CHECK_FALSE(allowed(claim_kind::reported_figure, source_kind::anonymous));
    // denial-needs-party
    CHECK_FALSE(allowed(claim_kind::denial, source_kind::document));
    CHECK_FALSE(allowed(claim_kind::denial, source_kind::anonymous));
    CHECK(allowed(claim_kind::denial, source_kind::organization));
    // observation: the reporter's own, nothing forbids it
    for (source_kind s : all_source_kinds) CHECK(allowed(claim_kind::observation, s));

    CHECK(first_broken_attribution_rule(rules, {claim_kind::direct_quote, source_kind::organization})->id ==
          "quote-needs-speaker");
}

TEST_CASE("the rule table is well formed: unique kebab-case ids, a message and a hint each") {
    std::set<std::string> ids;
    for (const rule& r : default_policy::rules) {
        CHECK(ids.insert(std::string(r.id)).second);
        CHECK(r.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string_view::npos);
        CHECK_FALSE(r.message.empty());
        CHECK_FALSE(r.hint.empty());
    }
    for (std::string_view id : {"quote-needs-speaker", "figure-needs-authority", "anonymous-needs-reason",
                                "byline-needs-journalist", "spokesperson-needs-principal", "no-self-attribution",
                                "part-within-whole", "denial-needs-party", "id-unique", "attributor-declared",
                                "claim-needs-source"})
        CHECK_MESSAGE(find_rule(std::span<const rule>(default_policy::rules), id) != nullptr, id);
}

TEST_CASE("extend() and without() make stricter and looser tables") {
    static_assert(newsroom_policy::rules.size() == default_policy::rules.size() + 1);
    static_assert(loose_policy::rules.size() == default_policy::rules.size() - 1);
    CHECK(find_rule(std::span<const rule>(newsroom_policy::rules), "no-anonymous-figures") != nullptr);
    CHECK(find_rule(std::span<const rule>(loose_policy::rules), "quote-needs-speaker") == nullptr);
    CHECK(find_rule(std::span<const rule>(loose_policy::rules), "part-within-whole") != nullptr);
}

// Static tests of the concepts, mp-units style: one assertion per rule.
namespace {
using org = probe_source<source_kind::organization, source_role::none>;
using person_probe = probe_source<source_kind::person, source_role::none>;
using official_probe = probe_source<source_kind::person, source_role::official_of>;
using quote_probe = probe_claim<claim_kind::direct_quote>;
using figure_probe = probe_claim<claim_kind::reported_figure>;
using denial_probe = probe_claim<claim_kind::denial>;
}  // namespace
static_assert(!satisfies_quote_needs_speaker<quote_probe, org>);
static_assert(satisfies_quote_needs_speaker<quote_probe, person_probe>);
static_assert(!satisfies_figure_needs_authority<figure_probe, person_probe>);
static_assert(satisfies_figure_needs_authority<figure_probe, official_probe>);
static_assert(!satisfies_denial_needs_party<denial_probe, probe_source<source_kind::document, source_role::none>>);
static_assert(satisfies_byline_needs_journalist<probe_source<source_kind::journalist, source_role::none>>);
static_assert(!satisfies_byline_needs_journalist<person_probe>);
static_assert(satisfies_spokesperson_needs_principal<spokesperson<source_kind::organization>>);
static_assert(!satisfies_spokesperson_needs_principal<spokesperson<source_kind::person>>);
static_assert(byline_worthy<journalist> && !byline_worthy<organization>);
static_assert(attributable<quote_probe, org, loose_policy> && !attributable<quote_probe, org>);

// ---- story-level rules: the compile-time verdict and the run-time checks agree ----

namespace story_rules {
constexpr organization russia{"russia", "Russia"};
constexpr office russia_office{"russia", "the Russian government"};
constexpr person rubio{"rubio", "Marco Rubio"};
constexpr person witkoff{"witkoff", "Steve Witkoff"};
constexpr publication wire{"wire", "a wire service"};
constexpr office nameless{.id = "", .name = "the mayor"};
constexpr document memo{"memo", "memorandum", document_kind::memorandum};
constexpr document draft{"draft", "draft memorandum", document_kind::memorandum};
constexpr document final_text{"final", "final memorandum", document_kind::memorandum};
constexpr paraphrase talks{"talks", "talks go on"};
constexpr direct_quote quote{"q1", "we will see"};
constexpr direct_quote quote_again{"q1", "we will see again"};
constexpr auto toll = reported_figure{"toll", "98 injured"}.with(quantity{98, "", "injured"});

// The same story judged three ways: verdict() in a constant expression, verdict()
// at run time, and, when the story can be a run-time document (no duplicate ids:
// the document refuses them when they are added), check() on that document.
template <class Story>
void judged_alike(const Story& s, const story_verdict& at_compile_time, std::string_view rule_id,
                  std::string_view subject, bool as_document = true) {
    INFO("rule ", rule_id, ", subject ", subject);
    CHECK(at_compile_time.rule_id == rule_id);
    CHECK(at_compile_time.subject == subject);
    const story_verdict at_run_time = verdict(s);
    CHECK(at_run_time.rule_id == at_compile_time.rule_id);
    CHECK(at_run_time.subject == at_compile_time.subject);
    if (!as_document) return;
    const story_document doc = to_document(s);  // the diagnostics' views point into it
    const std::vector<diagnostic> found = check(doc);
    if (rule_id.empty()) {
        CHECK(found.empty());
    } else {
        REQUIRE_FALSE(found.empty());
        CHECK(found.front().rule_id == rule_id);
        CHECK(found.front().subject == subject);
    }
}
}  // namespace story_rules

TEST_CASE("story rules: compile-time and run-time verdicts agree, new rules included") {
    using namespace story_rules;
    SUBCASE("no-self-attribution: documents quoting each other in a cycle") {
        constexpr auto s = make_story(memo, draft, quoted_from(memo, draft), quoted_from(draft, memo));
        constexpr story_verdict v = verdict(s);
        judged_alike(s, v, "no-self-attribution", "draft");
    }
    SUBCASE("no-self-attribution: a revision chain back to its start") {
        constexpr auto s = make_story(memo, draft, final_text, revision_of(memo, final_text), revision_of(final_text, draft),
                                      revision_of(draft, memo));
        constexpr story_verdict v = verdict(s);
        judged_alike(s, v, "no-self-attribution", "draft");
    }
    SUBCASE("documents derived along a diamond: no cycle") {
        constexpr auto s = make_story(memo, draft, final_text, derived_from(final_text, draft),
                                      derived_from(final_text, memo), derived_from(draft, memo));
        constexpr story_verdict v = verdict(s);
        judged_alike(s, v, "", "");
    }
    SUBCASE("no-self-attribution: a relay cycle") {
        constexpr auto s = make_story(rubio, witkoff, talks, attribute(talks, rubio, "said"),
                                      relay(talks, rubio, witkoff), relay(talks, witkoff, rubio));
        constexpr story_verdict v = verdict(s);
        judged_alike(s, v, "no-self-attribution", "talks");
    }
    SUBCASE("attributor-declared: an empty id") {
        constexpr auto s = make_story(nameless, toll, attribute(toll, nameless, "reported"));
        constexpr story_verdict v = verdict(s);
        judged_alike(s, v, "attributor-declared", "toll", false);  // the document refuses an empty id
    }
    SUBCASE("attributor-declared: the publication, by the missing id") {
        constexpr auto s = make_story(story_info{"s", "", "reuter"}, wire, rubio, talks, attribute(talks, rubio, "said"));
        constexpr story_verdict v = verdict(s);
        judged_alike(s, v, "attributor-declared", "reuter");
    }
    SUBCASE("attributor-declared: a source, by the missing id") {
        constexpr auto s = make_story(talks, attribute(talks, rubio, "said"));
        constexpr story_verdict v = verdict(s);
        judged_alike(s, v, "attributor-declared", "rubio");
    }
    SUBCASE("id-unique: two sources") {
        constexpr auto s = make_story(russia, russia_office, toll, attribute(toll, russia, "said"));
        constexpr story_verdict v = verdict(s);
        judged_alike(s, v, "id-unique", "russia", false);
    }
    SUBCASE("id-unique: two claims, not claim-needs-source") {
        constexpr auto s = make_story(rubio, quote, quote_again, attribute(quote, rubio, "said"),
                                      attribute(quote_again, rubio, "said"));
        constexpr story_verdict v = verdict(s);
        judged_alike(s, v, "id-unique", "q1", false);
    }
}

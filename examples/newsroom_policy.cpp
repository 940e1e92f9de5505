// A house policy stricter than the default: this newsroom never takes figures
// from anonymous sources, not even from an unnamed official (whom the default
// policy accepts as an authority). The policy is a type passed as a template
// argument; its rules join the default table, and its new rule id appears in
// compile errors and run-time diagnostics like any other.
#include <newsprov/story/check.hpp>
#include <newsprov/story/relations.hpp>
#include <newsprov/story/report.hpp>

#include <cstdio>

namespace np = newsprov;

struct newsroom_policy {
    static constexpr auto rules = np::extend(
        np::default_policy::rules,
        np::rule{"no-anonymous-figures", "figures are never taken from anonymous sources",
                 "find an on-the-record source for the number, or leave the number out",
                 np::rule_scope::attribution, np::rule_check::allowed_sources,
                 {np::claim_kind::reported_figure}, np::source_kinds::all().without(np::source_kind::anonymous), {}});
};

// A source type of the user's own: an official who may not be named. It models
// newsprov::source_type, so the library checks it like its own types.
struct unnamed_official {
    static constexpr np::source_kind kind = np::source_kind::anonymous;
    static constexpr np::source_role role = np::source_role::official_of;
    static constexpr np::source_kind principal_kind = np::source_kind::organization;
    std::string_view id;
    std::string_view description;
    std::string_view reason;
    std::string_view principal;
    [[nodiscard]] constexpr np::source_record record() const {
        np::source_record r;
        r.kind = kind;
        r.role = role;
        r.id = id;
        r.name = description;
        r.anonymity_reason = reason;
        r.principal = principal;
        r.has_principal_kind = true;
        r.principal_kind = principal_kind;
        return r;
    }
};

constexpr np::organization city_council{"council", "the city council"};
constexpr unnamed_official insider{"insider", "a council official", "not authorized to release the figures",
                                   "council"};
constexpr np::office mayor{"mayor", "the mayor"};
constexpr auto damage = np::reported_figure{"damage", "37 homes were damaged"}.with(np::quantity{37, "homes", "damaged"});

// Under the default policy an unnamed official may give the figure...
static_assert(np::attributable<decltype(damage), unnamed_official>);
// ...under the newsroom's it may not; the mayor's office may.
static_assert(!np::attributable<decltype(damage), unnamed_official, newsroom_policy>);
static_assert(np::attributable<decltype(damage), np::office, newsroom_policy>);

// np::attribute<newsroom_policy>(damage, insider, "said") would not compile:
// the error names [no-anonymous-figures] (see tests/compile_fail/custom_policy_anonymous_figure.cpp).
constexpr auto story = np::make_story(np::story_info{"storm-damage", "Storm damages homes"}, city_council, mayor,
                                      damage, np::attribute<newsroom_policy>(damage, mayor, "said"));
static_assert(np::check<newsroom_policy>(story));

int main() {
    // A story assembled by hand at run time is checked against the same table.
    const auto leaked = np::make_story(city_council, insider, damage, np::attribute(damage, insider, "said"));
    const auto found = np::findings<newsroom_policy>(leaked);
    std::printf("default policy: %zu finding(s); newsroom policy: %zu finding(s)\n",
                np::findings(leaked).size(), found.size());
    for (const auto& f : found)
        std::printf("  [%.*s] %.*s: %.*s\n", static_cast<int>(f.broken->id.size()), f.broken->id.data(),
                    static_cast<int>(f.subject.size()), f.subject.data(), static_cast<int>(f.broken->message.size()),
                    f.broken->message.data());
    return found.size() == 1 && found[0].broken->id == "no-anonymous-figures" ? 0 : 1;
}

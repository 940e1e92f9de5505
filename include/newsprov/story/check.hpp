#pragma once
// Checking a whole compile-time story.
//
//   static_assert(newsprov::check(story));          // fails naming the broken rule
//   static_assert(!newsprov::verdict(bad).ok);       // inspect without failing
//   newsprov::findings(story)                        // every violation, at run time

#include <newsprov/policy/check_records.hpp>
#include <newsprov/policy/default_policy.hpp>
#include <newsprov/policy/enforce.hpp>
#include <newsprov/story/story.hpp>

#include <array>
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace newsprov {

/// The outcome of checking a story: the first broken rule, if any.
struct story_verdict {
    bool ok = true;
    std::size_t rule_index = 0;
    std::string_view rule_id;
    std::string_view subject;  ///< id of the claim, source or relation at fault
    constexpr explicit operator bool() const noexcept { return ok; }
};

/// One violation found in a story.
struct story_finding {
    const rule* broken = nullptr;
    std::string_view subject;
};

template <policy P = default_policy, std::size_t S, std::size_t C, std::size_t Q, std::size_t R>
[[nodiscard]] constexpr story_verdict verdict(const story<S, C, Q, R>& s) {
    std::array<id_slot, story<S, C, Q, R>::scratch_size> scratch{};
    story_verdict v;
    check_records(detail::rules_of<P>(), s.records(), scratch, [&](std::size_t ri, std::string_view subject) {
        v = {false, ri, P::rules[ri].id, subject};
        return false;
    });
    return v;
}

/// True when the story keeps every rule of P. In a constant expression a broken
/// rule stops compilation naming the rule; at run time it throws rule_violation.
template <policy P = default_policy, std::size_t S, std::size_t C, std::size_t Q, std::size_t R>
[[nodiscard]] constexpr bool check(const story<S, C, Q, R>& s) {
    const story_verdict v = verdict<P>(s);
    if (!v.ok) detail::report_broken_rule_at<P>(v.rule_index, v.subject);
    return true;
}

/// Every violation in the story, in rule order (for reports).
template <policy P = default_policy, std::size_t S, std::size_t C, std::size_t Q, std::size_t R>
[[nodiscard]] std::vector<story_finding> findings(const story<S, C, Q, R>& s) {
    std::vector<id_slot> scratch(story<S, C, Q, R>::scratch_size);
    std::vector<story_finding> out;
    check_records(detail::rules_of<P>(), s.records(), scratch, [&](std::size_t ri, std::string_view subject) {
        out.push_back({&P::rules[ri], subject});
        return true;
    });
    return out;
}

}  // namespace newsprov

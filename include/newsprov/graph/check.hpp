#pragma once
// Policy evaluation on a run-time document. The rules are evaluated by
// check_records(), the same function compile-time stories use: no rule is
// implemented twice.
//
//   for (const auto& d : newsprov::check(doc))
//       std::printf("%s: %s [%s]\n", d.subject.data(), d.message.data(), d.rule_id.data());

#include <newsprov/graph/document.hpp>
#include <newsprov/policy/check_records.hpp>
#include <newsprov/policy/default_policy.hpp>
#include <newsprov/policy/rule.hpp>

#include <span>
#include <string_view>
#include <vector>

namespace newsprov {

/// One broken rule. The views point into the rule table and the document.
struct diagnostic {
    std::string_view rule_id;
    severity level = severity::error;
    std::string_view message;
    std::string_view hint;
    std::string_view subject;  ///< id of the claim or source at fault
    friend constexpr bool operator==(const diagnostic&, const diagnostic&) = default;
};

/// Every violation of `rules` in the document, in rule order.
template <class = void>
[[nodiscard]] inline std::vector<diagnostic> check(const story_document& doc,
                                                   std::span<const rule> rules = default_policy::rules) {
    const story_records records = doc.records();
    std::vector<id_slot> scratch(scratch_slots(records));
    std::vector<diagnostic> out;
    check_records(rules, records, scratch, [&](std::size_t ri, std::string_view subject) {
        const rule& r = rules[ri];
        out.push_back({r.id, r.level, r.message, r.hint, subject});
        return true;
    });
    return out;
}

/// The same with a policy type: check<my_policy>(doc).
template <policy P>
[[nodiscard]] std::vector<diagnostic> check(const story_document& doc) {
    return check(doc, std::span<const rule>(P::rules));
}

}  // namespace newsprov

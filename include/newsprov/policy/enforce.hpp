#pragma once
// How a broken rule becomes a readable compile error.
//
// A check that fails during constant evaluation calls a function that is not
// constexpr, so the evaluation stops there. That function is a template whose
// arguments are the rule's id, message and hint as fixed strings: g++ prints
// them in the "call to non-constexpr function" error, clang prints the string
// arguments of the constexpr call in its "in call to" note. Either way the
// error names the rule. At run time the same call throws rule_violation.

#include <newsprov/util/fixed_string.hpp>
#include <newsprov/policy/rule.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace newsprov {

/// Thrown when a constexpr-capable builder breaks a rule at run time.
class rule_violation : public std::logic_error {
public:
    rule_violation(std::string_view rule_id, std::string_view message, std::string_view hint,
                   std::string_view subject)
        : std::logic_error(describe(rule_id, message, subject)),
          rule_id_(rule_id),
          hint_(hint),
          subject_(subject) {}
    [[nodiscard]] const std::string& rule_id() const noexcept { return rule_id_; }
    [[nodiscard]] const std::string& hint() const noexcept { return hint_; }
    [[nodiscard]] const std::string& subject() const noexcept { return subject_; }

private:
    // Built with append(): g++ 12 reports a false -Wrestrict on chained operator+.
    static std::string describe(std::string_view rule_id, std::string_view message, std::string_view subject) {
        std::string text;
        text.reserve(rule_id.size() + message.size() + subject.size() + 8);
        text.append(1, '[').append(rule_id).append("] ").append(message);
        if (!subject.empty()) text.append(" (").append(subject).append(1, ')');
        return text;
    }

    std::string rule_id_;
    std::string hint_;
    std::string subject_;
};

namespace detail {

template <fixed_string RuleId, fixed_string Message, fixed_string Hint>
[[noreturn]] inline void sourcing_rule_broken(std::string_view subject) {
    throw rule_violation(RuleId.view(), Message.view(), Hint.view(), subject);
}

template <fixed_string RuleId, fixed_string Message, fixed_string Hint>
constexpr void rule_violated([[maybe_unused]] const char* rule_id, [[maybe_unused]] const char* message,
                             [[maybe_unused]] const char* fix_hint, std::string_view subject) {
    sourcing_rule_broken<RuleId, Message, Hint>(subject);
}

/// Stops constant evaluation naming rule I of policy P; throws at run time.
template <policy P, std::size_t I>
constexpr void report_broken_rule(std::string_view subject) {
    constexpr const rule& r = P::rules[I];
    rule_violated<fixed_string<r.id.size() + 1>(r.id), fixed_string<r.message.size() + 1>(r.message),
                  fixed_string<r.hint.size() + 1>(r.hint)>(r.id.data(), r.message.data(), r.hint.data(),
                                                           subject);
}

/// Calls f.template operator()<I>() for every rule index I of P.
template <policy P, class F>
constexpr void for_each_rule_index(F&& f) {
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (f.template operator()<I>(), ...);
    }(std::make_index_sequence<P::rules.size()>{});
}

/// Reports the rule at a run-time index (story checks find it while evaluating).
template <policy P>
constexpr void report_broken_rule_at(std::size_t index, std::string_view subject) {
    for_each_rule_index<P>([&]<std::size_t I>() {
        if (I == index) report_broken_rule<P, I>(subject);
    });
}

}  // namespace detail
}  // namespace newsprov

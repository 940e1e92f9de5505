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

#include <array>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
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

// Not constexpr: reaching it stops constant evaluation. Not a template either,
// so clang's note names it without printing the rule's strings as character codes.
[[noreturn]] inline void sourcing_rule_broken(std::string_view rule_id, std::string_view message,
                                              std::string_view hint, std::string_view subject) {
    throw rule_violation(rule_id, message, hint, subject);
}

// g++ prints the template arguments (the rule's id, message and hint as fixed
// strings) of the function the evaluation failed in, clang the call's arguments.
template <fixed_string RuleId, fixed_string Message, fixed_string Hint>
constexpr void rule_violated(const char* rule_id, const char* message, const char* fix_hint,
                             std::string_view subject) {
    sourcing_rule_broken(rule_id, message, fix_hint, subject);
}

/// Rule I of policy P as the fixed strings rule_violated() takes.
template <policy P, std::size_t I>
inline constexpr auto rule_id_text = fixed_string<P::rules[I].id.size() + 1>(P::rules[I].id);
template <policy P, std::size_t I>
inline constexpr auto rule_message_text = fixed_string<P::rules[I].message.size() + 1>(P::rules[I].message);
template <policy P, std::size_t I>
inline constexpr auto rule_hint_text = fixed_string<P::rules[I].hint.size() + 1>(P::rules[I].hint);

/// Stops constant evaluation naming rule I of policy P; throws at run time.
/// Builders call it directly, so that the rule is one frame from the call site.
template <policy P, std::size_t I>
constexpr void report_broken_rule(std::string_view subject) {
    rule_violated<rule_id_text<P, I>, rule_message_text<P, I>, rule_hint_text<P, I>>(
        P::rules[I].id.data(), P::rules[I].message.data(), P::rules[I].hint.data(), subject);
}

inline constexpr char item_at_fault[] = "";

/// Fails in constant evaluation on an expression that shows the item: g++
/// prints the comparison with the id's string literal ("rubio"), clang the
/// call's argument. (Comparing unrelated pointers is not a constant expression.)
constexpr bool name_item_at_fault(std::string_view item) {
    const char* named = item.empty() ? "(no id)" : item.data();
    return named < item_at_fault;
}

/// A story-level finding: the rule in the frame's template arguments (g++) and
/// arguments (clang), the item at fault in the failing expression.
template <fixed_string RuleId, fixed_string Message, fixed_string Hint>
constexpr void story_rule_violated(const char* rule_id, const char* message, const char* fix_hint,
                                   std::string_view item) {
    if (std::is_constant_evaluated() && name_item_at_fault(item)) return;  // never a constant: stops here
    sourcing_rule_broken(rule_id, message, fix_hint, item);
}

template <policy P, std::size_t I>
constexpr void report_broken_story_rule(std::string_view item) {
    story_rule_violated<rule_id_text<P, I>, rule_message_text<P, I>, rule_hint_text<P, I>>(
        P::rules[I].id.data(), P::rules[I].message.data(), P::rules[I].hint.data(), item);
}

/// Calls f.template operator()<I>() for every rule index I of P.
template <policy P, class F>
constexpr void for_each_rule_index(F&& f) {
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (f.template operator()<I>(), ...);
    }(std::make_index_sequence<rules_of<P>().size()>{});
}

/// Reports a story's broken rule at a run-time index (story checks find it while evaluating),
/// through a table of reporters: two frames in the compiler's notes, not four.
template <policy P>
constexpr void report_broken_rule_at(std::size_t index, std::string_view subject) {
    constexpr auto reporters = []<std::size_t... I>(std::index_sequence<I...>) {
        return std::array<void (*)(std::string_view), sizeof...(I)>{&report_broken_story_rule<P, I>...};
    }(std::make_index_sequence<rules_of<P>().size()>{});
    reporters[index](subject);
}

}  // namespace detail
}  // namespace newsprov

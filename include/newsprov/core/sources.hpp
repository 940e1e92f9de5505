#pragma once
// Typed sources. Each type states its kind and role as static members, so that
// relations built from them are checked by the compiler; each converts to a
// source_record. Users add their own source types by modelling source_type.

#include <newsprov/core/kinds.hpp>
#include <newsprov/core/records.hpp>

#include <concepts>
#include <string_view>

namespace newsprov {

/// A source type: `kind` and `role` as static constexpr members, an `id`, and
/// `record()`. (A data member named `kind` is not a constant: the type is
/// rejected here, where it is passed, not deep inside the library.)
template <class T>
concept source_type = requires(const T& s) {
    { &T::kind } -> std::same_as<const source_kind*>;  // static: a data member's address is a member pointer
    { &T::role } -> std::same_as<const source_role*>;
    { s.id } -> std::convertible_to<std::string_view>;
    { s.record() } -> std::same_as<source_record>;
};

/// A source known by its kind, name and a description: a person, an office
/// ("the mayor of Kharkiv": a position rather than its holder), an
/// organization, a publication (an outlet or wire service).
template <source_kind Kind>
struct named_source {
    static constexpr source_kind kind = Kind;
    static constexpr source_role role = source_role::none;
    std::string_view id;
    std::string_view name;
    std::string_view description{};
    [[nodiscard]] constexpr source_record record() const noexcept {
        source_record r;
        r.kind = kind;
        r.role = role;
        r.id = id;
        r.name = name;
        r.description = description;
        return r;
    }
};
using person = named_source<source_kind::person>;
using office = named_source<source_kind::office>;
using organization = named_source<source_kind::organization>;
using publication = named_source<source_kind::publication>;

struct journalist {
    static constexpr source_kind kind = source_kind::journalist;
    static constexpr source_role role = source_role::none;
    std::string_view id;
    std::string_view name;
    std::string_view location{};  ///< where they reported from
    [[nodiscard]] constexpr source_record record() const noexcept {
        source_record r;
        r.kind = kind;
        r.role = role;
        r.id = id;
        r.name = name;
        r.location = location;
        return r;
    }
};

/// An unnamed source, with the reason anonymity was granted.
struct anonymous {
    static constexpr source_kind kind = source_kind::anonymous;
    static constexpr source_role role = source_role::none;
    std::string_view id;
    std::string_view description;  ///< "a senior Western diplomat"
    std::string_view reason{};      ///< "not authorized to discuss the talks"
    [[nodiscard]] constexpr source_record record() const noexcept {
        source_record r;
        r.kind = kind;
        r.role = role;
        r.id = id;
        r.name = description;
        r.anonymity_reason = reason;
        return r;
    }
};

/// A statement, report, memorandum...; its text can be quoted.
struct document {
    static constexpr source_kind kind = source_kind::document;
    static constexpr source_role role = source_role::none;
    std::string_view id;
    std::string_view name;
    document_kind type = document_kind::statement;
    std::string_view issuer{};  ///< id of who issued it, if declared
    [[nodiscard]] constexpr source_record record() const noexcept {
        source_record r;
        r.kind = kind;
        r.role = role;
        r.id = id;
        r.name = name;
        r.principal = issuer;
        r.document = type;
        return r;
    }
};

namespace detail {
/// A person acting for a principal in a role; the principal's kind is part of
/// the type, so the policy checks it statically.
template <source_role Role, source_kind PrincipalKind>
struct person_for_principal {
    static constexpr source_kind kind = source_kind::person;
    static constexpr source_role role = Role;
    static constexpr source_kind principal_kind = PrincipalKind;
    std::string_view id;
    std::string_view name;
    std::string_view description;
    std::string_view principal;

    template <source_type Principal>
    constexpr person_for_principal(std::string_view id_, std::string_view name_, std::string_view description_,
                                   const Principal& principal_) noexcept
        : id(id_), name(name_), description(description_), principal(principal_.id) {}

    // Without a principal: a compile error naming the rule (its id as in policy/,
    // which core/ does not include), rather than a failed deduction.
    template <class... Args>
        requires(sizeof...(Args) < 4)
    constexpr explicit person_for_principal(const Args&...) noexcept {
        static_assert(sizeof...(Args) == 4,
                      "spokesperson-needs-principal: a spokesperson or official names the organization, office "
                      "or publication they speak for; fix: pass it as the last argument, e.g. "
                      "spokesperson{\"peskov\", \"Dmitry Peskov\", \"spokesman\", kremlin}");
    }

    [[nodiscard]] constexpr source_record record() const noexcept {
        source_record r;
        r.kind = kind;
        r.role = role;
        r.id = id;
        r.name = name;
        r.description = description;
        r.principal = principal;
        r.has_principal_kind = true;
        r.principal_kind = principal_kind;
        return r;
    }
};
}  // namespace detail

/// A person speaking on behalf of a principal (PROV actedOnBehalfOf).
template <source_kind PrincipalKind>
struct spokesperson : detail::person_for_principal<source_role::spokesperson_for, PrincipalKind> {
    using detail::person_for_principal<source_role::spokesperson_for, PrincipalKind>::person_for_principal;
};
template <source_type Principal>
spokesperson(std::string_view, std::string_view, std::string_view, const Principal&) -> spokesperson<Principal::kind>;
template <class... Args>
    requires(sizeof...(Args) < 4)
spokesperson(const Args&...) -> spokesperson<source_kind::person>;  // rejected by the constructor

/// A person holding an office of a principal: "Ukraine's economy minister".
template <source_kind PrincipalKind>
struct official : detail::person_for_principal<source_role::official_of, PrincipalKind> {
    using detail::person_for_principal<source_role::official_of, PrincipalKind>::person_for_principal;
};
template <source_type Principal>
official(std::string_view, std::string_view, std::string_view, const Principal&) -> official<Principal::kind>;
template <class... Args>
    requires(sizeof...(Args) < 4)
official(const Args&...) -> official<source_kind::person>;  // rejected by the constructor

}  // namespace newsprov

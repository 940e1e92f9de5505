#pragma once
// A generic W3C PROV record model: what PROV-JSON and PROV-N both express.
// The readers produce it, the writers consume it, and a document keeps in it
// whatever it read that has no newsprov meaning (foreign records, attributes,
// namespaces and bundles), so that reading and writing again loses nothing.
//
// Strings are owned (std::string): a foreign record is rare next to the
// document's own parts, and owning keeps copies of a document simple.

#include <newsprov/core/error.hpp>
#include <newsprov/graph/strings.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsprov::prov {

/// The kinds of PROV record (PROV-DM), in the order PROV-N lists them.
enum class record_kind : std::uint8_t {
    entity, activity, agent,
    generation, usage, communication, start, end, invalidation,
    derivation, attribution, association, delegation, influence,
    alternate, specialization, membership, mention,
};
inline constexpr std::size_t record_kind_count = 18;

struct record_kind_info {
    record_kind kind;
    std::string_view name;   ///< PROV-JSON key and PROV-N keyword: "wasAttributedTo"
    /// PROV-N takes an optional identifier ("id;"). The W3C grammar gives
    /// alternateOf, specializationOf, hadMember and mentionOf none, but
    /// python-prov and ProvToolbox write one (and PROV-JSON keys every record
    /// by one), so it is read and written for every relation.
    bool has_id;
    std::array<std::string_view, 5> args;  ///< formal attributes, in PROV-N position order
    std::size_t arg_count;
};

inline constexpr std::array<record_kind_info, record_kind_count> record_kinds{{
    {record_kind::entity, "entity", true, {}, 0},
    {record_kind::activity, "activity", true, {"prov:startTime", "prov:endTime"}, 2},
    {record_kind::agent, "agent", true, {}, 0},
    {record_kind::generation, "wasGeneratedBy", true, {"prov:entity", "prov:activity", "prov:time"}, 3},
    {record_kind::usage, "used", true, {"prov:activity", "prov:entity", "prov:time"}, 3},
    {record_kind::communication, "wasInformedBy", true, {"prov:informed", "prov:informant"}, 2},
    {record_kind::start, "wasStartedBy", true, {"prov:activity", "prov:trigger", "prov:starter", "prov:time"}, 4},
    {record_kind::end, "wasEndedBy", true, {"prov:activity", "prov:trigger", "prov:ender", "prov:time"}, 4},
    {record_kind::invalidation, "wasInvalidatedBy", true, {"prov:entity", "prov:activity", "prov:time"}, 3},
    {record_kind::derivation, "wasDerivedFrom", true,
     {"prov:generatedEntity", "prov:usedEntity", "prov:activity", "prov:generation", "prov:usage"}, 5},
    {record_kind::attribution, "wasAttributedTo", true, {"prov:entity", "prov:agent"}, 2},
    {record_kind::association, "wasAssociatedWith", true, {"prov:activity", "prov:agent", "prov:plan"}, 3},
    {record_kind::delegation, "actedOnBehalfOf", true, {"prov:delegate", "prov:responsible", "prov:activity"}, 3},
    {record_kind::influence, "wasInfluencedBy", true, {"prov:influencee", "prov:influencer"}, 2},
    {record_kind::alternate, "alternateOf", true, {"prov:alternate1", "prov:alternate2"}, 2},
    {record_kind::specialization, "specializationOf", true, {"prov:specificEntity", "prov:generalEntity"}, 2},
    {record_kind::membership, "hadMember", true, {"prov:collection", "prov:entity"}, 2},
    {record_kind::mention, "mentionOf", true, {"prov:specificEntity", "prov:generalEntity", "prov:bundle"}, 3},
}};

[[nodiscard]] constexpr const record_kind_info& info(record_kind k) noexcept {
    return record_kinds[static_cast<std::size_t>(k)];
}
[[nodiscard]] constexpr std::optional<record_kind> record_kind_from_name(std::string_view name) noexcept {
    for (const auto& i : record_kinds)
        if (detail::same(i.name, name)) return i.kind;
    return std::nullopt;
}
/// Position of formal attribute `name` in records of kind `k`, if it is one.
[[nodiscard]] constexpr std::optional<std::size_t> arg_index(record_kind k, std::string_view name) noexcept {
    const auto& i = info(k);
    for (std::size_t a = 0; a < i.arg_count; ++a)
        if (detail::same(i.args[a], name)) return a;
    return std::nullopt;
}

/// How a literal is spelled in PROV-JSON, so that a read value is written back
/// the way it came: a JSON string, number or boolean, bare or inside {"$": ...}.
enum class lexical : std::uint8_t { string, number, boolean };

/// An attribute value: "text", "text"@lang, "text" %% datatype, 'qualified:name', 42.
struct literal {
    std::string text;      ///< the lexical form (for a qualified name: "prefix:local")
    std::string datatype;  ///< "xsd:int", "prov:QUALIFIED_NAME"...; empty for a plain string or bare number
    std::string lang;      ///< language tag, if any
    lexical form = lexical::string;

    [[nodiscard]] bool is_qualified_name() const noexcept { return datatype == "prov:QUALIFIED_NAME"; }
    template <class = void>
    [[nodiscard]] static literal string(std::string_view s) { return {std::string(s), {}, {}, lexical::string}; }
    template <class = void>
    [[nodiscard]] static literal qualified_name(std::string_view q) {
        return {std::string(q), "prov:QUALIFIED_NAME", {}, lexical::string};
    }
    friend bool operator==(const literal&, const literal&) = default;
};

struct attribute {
    std::string name;  ///< qualified name: "prov:type", "np:cue", "ex:weight"
    literal value;
    friend bool operator==(const attribute&, const attribute&) = default;
};

/// One PROV record. Formal arguments (prov:entity, prov:agent, ...) are kept by
/// position; "-" (absent) is an empty string.
struct record {
    record_kind kind = record_kind::entity;
    std::string id;  ///< qualified name; empty when anonymous
    std::array<std::string, 5> args{};
    std::vector<attribute> attributes;
    text_position where{};  ///< where a reader found it (for errors); not part of equality

    friend bool operator==(const record& a, const record& b) {
        return a.kind == b.kind && a.id == b.id && a.args == b.args && a.attributes == b.attributes;
    }
};

/// One argument of an extension expression (PROV-N's extensibilityArgument):
/// a qualified name, a time, "-", a literal, a nested expression, or a set
/// {a, b} or tuple (a, b) of arguments (PROV-Dictionary's {("k1", ex:e1)}).
struct extension_argument {
    enum class shape : std::uint8_t { name, time, absent, value, expression, set, tuple };
    shape form = shape::name;
    std::string text;  ///< a name or time; a nested expression's qualified name
    literal value;     ///< shape::value
    std::string id;    ///< a nested expression's identifier, if any
    std::vector<extension_argument> items;  ///< a set's or tuple's members; a nested expression's arguments
    std::vector<attribute> attributes;      ///< a nested expression's attributes
    friend bool operator==(const extension_argument&, const extension_argument&) = default;
};

/// An extension expression (PROV-N's extensibilityExpression), a record whose
/// name is a qualified name rather than a PROV-DM keyword:
/// provext:alternateOf(ex:a1; ex:e1, ex:e2, [ex:k='ex:v']) or
/// prov:derivedByInsertionFrom(ex:d2, ex:d1, {("k1", ex:e1)}). Only PROV-N can
/// write it; the other writers refuse a model that has one.
struct extension {
    std::string name;  ///< "provext:alternateOf"
    std::string id;    ///< empty when there is none
    std::vector<extension_argument> args;
    std::vector<attribute> attributes;
    text_position where{};  ///< where a reader found it (for errors); not part of equality

    friend bool operator==(const extension& a, const extension& b) {
        return a.name == b.name && a.id == b.id && a.args == b.args && a.attributes == b.attributes;
    }
};

struct namespace_decl {
    std::string prefix;  ///< "default" for the default namespace
    std::string iri;
    friend bool operator==(const namespace_decl&, const namespace_decl&) = default;
};

/// Records and the namespaces they use: a document's top level or one bundle.
struct container {
    std::vector<namespace_decl> namespaces;
    std::vector<record> records;
    /// Extension expressions, in the order read; no PROV-DM kind, so kept
    /// apart from the records (PROV-N writes them after the records). The
    /// initializer keeps {namespaces, records} aggregates free of a warning.
    std::vector<extension> extensions{};
    friend bool operator==(const container&, const container&) = default;

    [[nodiscard]] const namespace_decl* find_namespace(std::string_view prefix) const noexcept {
        for (const auto& n : namespaces)
            if (n.prefix == prefix) return &n;
        return nullptr;
    }
    /// Declares prefix -> iri unless the prefix is declared already.
    template <class = void>
    void declare(std::string_view prefix, std::string_view iri) {
        if (!find_namespace(prefix)) namespaces.push_back({std::string(prefix), std::string(iri)});
    }
};

struct bundle {
    std::string id;
    container content;
    friend bool operator==(const bundle&, const bundle&) = default;
};

/// A whole PROV document: top-level container plus named bundles.
struct model {
    container top;
    std::vector<bundle> bundles;
    friend bool operator==(const model&, const model&) = default;

    template <class = void>
    [[nodiscard]] std::size_t record_count() const noexcept {
        std::size_t n = top.records.size();
        for (const auto& b : bundles) n += b.content.records.size();
        return n;
    }
    /// The first extension expression (top level first, then the bundles'), or nullptr.
    template <class = void>
    [[nodiscard]] const extension* first_extension() const noexcept {
        if (!top.extensions.empty()) return &top.extensions.front();
        for (const auto& b : bundles)
            if (!b.content.extensions.empty()) return &b.content.extensions.front();
        return nullptr;
    }
};

}  // namespace newsprov::prov

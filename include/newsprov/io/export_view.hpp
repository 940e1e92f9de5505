#pragma once
// What the graph writers (Turtle, JSON-LD, DOT) read: a story's info and its
// records. Compile-time stories (`s.info`) and run-time documents (`d.info()`)
// both provide them, so every writer takes either; a document's foreign PROV
// records (graph/prov_model.hpp) come along through foreign_of().

#include <newsprov/core/kinds.hpp>
#include <newsprov/core/records.hpp>
#include <newsprov/graph/prov_model.hpp>
#include <newsprov/graph/strings.hpp>
#include <newsprov/io/prov_vocabulary.hpp>
#include <newsprov/policy/check_records.hpp>
#include <newsprov/story/story.hpp>

#include <concepts>
#include <functional>
#include <cstddef>
#include <string>
#include <string_view>
#include <span>
#include <vector>

namespace newsprov {

/// A story or document: records() and info (a member or a function).
template <class S>
concept exportable_story = requires(const S& s) {
    { s.records() } -> std::same_as<story_records>;
} && (requires(const S& s) { { s.info() } -> std::convertible_to<const story_info&>; } ||
      requires(const S& s) { { s.info } -> std::convertible_to<const story_info&>; });

namespace detail {

// The newsprov vocabulary (prefix np:) and the IRI of a story's own ids, as
// PROV-JSON and PROV-N declare them.
inline constexpr std::string_view np_iri = vocab::np_iri;
inline constexpr std::string_view story_iri_base = vocab::story_iri_base;

/// The IRI under which a story's ids become names: story_iri_base + story id +
/// "/" (the id percent-encoded where an IRI needs it).
template <class = void>
[[nodiscard]] inline std::string story_namespace(std::string_view story_id) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string iri(story_iri_base);
    for (char ch : story_id.empty() ? std::string_view("story") : story_id) {
        const auto c = static_cast<unsigned char>(ch);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                           c == '_' || c == '.';
        if (plain) {
            iri.push_back(ch);
        } else {
            iri.push_back('%');
            iri.push_back(hex[c >> 4]);
            iri.push_back(hex[c & 0xF]);
        }
    }
    iri.push_back('/');
    return iri;
}

template <exportable_story S>
[[nodiscard]] constexpr const story_info& info_of(const S& s) noexcept {
    if constexpr (requires { s.info(); })
        return s.info();
    else
        return s.info;
}

/// A document's foreign PROV records (story_document::foreign()), or nullptr for
/// a story that has none.
template <exportable_story S>
[[nodiscard]] constexpr const prov::model* foreign_of(const S& s) noexcept {
    if constexpr (requires { { s.foreign() } -> std::convertible_to<const prov::model&>; })
        return &s.foreign();
    else
        return nullptr;
}

/// The extra PROV attributes of a document's own parts (attributes the readers
/// found on a story, source, claim, quantity or relation that have no newsprov
/// meaning: story_document::extra_attributes and friends). The graph writers add
/// them after the story's own statements, so nothing read is dropped.
struct part_extras {
    std::function<const std::vector<prov::attribute>*(std::string_view)> of_part;
    std::function<const std::vector<prov::attribute>*(std::size_t)> of_quantity;
    std::function<const std::vector<prov::attribute>*(std::size_t)> of_relation;
    [[nodiscard]] bool any() const noexcept { return static_cast<bool>(of_part); }
};
template <exportable_story S>
[[nodiscard]] part_extras extras_of(const S& s) {
    if constexpr (requires { s.extra_attributes_empty(); }) {
        if (s.extra_attributes_empty()) return {};
        return {[&s](std::string_view id) { return s.extra_attributes(id); },
                [&s](std::size_t i) { return s.quantity_extra_attributes(i); },
                [&s](std::size_t i) { return s.relation_extra_attributes(i); }};
    } else {
        return {};
    }
}
/// The PROV relation a story relation is written as (io/prov_mapping.hpp).
[[nodiscard]] constexpr std::string_view prov_relation_name(relation_kind k) noexcept {
    switch (k) {
        case relation_kind::on_behalf_of: return "actedOnBehalfOf";
        case relation_kind::quoted_from:
        case relation_kind::derived_from:
        case relation_kind::revision_of: return "wasDerivedFrom";
        default: return "wasAttributedTo";
    }
}
/// Calls `f(subject id, owner id, attributes)` for every story part and quantity
/// ("FIGURE-qN", owned by its figure) with extra attributes, in record order;
/// relations go to `g(relation, attributes)`.
template <class Part, class Relation>
void for_each_extra(const part_extras& extras, const story_info& info, const story_records& records, Part&& f,
                    Relation&& g) {
    if (!extras.any()) return;
    const std::string_view story_id = info.id.empty() ? std::string_view("story") : info.id;
    if (const auto* a = extras.of_part(info.id); a && !info.id.empty()) f(std::string(story_id), story_id, *a);
    for (const source_record& s : records.sources)
        if (const auto* a = extras.of_part(s.id)) f(std::string(s.id), s.id, *a);
    for (const claim_record& c : records.claims)
        if (const auto* a = extras.of_part(c.id)) f(std::string(c.id), c.id, *a);
    for (std::size_t i = 0; i < records.quantities.size(); ++i)
        if (const auto* a = extras.of_quantity(i)) {
            const quantity_record& q = records.quantities[i];
            f(std::string(q.claim).append("-q").append(std::to_string(q.index)), q.claim, *a);
        }
    for (std::size_t i = 0; i < records.relations.size(); ++i)
        if (const auto* a = extras.of_relation(i)) g(records.relations[i], *a);
}

/// Whether a document has nothing of the news vocabulary (a generic PROV
/// document): the writers then draw no story node.
template <class = void>
[[nodiscard]] inline bool no_story(const story_info& info, const story_records& records) noexcept {
    return info.id.empty() && info.headline.empty() && records.sources.empty() && records.claims.empty() &&
           records.relations.empty() && records.quantities.empty();
}

/// Lookups the writers need, built once per export (linear in the records, so
/// large documents export in linear time). Open-addressing tables and flat
/// arrays: a large story's lookups stay cache-friendly.
class export_index {
public:
    template <class = void>
    explicit export_index(const story_records& r) : records_(r) {
        positions(r.sources, sources_);
        positions(r.claims, claims_);
        group(r.relations, [](const relation_record& x) { return x.from; }, by_from_);
        group(r.quantities, [](const quantity_record& x) { return x.claim; }, quantities_);
    }
    template <class = void>
    [[nodiscard]] const source_record* source(std::string_view id) const noexcept {
        const std::size_t i = source_position(id);
        return i == npos ? nullptr : &records_.sources[i];
    }
    template <class = void>
    [[nodiscard]] const claim_record* claim(std::string_view id) const noexcept {
        const std::size_t i = claim_position(id);
        return i == npos ? nullptr : &records_.claims[i];
    }
    /// Position of source / claim `id` in the records (the first, if repeated), or npos.
    template <class = void>
    [[nodiscard]] std::size_t source_position(std::string_view id) const noexcept {
        const auto* e = sources_.find(id);
        return e == nullptr ? npos : e->value;
    }
    template <class = void>
    [[nodiscard]] std::size_t claim_position(std::string_view id) const noexcept {
        const auto* e = claims_.find(id);
        return e == nullptr ? npos : e->value;
    }
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    /// Indices of the relations whose `from` is `id`, in story order.
    template <class = void>
    [[nodiscard]] std::span<const std::size_t> relations_from(std::string_view id) const noexcept {
        return by_from_.of(id);
    }
    /// Indices of the quantities of figure `claim`, in story order.
    template <class = void>
    [[nodiscard]] std::span<const std::size_t> quantities_of(std::string_view claim) const noexcept {
        return quantities_.of(claim);
    }
    /// Whether `id` is a document source (an entity, not an agent, in PROV).
    template <class = void>
    [[nodiscard]] bool is_document(std::string_view id) const noexcept {
        const source_record* s = source(id);
        return s != nullptr && s->kind == source_kind::document;
    }

private:
    /// Record indices grouped by a key, each group in record order, in one array.
    struct groups {
        string_table<std::size_t> group_of;  // key -> group
        std::vector<std::size_t> offsets;    // group g is items[offsets[g], offsets[g + 1])
        std::vector<std::size_t> items;
        template <class = void>
        [[nodiscard]] std::span<const std::size_t> of(std::string_view key) const noexcept {
            const auto* e = group_of.find(key);
            if (e == nullptr) return {};
            return {items.data() + offsets[e->value], offsets[e->value + 1] - offsets[e->value]};
        }
    };
    template <class Record>
    static void positions(std::span<const Record> records, string_table<std::size_t>& table) {
        table.reserve(records.size());
        for (std::size_t i = 0; i < records.size(); ++i) {
            bool added = false;
            auto& e = table.find_or_add(records[i].id, added);
            if (added) e.value = i;
        }
    }
    template <class Record, class Key>
    static void group(std::span<const Record> records, Key key, groups& g) {
        std::vector<std::size_t> group_of_record(records.size());
        std::vector<std::size_t> counts;
        for (std::size_t i = 0; i < records.size(); ++i) {
            bool added = false;
            auto& e = g.group_of.find_or_add(key(records[i]), added);
            if (added) {
                e.value = counts.size();
                counts.push_back(0);
            }
            group_of_record[i] = e.value;
            ++counts[e.value];
        }
        g.offsets.assign(counts.size() + 1, 0);
        for (std::size_t k = 0; k < counts.size(); ++k) g.offsets[k + 1] = g.offsets[k] + counts[k];
        g.items.resize(records.size());
        std::vector<std::size_t> next(g.offsets.begin(), g.offsets.end() - 1);
        for (std::size_t i = 0; i < records.size(); ++i) g.items[next[group_of_record[i]]++] = i;
    }

    story_records records_{};
    string_table<std::size_t> sources_;
    string_table<std::size_t> claims_;
    groups by_from_;
    groups quantities_;
};

/// Whether a quote kind: such claims come from a document by quotation.
[[nodiscard]] constexpr bool is_quote(claim_kind k) noexcept {
    return k == claim_kind::direct_quote || k == claim_kind::mixed_quote;
}

/// "2025-04-18": ten characters, digits and dashes where a date has them.
[[nodiscard]] constexpr bool is_iso_date(std::string_view s) noexcept {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return false;
    return true;
}

}  // namespace detail
}  // namespace newsprov

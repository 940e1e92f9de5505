#pragma once
// Questions asked of a run-time document. The relay-chain walk is the story
// layer's (story/queries.hpp), run on the document's records, so compile-time
// stories and documents answer alike.

#include <newsprov/core/kinds.hpp>
#include <newsprov/core/records.hpp>
#include <newsprov/graph/document.hpp>
#include <newsprov/story/queries.hpp>

#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace newsprov {

/// Claims attributed to `source`, and (unless `delegates` is false) claims
/// attributed to anyone acting on its behalf: its spokespeople and officials,
/// declared by role (source_record::principal) or by an on_behalf_of relation,
/// transitively. Document order, each claim once.
template <class = void>
[[nodiscard]] inline std::vector<const claim_record*> claims_of(const story_document& doc, std::string_view source,
                                                                bool delegates = true) {
    std::unordered_set<std::string_view> speakers{source};
    if (delegates) {
        for (bool grew = true; grew;) {
            grew = false;
            for (const source_record& s : doc.sources())
                if (s.role != source_role::none && speakers.contains(s.principal) && speakers.insert(s.id).second)
                    grew = true;
            for (const relation_record& r : doc.relations())
                if (r.kind == relation_kind::on_behalf_of && speakers.contains(r.to) && speakers.insert(r.from).second)
                    grew = true;
        }
    }
    std::unordered_set<std::string_view> attributed;  // ids of the claims they made
    for (const relation_record& r : doc.relations())
        if (r.kind == relation_kind::attribution && speakers.contains(r.to)) attributed.insert(r.from);
    std::vector<const claim_record*> out;
    for (const claim_record& c : doc.claims())  // document order, each claim once (ids are unique)
        if (attributed.contains(c.id)) out.push_back(&c);
    return out;
}

/// The sources from each source the claim is attributed to along its relay
/// links to the primary source: {"rubio", "witkoff"}. One chain per attribution.
template <class = void>
[[nodiscard]] inline std::vector<std::vector<std::string_view>> chains_to_primary(const story_document& doc,
                                                                                   std::string_view claim) {
    const story_records records = doc.records();
    std::vector<std::vector<std::string_view>> out;
    for (const relation_record* a : attributions_of(records, claim))
        out.push_back(chain_to_primary(records, claim, a->to));
    return out;
}

/// The primary source of a claim: the end of its first attribution's relay
/// chain; empty when the claim is unattributed.
template <class = void>
[[nodiscard]] inline std::string_view primary_source(const story_document& doc, std::string_view claim) {
    const auto chains = chains_to_primary(doc, claim);
    return chains.empty() ? std::string_view{} : chains.front().back();
}

/// Claims with no attribution, other than the reporter's own observations.
template <class = void>
[[nodiscard]] inline std::vector<const claim_record*> unattributed_claims(const story_document& doc) {
    std::unordered_set<std::string_view> attributed;
    for (const relation_record& r : doc.relations())
        if (r.kind == relation_kind::attribution) attributed.insert(r.from);
    std::vector<const claim_record*> out;
    for (const claim_record& c : doc.claims())
        if (c.kind != claim_kind::observation && !attributed.contains(c.id)) out.push_back(&c);
    return out;
}

/// The sources claims are attributed to, each once, in order of first use
/// (relay origins included).
template <class = void>
[[nodiscard]] inline std::vector<std::string_view> distinct_sources(const story_document& doc) {
    std::unordered_set<std::string_view> seen;
    std::vector<std::string_view> out;
    for (const relation_record& r : doc.relations()) {
        if (r.kind != relation_kind::attribution && r.kind != relation_kind::relayed_by) continue;
        if (doc.find_source(r.to) && seen.insert(r.to).second) out.push_back(r.to);
    }
    return out;
}

/// Of the attributed claims, the share whose sources include an anonymous one
/// (0 when nothing is attributed).
template <class = void>
[[nodiscard]] inline double anonymous_share(const story_document& doc) {
    std::unordered_set<std::string_view> attributed, anonymous;
    for (const relation_record& r : doc.relations()) {
        if (r.kind != relation_kind::attribution && r.kind != relation_kind::relayed_by) continue;
        if (!doc.find_claim(r.from)) continue;
        attributed.insert(r.from);
        if (const source_record* s = doc.find_source(r.to); s && s->kind == source_kind::anonymous)
            anonymous.insert(r.from);
    }
    return attributed.empty() ? 0.0 : static_cast<double>(anonymous.size()) / static_cast<double>(attributed.size());
}

/// A quantity of a figure and the quantities that are parts of it.
struct figure_quantity {
    const quantity_record* whole = nullptr;
    std::vector<const quantity_record*> parts;
};
/// A reported figure with its quantities ("1 killed; 98 injured, including 6 children").
struct figure {
    const claim_record* claim = nullptr;
    std::vector<figure_quantity> quantities;
};

/// Every reported figure with its quantities and their parts, in document order.
template <class = void>
[[nodiscard]] inline std::vector<figure> figures(const story_document& doc) {
    const auto quantities = doc.quantities();
    // indexes into quantities by claim id (indexes: the map type the other id indexes use)
    std::unordered_map<std::string_view, std::vector<std::size_t>> by_claim;
    for (std::size_t i = 0; i < quantities.size(); ++i) by_claim[quantities[i].claim].push_back(i);
    std::vector<figure> out;
    for (const claim_record& c : doc.claims()) {
        if (c.kind != claim_kind::reported_figure) continue;
        figure f{&c, {}};
        const auto it = by_claim.find(c.id);
        if (it == by_claim.end()) {
            out.push_back(std::move(f));
            continue;
        }
        const std::vector<std::size_t>& mine = it->second;
        for (std::size_t i : mine)
            if (quantities[i].part_of == no_whole) f.quantities.push_back({&quantities[i], {}});
        for (std::size_t i : mine) {
            const quantity_record& q = quantities[i];
            if (q.part_of == no_whole) continue;
            for (figure_quantity& w : f.quantities)
                if (w.whole->index == q.part_of) w.parts.push_back(&q);
        }
        out.push_back(std::move(f));
    }
    return out;
}

/// The story's byline and contributor lines, in document order.
template <class = void>
[[nodiscard]] inline std::vector<const relation_record*> credits(const story_document& doc) {
    std::vector<const relation_record*> out;
    for (const relation_record& r : doc.relations())
        if (r.kind == relation_kind::byline || r.kind == relation_kind::contributor) out.push_back(&r);
    return out;
}

}  // namespace newsprov

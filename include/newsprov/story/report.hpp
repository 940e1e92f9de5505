#pragma once
// A plain-text report of a story for people: headline and credits, then every
// claim with its kind, source, cue and chain to the primary source, then the
// policy's verdict.

#include <newsprov/core/records.hpp>
#include <newsprov/policy/check_records.hpp>
#include <newsprov/policy/rule.hpp>
#include <newsprov/story/check.hpp>
#include <newsprov/story/queries.hpp>
#include <newsprov/story/story.hpp>

#include <cstdio>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newsprov {

namespace detail {

template <class = void>
inline void append_number(std::string& out, double value) {
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%g", value);
    out.append(buf, static_cast<std::size_t>(n > 0 ? n : 0));
}

template <class = void>
inline std::string describe_source(const story_records& story, std::string_view id) {
    const source_record* s = find_record(story.sources, id);
    if (!s) return std::string(id) + " (undeclared)";
    std::string out(s->name.empty() ? s->id : s->name);
    if (!s->description.empty()) out.append(", ").append(s->description);
    out.append(" [").append(to_string(s->kind));
    if (s->role != source_role::none) {
        out.append(s->role == source_role::spokesperson_for ? ", speaks for " : ", official of ");
        const source_record* p = find_record(story.sources, s->principal);
        out.append(p ? p->name : s->principal);
    }
    if (s->kind == source_kind::anonymous) out.append(", anonymous because: ").append(s->anonymity_reason);
    out.append("]");
    return out;
}

template <class = void>
inline std::string short_name(const story_records& story, std::string_view id) {
    const source_record* s = find_record(story.sources, id);
    return std::string(s && !s->name.empty() ? s->name : id);
}

}  // namespace detail

/// The report as text; `violations` come from findings() or check_records().
template <class = void>
[[nodiscard]] inline std::string format_report(const story_info& info, const story_records& story,
                                               std::span<const rule> rules,
                                               std::span<const story_finding> violations) {
    std::string out;
    out.append(info.headline.empty() ? info.id : info.headline).append("\n");
    if (!info.dateline.empty() || !info.date.empty())
        out.append(info.dateline).append(info.dateline.empty() || info.date.empty() ? "" : ", ").append(info.date).append("\n");
    for (const relation_record& r : story.relations) {
        if (r.kind != relation_kind::byline && r.kind != relation_kind::contributor) continue;
        out.append(r.kind == relation_kind::byline ? "By " : "Contributor: ").append(detail::short_name(story, r.to));
        if (!r.location.empty()) out.append(" in ").append(r.location);
        out.append("\n");
    }
    out.append("\n").append(std::to_string(story.claims.size())).append(" claims, ")
        .append(std::to_string(story.sources.size())).append(" sources\n");

    for (const claim_record& c : story.claims) {
        out.append("\n[").append(to_string(c.kind)).append("] ").append(c.id).append("\n    \"").append(c.text).append("\"\n");
        for (const quantity_record& q : story.quantities) {
            if (q.claim != c.id) continue;
            out.append(q.part_of == no_whole ? "    figure: " : "      of which: ");
            detail::append_number(out, q.value);
            if (!q.unit.empty()) out.append(" ").append(q.unit);
            out.append(" ").append(q.what).append("\n");
        }
        const auto attributions = attributions_of(story, c.id);
        if (attributions.empty())
            out.append(c.kind == claim_kind::observation ? "    the reporter's own observation\n" : "    UNATTRIBUTED\n");
        for (const relation_record* a : attributions) {
            out.append("    source: ").append(detail::describe_source(story, a->to)).append("\n");
            out.append("    cue: ").append(a->cue.empty() ? "(none)" : a->cue);
            if (!a->date.empty()) out.append(", ").append(a->date);
            out.append("\n    chain: ").append(c.id);
            const auto chain = chain_to_primary(story, c.id, a->to);
            for (std::size_t i = 0; i < chain.size(); ++i) {
                out.append(i == 0 ? " <- " : " <- relayed from ").append(detail::short_name(story, chain[i]));
            }
            // The primary source may itself speak for a principal.
            if (const source_record* primary = find_record(story.sources, chain.back());
                primary && primary->role == source_role::spokesperson_for)
                out.append(" on behalf of ").append(detail::short_name(story, primary->principal));
            out.append(" (primary)\n");
        }
    }

    out.append("\npolicy: ").append(std::to_string(rules.size())).append(" rules: ");
    if (violations.empty()) {
        out.append("every rule holds\n");
    } else {
        out.append(std::to_string(violations.size())).append(" violations\n");
        for (const story_finding& f : violations)
            out.append("  ").append(to_string(f.broken->level)).append(" [").append(f.broken->id).append("] ")
                .append(f.subject).append(": ").append(f.broken->message).append("\n    hint: ")
                .append(f.broken->hint).append("\n");
    }
    return out;
}

/// The report of a compile-time story under policy P.
template <policy P = default_policy, std::size_t S, std::size_t C, std::size_t Q, std::size_t R>
[[nodiscard]] std::string format_report(const story<S, C, Q, R>& s) {
    return format_report(s.info, s.records(), detail::rules_of<P>(), findings<P>(s));
}

}  // namespace newsprov

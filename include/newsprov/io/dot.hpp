#pragma once
// Graphviz DOT, laid out so that a person reads the story at a glance, left to
// right: the bodies spoken for, the people and offices who speak, the claims
// they make. Sources are shaped and coloured by kind (organizations boxes,
// people ellipses, offices double ellipses, documents tabs, anonymous sources
// dashed); spokespeople and officials hang off their principal by a dashed
// "on behalf of" / dotted "official of" edge; claims are notes with wrapped
// text, coloured by kind (figures list their quantities); each attribution
// edge carries its cue; a relayed claim gets a bold purple edge from its first-
// hand source; the story, its byline and contributors sit in a cluster, with
// the reporter's own observations hanging off it. An optional legend explains
// the shapes. A document's generic PROV records (io/dot_prov.hpp) join the
// picture in the W3C PROV style; a document of generic records alone is drawn
// in that style only.
//
//   newsprov export --to dot seed.provjson | dot -Tsvg > story.svg
//
// Every label is an HTML-like label escaped by io/dot_syntax.hpp, so no id or
// text can break the DOT syntax. Node names are generated (s0, c3...), never
// taken from ids.

#include <newsprov/core/kinds.hpp>
#include <newsprov/core/records.hpp>
#include <newsprov/io/dot_prov.hpp>
#include <newsprov/io/dot_syntax.hpp>
#include <newsprov/io/export_view.hpp>
#include <newsprov/io/prov_extensions.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <optional>
#include <utility>
#include <vector>

namespace newsprov {

struct dot_options {
    /// Wrap claim text at this many characters per line.
    std::size_t wrap = 34;
    /// Add a legend cluster explaining shapes and edge styles.
    bool legend = true;
};

namespace detail {

struct dot_style {
    std::string_view shape, style, fill, border;
};

[[nodiscard]] constexpr dot_style dot_source_style(source_kind k) noexcept {
    switch (k) {
        case source_kind::person: return {"ellipse", "filled", "#dbe8f7", "#4a79b0"};
        case source_kind::office: return {"ellipse", "filled", "#dbe8f7", "#4a79b0"};  // drawn double
        case source_kind::organization: return {"box", "filled", "#fbe1c0", "#b8782a"};
        case source_kind::publication: return {"box", "rounded,filled", "#e6dcf3", "#7456a8"};
        case source_kind::journalist: return {"ellipse", "filled", "#d8efd2", "#4b8a3c"};
        case source_kind::anonymous: return {"ellipse", "dashed,filled", "#ececec", "#777777"};
        case source_kind::document: return {"tab", "filled", "#fff3c4", "#a88a1c"};
    }
    return {"ellipse", "filled", "#ffffff", "#000000"};
}

[[nodiscard]] constexpr std::string_view dot_claim_fill(claim_kind k) noexcept {
    switch (k) {
        case claim_kind::direct_quote: return "#fff6cf";
        case claim_kind::mixed_quote: return "#fffbe8";
        case claim_kind::paraphrase: return "#ffffff";
        case claim_kind::reported_figure: return "#e2f3e0";
        case claim_kind::denial: return "#fbe0e0";
        case claim_kind::observation: return "#efefef";
    }
    return "#ffffff";
}

[[nodiscard]] constexpr std::string_view dot_claim_title(claim_kind k) noexcept {
    switch (k) {
        case claim_kind::direct_quote: return "quote";
        case claim_kind::mixed_quote: return "partial quote";
        case claim_kind::paraphrase: return "paraphrase";
        case claim_kind::reported_figure: return "figure";
        case claim_kind::denial: return "denial / no comment";
        case claim_kind::observation: return "reporter's observation";
    }
    return "claim";
}

/// Node names for ids: s<i> for sources, c<i> for claims, x<i> for ids the
/// story uses without declaring them (drawn, so nothing is dropped).
class dot_names {
public:
    template <class = void>
    dot_names(const export_index& index, std::string_view story_id) : index_(index), story_id_(story_id) {}
    /// The node of `id`, declaring an "undeclared" node for an unknown one.
    /// (Names are short: returned by value, they stay in the small-string buffer.)
    template <class = void>
    [[nodiscard]] std::string operator()(std::string_view id) {
        if (id == story_id_) return "story";
        if (std::string known = find(id); !known.empty()) return known;
        const auto [it, added] = undeclared_names_.emplace(id, undeclared_.size());
        if (added) undeclared_.push_back(id);
        return std::string("x").append(std::to_string(it->second));
    }
    [[nodiscard]] const std::vector<std::string_view>& undeclared() const noexcept { return undeclared_; }
    /// The node of a story part named by a PROV qualified name ("story:rubio",
    /// or an id that is a qualified name itself), if the story declares it.
    template <class = void>
    [[nodiscard]] std::optional<std::string> find_story_id(std::string_view qname) const {
        constexpr std::string_view prefix = "story:";
        if (qname == story_id_ || (qname.starts_with(prefix) && qname.substr(prefix.size()) == story_id_)) return "story";
        if (std::string known = find(qname); !known.empty()) return known;
        if (!qname.starts_with(prefix)) return std::nullopt;
        if (std::string known = find(qname.substr(prefix.size())); !known.empty()) return known;
        return std::nullopt;
    }

private:
    /// s<i> for source i, c<i> for claim i, x<i> for undeclared id i; empty for none.
    template <class = void>
    [[nodiscard]] std::string find(std::string_view id) const {
        if (const std::size_t i = index_.source_position(id); i != export_index::npos)
            return std::string("s").append(std::to_string(i));
        if (const std::size_t i = index_.claim_position(id); i != export_index::npos)
            return std::string("c").append(std::to_string(i));
        if (const auto it = undeclared_names_.find(id); it != undeclared_names_.end())
            return std::string("x").append(std::to_string(it->second));
        return {};
    }
    const export_index& index_;
    std::string_view story_id_;
    std::unordered_map<std::string_view, std::size_t> undeclared_names_;
    std::vector<std::string_view> undeclared_;
};

/// What the parts of the story's picture share.
struct dot_story {
    const story_info& info;
    const story_records& records;
    const export_index& index;
    dot_names& names;
    const dot_options& opts;
    std::string_view story_id;
    std::unordered_set<std::string_view> credited;                // sets: a story may credit many journalists
    std::unordered_set<std::string_view> credited_with_location;
};

/// One source node, shaped and coloured by kind.
template <class = void>
inline void dot_source_node(std::string& out, dot_story& d, const source_record& s, std::string_view indent) {
    const dot_style st = dot_source_style(s.kind);
    out.append(indent).append(d.names(s.id)).append(" [shape=").append(st.shape);
    out.append(", style=\"").append(st.style).append("\", fillcolor=\"").append(st.fill);
    out.append("\", color=\"").append(st.border).append("\"");
    if (s.kind == source_kind::office) out.append(", peripheries=2");
    out.append(", label=<");
    if (s.kind == source_kind::anonymous) out.append("<I>anonymous</I><BR/>");
    out.append("<B>");
    append_dot_html(out, s.name.empty() ? s.id : s.name);
    out.append("</B>");
    auto small = [&](std::string_view prefix, std::string_view text) {
        if (text.empty()) return;
        out.append("<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">").append(prefix);
        append_dot_html(out, text);
        out.append("</FONT>");
    };
    small("", s.description);
    if (s.kind == source_kind::document) small("", to_string(s.document));
    small("why anonymous: ", s.anonymity_reason);
    if (s.kind != source_kind::journalist) small("in ", s.location);
    if (s.kind == source_kind::journalist && !s.location.empty() && !d.credited_with_location.contains(s.id))
        small("in ", s.location);
    out.append(">];\n");
}

/// The story with its byline, contributors and publisher, as a cluster.
template <class = void>
inline void dot_story_cluster(std::string& out, dot_story& d) {
    const story_info& info = d.info;
    out.append("  subgraph cluster_story {\n    style=\"rounded,filled\"; fillcolor=\"#f5f5f5\"; color=\"#bbbbbb\";"
               " label=\"\";\n");
    out.append("    story [shape=box, style=\"rounded,filled\", fillcolor=\"#333333\", fontcolor=\"white\", "
               "margin=\"0.15,0.08\", label=<<FONT POINT-SIZE=\"9\">STORY</FONT><BR/><B>");
    append_dot_wrapped(out, info.headline.empty() ? d.story_id : info.headline, d.opts.wrap + 8);
    out.append("</B>");
    if (!info.dateline.empty() || !info.date.empty()) {
        out.append("<FONT POINT-SIZE=\"9\">");
        append_dot_html(out, info.dateline);
        if (!info.dateline.empty() && !info.date.empty()) out.append(" · ");
        append_dot_html(out, info.date);
        out.append("</FONT>");
    }
    out.append(">];\n");
    for (const relation_record& r : d.records.relations) {
        if (r.kind != relation_kind::byline && r.kind != relation_kind::contributor) continue;
        d.credited.insert(r.to);
        if (!r.location.empty()) d.credited_with_location.insert(r.to);
        const std::string n = d.names(r.to);
        out.append("    story -> ").append(n).append(" [arrowhead=none, color=\"#4b8a3c\", label=<");
        out.append(r.kind == relation_kind::byline ? "byline" : "contributor");
        if (!r.location.empty()) {
            out.append("<BR/><I>");
            append_dot_html(out, r.location);
            out.append("</I>");
        }
        out.append(">];\n");
    }
    if (!info.publication.empty()) {
        d.credited.insert(info.publication);
        out.append("    story -> ").append(d.names(info.publication)).append(" [arrowhead=none, label=<publisher>];\n");
    }
    for (const source_record& s : d.records.sources)  // credited sources are drawn inside the cluster
        if (d.credited.contains(s.id)) dot_source_node(out, d, s, "    ");
    out.append("  }\n");
}

/// Spokespeople and officials hang off the body they speak for; documents off
/// their issuer. Each (agent, principal) pair once, looked up by hash.
template <class = void>
inline void dot_principals(std::string& out, dot_story& d) {
    struct pair_hash {
        std::size_t operator()(const std::pair<std::string_view, std::string_view>& p) const noexcept {
            const std::size_t h = std::hash<std::string_view>{}(p.first);
            return h ^ (std::hash<std::string_view>{}(p.second) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
        }
    };
    std::unordered_set<std::pair<std::string_view, std::string_view>, pair_hash> drawn;
    auto delegate = [&](std::string_view agent, std::string_view principal, source_role role) {
        if (!drawn.emplace(agent, principal).second) return;
        out.append("  ").append(d.names(principal)).append(" -> ").append(d.names(agent));
        if (role == source_role::official_of)
            out.append(" [dir=back, style=dotted, color=\"#b8782a\", fontcolor=\"#8a5a1f\", label=<official of>];\n");
        else
            out.append(" [dir=back, style=dashed, color=\"#b8782a\", fontcolor=\"#8a5a1f\", label=<on behalf of>];\n");
    };
    for (const source_record& s : d.records.sources) {
        if (s.principal.empty()) continue;
        if (s.kind == source_kind::document) {
            out.append("  ").append(d.names(s.principal)).append(" -> ").append(d.names(s.id));
            out.append(" [style=dashed, label=<issued>];\n");
        } else {
            delegate(s.id, s.principal, s.role);
        }
    }
    for (const relation_record& r : d.records.relations)
        if (r.kind == relation_kind::on_behalf_of) {
            const source_record* s = d.index.source(r.from);
            delegate(r.from, r.to, s != nullptr ? s->role : source_role::spokesperson_for);
        }
}

/// Claims as notes, coloured by kind; a figure lists its quantities.
template <class = void>
inline void dot_claims(std::string& out, dot_story& d) {
    for (const claim_record& c : d.records.claims) {
        out.append("  ").append(d.names(c.id)).append(" [shape=note, style=filled, fillcolor=\"");
        out.append(dot_claim_fill(c.kind)).append("\", color=\"#888888\", margin=\"0.12,0.06\", label=<");
        out.append("<FONT POINT-SIZE=\"8\" COLOR=\"#666666\">").append(dot_claim_title(c.kind));
        out.append("</FONT><BR ALIGN=\"LEFT\"/>");
        const bool quoted = c.kind == claim_kind::direct_quote;
        std::string text;
        if (quoted) text.append("\xE2\x80\x9C");
        text.append(c.text.empty() ? c.id : c.text);
        if (quoted) text.append("\xE2\x80\x9D");
        append_dot_wrapped(out, text, d.opts.wrap);
        const auto& qs = d.index.quantities_of(c.id);
        if (!qs.empty()) {
            out.append("<FONT POINT-SIZE=\"9\" COLOR=\"#2f6b2a\">");
            for (std::size_t qi : qs) {
                const quantity_record& q = d.records.quantities[qi];
                out.append(q.part_of != no_whole ? "&#160;&#160;&#160;of which " : "&#9632; ");
                append_dot_number(out, q.value);
                for (std::string_view part : {q.unit, q.what})
                    if (!part.empty()) {
                        out.push_back(' ');
                        append_dot_html(out, part);
                    }
                out.append("<BR ALIGN=\"LEFT\"/>");
            }
            out.append("</FONT>");
        }
        out.append(">];\n");
    }
}

/// Attribution edges (labelled with the cue), relays, document relations, and
/// the reporter's own observations hanging off the story.
template <class = void>
inline void dot_attributions(std::string& out, dot_story& d) {
    for (const relation_record& r : d.records.relations) {
        if (r.kind == relation_kind::on_behalf_of || r.kind == relation_kind::byline ||
            r.kind == relation_kind::contributor)
            continue;  // drawn above
        out.append("  ").append(d.names(r.to)).append(" -> ").append(d.names(r.from));
        if (r.kind == relation_kind::attribution) {
            out.append(" [label=<");
            append_dot_html(out, r.cue.empty() ? std::string_view("attributed") : r.cue);
            if (!r.date.empty()) {
                out.append("<BR/>");
                append_dot_html(out, r.date);
            }
        } else if (r.kind == relation_kind::relayed_by) {
            // The first-hand source to the claim, bold purple: "via" names who passed it on.
            out.append(" [style=\"bold,dashed\", color=\"#8e44ad\", fontcolor=\"#6c3483\", penwidth=1.6, label=<"
                       "first-hand source");
            if (!r.via.empty()) {
                out.append("<BR/>relayed by ");
                const source_record* s = d.index.source(r.via);
                append_dot_html(out, s != nullptr && !s->name.empty() ? s->name : r.via);
            }
        } else {
            out.append(" [style=dashed, label=<");
            out.append(r.kind == relation_kind::quoted_from    ? "quoted in"
                       : r.kind == relation_kind::derived_from ? "source of"
                                                              : "revised as");
        }
        out.append(">];\n");
    }
    for (const claim_record& c : d.records.claims)
        if (c.kind == claim_kind::observation && d.index.relations_from(c.id).empty())
            out.append("  story -> ").append(d.names(c.id)).append(" [style=dashed, color=\"#999999\", label=<observed>];\n");
}

/// One table node explaining the shapes and edges the story uses.
template <class = void>
inline void dot_legend(std::string& out, const story_records& records) {
    out.append("\n  legend [shape=plaintext, fontsize=9, label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"2\" "
               "CELLPADDING=\"3\" COLOR=\"#bbbbbb\"><TR><TD COLSPAN=\"2\" BORDER=\"0\"><B>legend</B></TD></TR>");
    bool source_used[vocab::source_types.size()]{};
    bool claim_used[vocab::claim_types.size()]{};
    for (const source_record& s : records.sources) source_used[static_cast<std::size_t>(s.kind)] = true;
    for (const claim_record& c : records.claims) claim_used[static_cast<std::size_t>(c.kind)] = true;
    const source_kind kinds[] = {source_kind::organization, source_kind::publication, source_kind::person,
                                 source_kind::office,       source_kind::journalist,  source_kind::anonymous,
                                 source_kind::document};
    for (source_kind k : kinds) {
        if (!source_used[static_cast<std::size_t>(k)]) continue;
        const dot_style st = dot_source_style(k);
        out.append("<TR><TD BGCOLOR=\"").append(st.fill).append("\" COLOR=\"").append(st.border).append("\">");
        out.append(to_string(k)).append("</TD><TD BORDER=\"0\" ALIGN=\"LEFT\">");
        out.append(k == source_kind::organization  ? "box"
                   : k == source_kind::publication ? "rounded box"
                   : k == source_kind::office      ? "double ellipse"
                   : k == source_kind::anonymous   ? "dashed ellipse"
                   : k == source_kind::document    ? "tab"
                                                   : "ellipse");
        out.append("</TD></TR>");
    }
    const claim_kind claim_kinds_shown[] = {claim_kind::direct_quote, claim_kind::mixed_quote,
                                            claim_kind::paraphrase,   claim_kind::reported_figure,
                                            claim_kind::denial,       claim_kind::observation};
    for (claim_kind k : claim_kinds_shown) {
        if (!claim_used[static_cast<std::size_t>(k)]) continue;
        out.append("<TR><TD BGCOLOR=\"").append(dot_claim_fill(k)).append("\">");
        out.append(dot_claim_title(k)).append("</TD><TD BORDER=\"0\" ALIGN=\"LEFT\">claim (note)</TD></TR>");
    }
    out.append("<TR><TD BORDER=\"0\">&#8594; <I>cue</I></TD><TD BORDER=\"0\" ALIGN=\"LEFT\">source to claim, "
               "as the story attributes it</TD></TR>"
               "<TR><TD BORDER=\"0\"><FONT COLOR=\"#8e44ad\"><B>- - &#8594;</B></FONT></TD><TD BORDER=\"0\" "
               "ALIGN=\"LEFT\">first-hand source of a relayed claim</TD></TR>"
               "<TR><TD BORDER=\"0\"><FONT COLOR=\"#b8782a\">&#8592; - -</FONT></TD><TD BORDER=\"0\" "
               "ALIGN=\"LEFT\">on behalf of (dashed), official of (dotted)</TD></TR>"
               "</TABLE>>];\n");
}

/// Extra PROV attributes of the story's parts, as dashed notes on their nodes.
template <class = void>
inline void dot_extras(std::string& out, dot_story& d, const part_extras& extras) {
    std::size_t notes = 0;
    auto note = [&](const std::string& node, std::string_view title, const std::vector<prov::attribute>& attrs) {
        const std::string name = std::string("n").append(std::to_string(notes++));
        out.append("  ").append(name).append(" [shape=note, style=dashed, color=\"#808080\", fontsize=9, label=<");
        append_dot_html(out, title);
        for (const prov::attribute& a : attrs) append_dot_attribute(out, a.name, a.value);
        out.append(">];\n  ").append(name).append(" -> ").append(node).append(" [style=dashed, arrowhead=none];\n");
    };
    for_each_extra(
        extras, d.info, d.records,
        [&](const std::string& subject, std::string_view owner, const std::vector<prov::attribute>& attrs) {
            note(d.names(owner), subject == owner ? std::string_view() : std::string_view(subject), attrs);
        },
        [&](const relation_record& r, const std::vector<prov::attribute>& attrs) {
            note(d.names(r.from), std::string(prov_relation_name(r.kind)).append(" ").append(r.to), attrs);
        });
}

}  // namespace detail

/// Appends the story as a Graphviz digraph to `out`, then the generic PROV
/// records of `foreign` (a document's foreign(), io/dot_prov.hpp), if given, in
/// the W3C PROV style. A document with only generic records is drawn in that
/// style alone. Throws input_error, `out` untouched, for an extension
/// expression (io/prov_extensions.hpp).
template <class = void>
inline void write_dot(std::string& out, const story_info& info, const story_records& records,
                      const dot_options& opts = {}, const prov::model* foreign = nullptr,
                      const detail::part_extras& extras = {}) {
    detail::refuse_prov_extensions(foreign, "DOT");
    const bool generic = foreign != nullptr && (!foreign->top.records.empty() || !foreign->bundles.empty());
    if (generic && detail::no_story(info, records)) {
        detail::write_dot_prov(out, *foreign, {});
        return;
    }
    const detail::export_index index(records);
    const std::string_view story_id = info.id.empty() ? std::string_view("story") : info.id;
    detail::dot_names names(index, story_id);
    detail::dot_story d{info, records, index, names, opts, story_id, {}, {}};

    out.append("digraph story {\n");
    out.append("  graph [rankdir=LR, newrank=true, nodesep=0.18, ranksep=0.55, fontname=\"Helvetica\", "
               "bgcolor=\"white\", pad=0.3];\n");
    out.append("  node [fontname=\"Helvetica\", fontsize=11, penwidth=1.2];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\", "
               "arrowsize=0.7];\n\n");
    // The story with its credits, written last: dot stacks later parts higher, and the story belongs on top.
    std::string cluster;
    detail::dot_story_cluster(cluster, d);
    out.append("  // sources\n");
    for (const source_record& s : records.sources)
        if (!d.credited.contains(s.id)) detail::dot_source_node(out, d, s, "  ");
    detail::dot_principals(out, d);
    out.append("\n  // claims\n");
    detail::dot_claims(out, d);
    out.append("\n  // who said what\n");
    detail::dot_attributions(out, d);
    if (generic) {
        out.append("\n  // PROV records\n");
        detail::write_dot_prov_records(out, *foreign, [&](std::string_view qname) { return names.find_story_id(qname); });
    }
    if (extras.any()) {
        out.append("\n  // further attributes of the story's parts\n");
        detail::dot_extras(out, d, extras);
    }
    // Ids used but not declared: drawn in red, so nothing silently disappears.
    for (std::size_t i = 0; i < names.undeclared().size(); ++i) {
        out.append("  x").append(std::to_string(i)).append(" [shape=box, style=dashed, color=\"#cc0000\", label=<");
        detail::append_dot_html(out, names.undeclared()[i]);
        out.append("<BR/><FONT POINT-SIZE=\"8\">undeclared</FONT>>];\n");
    }
    if (opts.legend) detail::dot_legend(out, records);
    out.append(cluster);
    out.append("}\n");
}

/// The story as a Graphviz digraph.
template <class = void>
[[nodiscard]] inline std::string to_dot(const story_info& info, const story_records& records,
                                        const dot_options& opts = {}) {
    std::string out;
    write_dot(out, info, records, opts);
    return out;
}
/// The story or document as a Graphviz digraph; a document's foreign records too.
template <exportable_story S>
[[nodiscard]] std::string to_dot(const S& story, const dot_options& opts = {}) {
    std::string out;
    write_dot(out, detail::info_of(story), story.records(), opts, detail::foreign_of(story), detail::extras_of(story));
    return out;
}

}  // namespace newsprov

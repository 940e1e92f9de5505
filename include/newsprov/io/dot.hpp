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
// the shapes.
//
//   newsprov export --to dot seed.provjson | dot -Tsvg > story.svg
//
// Every label is an HTML-like label: '&', '<', '>' and '"' become entities,
// control characters spaces, invalid UTF-8 U+FFFD, so no id or text can break
// the DOT syntax. Node names are generated (s0, c3...), never taken from ids.

#include <newsprov/core/kinds.hpp>
#include <newsprov/core/records.hpp>
#include <newsprov/io/export_view.hpp>
#include <newsprov/util/utf8.hpp>

#include <charconv>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace newsprov {

struct dot_options {
    /// Wrap claim text at this many characters per line.
    std::size_t wrap = 34;
    /// Add a legend cluster explaining shapes and edge styles.
    bool legend = true;
};

namespace detail {

/// Appends `s` escaped for an HTML-like label.
inline void append_dot_html(std::string& out, std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            std::size_t bad = 0;
            const std::size_t len = utf8::sequence(s, i, bad);
            if (len == 0) {
                out.append("\xEF\xBF\xBD");
                i += bad;
            } else {
                out.append(s.substr(i, len));
                i += len;
            }
            continue;
        }
        switch (c) {
            case '&': out.append("&amp;"); break;
            case '<': out.append("&lt;"); break;
            case '>': out.append("&gt;"); break;
            case '"': out.append("&quot;"); break;
            default: out.push_back(c < 0x20 || c == 0x7F ? ' ' : static_cast<char>(c));
        }
        ++i;
    }
}

/// Characters (code points) in `s`.
[[nodiscard]] constexpr std::size_t utf8_length(std::string_view s) noexcept {
    std::size_t n = 0;
    for (char ch : s)
        if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++n;
    return n;
}

/// `s` wrapped at spaces into lines of at most `width` characters (a longer
/// word gets a line of its own), escaped, joined by left-aligned breaks.
inline void append_dot_wrapped(std::string& out, std::string_view s, std::size_t width) {
    std::size_t line = 0;  // characters on the current line
    std::size_t i = 0;
    bool first = true;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) ++i;
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' && s[j] != '\r') ++j;
        if (j == i) break;
        const std::string_view word = s.substr(i, j - i);
        const std::size_t len = utf8_length(word);
        if (!first && line + 1 + len > width) {
            out.append("<BR ALIGN=\"LEFT\"/>");
            line = 0;
        } else if (!first) {
            out.push_back(' ');
            ++line;
        }
        append_dot_html(out, word);
        line += len;
        first = false;
        i = j;
    }
    out.append("<BR ALIGN=\"LEFT\"/>");
}

inline void append_dot_number(std::string& out, double v) {
    if (std::isfinite(v) && v == std::trunc(v) && std::fabs(v) < 1e15) {
        out.append(std::to_string(static_cast<long long>(v)));
    } else if (!std::isfinite(v)) {
        out.append(std::isnan(v) ? "NaN" : v > 0 ? "infinity" : "-infinity");
    } else {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        out.append(buf, r.ptr);
    }
}

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
    dot_names(const story_records& r, std::string_view story_id) : story_id_(story_id) {
        for (std::size_t i = 0; i < r.sources.size(); ++i) names_.emplace(r.sources[i].id, std::string("s").append(std::to_string(i)));
        for (std::size_t i = 0; i < r.claims.size(); ++i) names_.emplace(r.claims[i].id, std::string("c").append(std::to_string(i)));
    }
    /// The node of `id`, declaring an "undeclared" node for an unknown one.
    [[nodiscard]] const std::string& operator()(std::string_view id) {
        if (id == story_id_) return story_;
        const auto it = names_.find(id);
        if (it != names_.end()) return it->second;
        undeclared_.push_back(id);
        return names_.emplace(id, std::string("x").append(std::to_string(undeclared_.size() - 1))).first->second;
    }
    [[nodiscard]] const std::vector<std::string_view>& undeclared() const noexcept { return undeclared_; }

private:
    std::string_view story_id_;
    std::string story_ = "story";
    std::unordered_map<std::string_view, std::string> names_;
    std::vector<std::string_view> undeclared_;
};

}  // namespace detail

/// Appends the story as a Graphviz digraph to `out`.
inline void write_dot(std::string& out, const story_info& info, const story_records& records,
                      const dot_options& opts = {}) {
    const detail::export_index index(records);
    const std::string_view story_id = info.id.empty() ? std::string_view("story") : info.id;
    detail::dot_names names(records, story_id);
    auto name_of = [&](std::string_view id) -> std::string_view {
        const source_record* s = index.source(id);
        return s != nullptr && !s->name.empty() ? s->name : id;
    };

    out.append("digraph story {\n");
    out.append("  graph [rankdir=LR, newrank=true, nodesep=0.18, ranksep=0.55, fontname=\"Helvetica\", "
               "bgcolor=\"white\", pad=0.3];\n");
    out.append("  node [fontname=\"Helvetica\", fontsize=11, penwidth=1.2];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\", "
               "arrowsize=0.7];\n\n");

    // The story with its credits, written last: dot stacks later parts higher, and the story belongs on top.
    std::string body;
    std::swap(out, body);  // `out` collects the cluster for now
    out.append("  subgraph cluster_story {\n    style=\"rounded,filled\"; fillcolor=\"#f5f5f5\"; color=\"#bbbbbb\";"
               " label=\"\";\n");
    out.append("    story [shape=box, style=\"rounded,filled\", fillcolor=\"#333333\", fontcolor=\"white\", "
               "margin=\"0.15,0.08\", label=<<FONT POINT-SIZE=\"9\">STORY</FONT><BR/><B>");
    detail::append_dot_wrapped(out, info.headline.empty() ? story_id : info.headline, opts.wrap + 8);
    out.append("</B>");
    if (!info.dateline.empty() || !info.date.empty()) {
        out.append("<FONT POINT-SIZE=\"9\">");
        detail::append_dot_html(out, info.dateline);
        if (!info.dateline.empty() && !info.date.empty()) out.append(" · ");
        detail::append_dot_html(out, info.date);
        out.append("</FONT>");
    }
    out.append(">];\n");
    // Sets: a story may credit many journalists.
    std::unordered_set<std::string_view> credited;
    std::unordered_set<std::string_view> credited_with_location;
    for (const relation_record& r : records.relations) {
        if (r.kind != relation_kind::byline && r.kind != relation_kind::contributor) continue;
        credited.insert(r.to);
        if (!r.location.empty()) credited_with_location.insert(r.to);
        const std::string& n = names(r.to);
        out.append("    story -> ").append(n).append(" [arrowhead=none, color=\"#4b8a3c\", label=<");
        out.append(r.kind == relation_kind::byline ? "byline" : "contributor");
        if (!r.location.empty()) {
            out.append("<BR/><I>");
            detail::append_dot_html(out, r.location);
            out.append("</I>");
        }
        out.append(">];\n");
    }
    if (!info.publication.empty()) {
        credited.insert(info.publication);
        out.append("    story -> ").append(names(info.publication)).append(" [arrowhead=none, label=<publisher>];\n");
    }
    // Credited sources are drawn inside the cluster.
    auto draw_source = [&](const source_record& s, std::string_view indent) {
        const detail::dot_style st = detail::dot_source_style(s.kind);
        out.append(indent).append(names(s.id)).append(" [shape=").append(st.shape);
        out.append(", style=\"").append(st.style).append("\", fillcolor=\"").append(st.fill);
        out.append("\", color=\"").append(st.border).append("\"");
        if (s.kind == source_kind::office) out.append(", peripheries=2");
        out.append(", label=<");
        if (s.kind == source_kind::anonymous) out.append("<I>anonymous</I><BR/>");
        out.append("<B>");
        detail::append_dot_html(out, s.name.empty() ? s.id : s.name);
        out.append("</B>");
        auto small = [&](std::string_view prefix, std::string_view text) {
            if (text.empty()) return;
            out.append("<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">").append(prefix);
            detail::append_dot_html(out, text);
            out.append("</FONT>");
        };
        small("", s.description);
        if (s.kind == source_kind::document) small("", to_string(s.document));
        small("why anonymous: ", s.anonymity_reason);
        if (s.kind != source_kind::journalist) small("in ", s.location);
        if (s.kind == source_kind::journalist && !s.location.empty() && !credited_with_location.contains(s.id))
            small("in ", s.location);
        out.append(">];\n");
    };
    auto is_credited = [&](std::string_view id) { return credited.contains(id); };
    for (const source_record& s : records.sources)
        if (is_credited(s.id)) draw_source(s, "    ");
    out.append("  }\n");
    std::string cluster;
    std::swap(out, cluster);
    std::swap(out, body);

    // Sources.
    out.append("  // sources\n");
    for (const source_record& s : records.sources)
        if (!is_credited(s.id)) draw_source(s, "  ");

    // Principals: spokespeople and officials hang off the body they speak for.
    std::vector<std::pair<std::string_view, std::string_view>> delegations;
    auto delegate = [&](std::string_view agent, std::string_view principal, source_role role) {
        for (const auto& d : delegations)
            if (d.first == agent && d.second == principal) return;
        delegations.emplace_back(agent, principal);
        out.append("  ").append(names(principal)).append(" -> ").append(names(agent));
        if (role == source_role::official_of)
            out.append(" [dir=back, style=dotted, color=\"#b8782a\", fontcolor=\"#8a5a1f\", label=<official of>];\n");
        else
            out.append(" [dir=back, style=dashed, color=\"#b8782a\", fontcolor=\"#8a5a1f\", label=<on behalf of>];\n");
    };
    for (const source_record& s : records.sources) {
        if (s.principal.empty()) continue;
        if (s.kind == source_kind::document) {
            out.append("  ").append(names(s.principal)).append(" -> ").append(names(s.id));
            out.append(" [style=dashed, label=<issued>];\n");
        } else {
            delegate(s.id, s.principal, s.role);
        }
    }
    for (const relation_record& r : records.relations)
        if (r.kind == relation_kind::on_behalf_of) {
            const source_record* s = index.source(r.from);
            delegate(r.from, r.to, s != nullptr ? s->role : source_role::spokesperson_for);
        }

    // Claims.
    out.append("\n  // claims\n");
    for (const claim_record& c : records.claims) {
        out.append("  ").append(names(c.id)).append(" [shape=note, style=filled, fillcolor=\"");
        out.append(detail::dot_claim_fill(c.kind)).append("\", color=\"#888888\", margin=\"0.12,0.06\", label=<");
        out.append("<FONT POINT-SIZE=\"8\" COLOR=\"#666666\">").append(detail::dot_claim_title(c.kind));
        out.append("</FONT><BR ALIGN=\"LEFT\"/>");
        const bool quoted = c.kind == claim_kind::direct_quote;
        std::string text;
        if (quoted) text.append("\xE2\x80\x9C");
        text.append(c.text.empty() ? c.id : c.text);
        if (quoted) text.append("\xE2\x80\x9D");
        detail::append_dot_wrapped(out, text, opts.wrap);
        const auto& qs = index.quantities_of(c.id);
        if (!qs.empty()) {
            out.append("<FONT POINT-SIZE=\"9\" COLOR=\"#2f6b2a\">");
            for (std::size_t qi : qs) {
                const quantity_record& q = records.quantities[qi];
                out.append(q.part_of != no_whole ? "&#160;&#160;&#160;of which " : "&#9632; ");
                detail::append_dot_number(out, q.value);
                if (!q.unit.empty()) {
                    out.push_back(' ');
                    detail::append_dot_html(out, q.unit);
                }
                if (!q.what.empty()) {
                    out.push_back(' ');
                    detail::append_dot_html(out, q.what);
                }
                out.append("<BR ALIGN=\"LEFT\"/>");
            }
            out.append("</FONT>");
        }
        out.append(">];\n");
    }

    // Attribution edges (labelled with the cue), relays, document relations.
    out.append("\n  // who said what\n");
    for (const relation_record& r : records.relations) {
        switch (r.kind) {
            case relation_kind::attribution: {
                out.append("  ").append(names(r.to)).append(" -> ").append(names(r.from)).append(" [label=<");
                detail::append_dot_html(out, r.cue.empty() ? std::string_view("attributed") : r.cue);
                if (!r.date.empty()) {
                    out.append("<BR/>");
                    detail::append_dot_html(out, r.date);
                }
                out.append(">];\n");
                break;
            }
            case relation_kind::relayed_by: {
                // The first-hand source to the claim, bold purple: "via" names who passed it on.
                out.append("  ").append(names(r.to)).append(" -> ").append(names(r.from));
                out.append(" [style=\"bold,dashed\", color=\"#8e44ad\", fontcolor=\"#6c3483\", penwidth=1.6, label=<"
                           "first-hand source");
                if (!r.via.empty()) {
                    out.append("<BR/>relayed by ");
                    detail::append_dot_html(out, name_of(r.via));
                }
                out.append(">];\n");
                break;
            }
            case relation_kind::quoted_from:
            case relation_kind::derived_from:
            case relation_kind::revision_of: {
                out.append("  ").append(names(r.to)).append(" -> ").append(names(r.from));
                out.append(" [style=dashed, label=<");
                out.append(r.kind == relation_kind::quoted_from    ? "quoted in"
                           : r.kind == relation_kind::derived_from ? "source of"
                                                                  : "revised as");
                out.append(">];\n");
                break;
            }
            case relation_kind::on_behalf_of:
            case relation_kind::byline:
            case relation_kind::contributor: break;  // drawn above
        }
    }
    // The reporter's own observations belong to the story.
    for (const claim_record& c : records.claims)
        if (c.kind == claim_kind::observation && index.relations_from(c.id).empty())
            out.append("  story -> ").append(names(c.id)).append(" [style=dashed, color=\"#999999\", label=<observed>];\n");

    // Ids used but not declared: drawn in red, so nothing silently disappears.
    for (std::size_t i = 0; i < names.undeclared().size(); ++i) {
        out.append("  x").append(std::to_string(i)).append(" [shape=box, style=dashed, color=\"#cc0000\", label=<");
        detail::append_dot_html(out, names.undeclared()[i]);
        out.append("<BR/><FONT POINT-SIZE=\"8\">undeclared</FONT>>];\n");
    }

    if (opts.legend) {
        // One table node: compact wherever dot puts it.
        out.append("\n  legend [shape=plaintext, fontsize=9, label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"2\" "
                   "CELLPADDING=\"3\" COLOR=\"#bbbbbb\"><TR><TD COLSPAN=\"2\" BORDER=\"0\"><B>legend</B></TD></TR>");
        const source_kind kinds[] = {source_kind::organization, source_kind::publication, source_kind::person,
                                     source_kind::office,       source_kind::journalist,  source_kind::anonymous,
                                     source_kind::document};
        for (source_kind k : kinds) {
            bool used = false;
            for (const source_record& s : records.sources) used = used || s.kind == k;
            if (!used) continue;
            const detail::dot_style st = detail::dot_source_style(k);
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
            bool used = false;
            for (const claim_record& c : records.claims) used = used || c.kind == k;
            if (!used) continue;
            out.append("<TR><TD BGCOLOR=\"").append(detail::dot_claim_fill(k)).append("\">");
            out.append(detail::dot_claim_title(k)).append("</TD><TD BORDER=\"0\" ALIGN=\"LEFT\">claim (note)</TD></TR>");
        }
        out.append("<TR><TD BORDER=\"0\">&#8594; <I>cue</I></TD><TD BORDER=\"0\" ALIGN=\"LEFT\">source to claim, "
                   "as the story attributes it</TD></TR>"
                   "<TR><TD BORDER=\"0\"><FONT COLOR=\"#8e44ad\"><B>- - &#8594;</B></FONT></TD><TD BORDER=\"0\" "
                   "ALIGN=\"LEFT\">first-hand source of a relayed claim</TD></TR>"
                   "<TR><TD BORDER=\"0\"><FONT COLOR=\"#b8782a\">&#8592; - -</FONT></TD><TD BORDER=\"0\" "
                   "ALIGN=\"LEFT\">on behalf of (dashed), official of (dotted)</TD></TR>"
                   "</TABLE>>];\n");
    }
    out.append(cluster);
    out.append("}\n");
}

/// The story as a Graphviz digraph.
[[nodiscard]] inline std::string to_dot(const story_info& info, const story_records& records,
                                        const dot_options& opts = {}) {
    std::string out;
    write_dot(out, info, records, opts);
    return out;
}
template <exportable_story S>
[[nodiscard]] std::string to_dot(const S& story, const dot_options& opts = {}) {
    return to_dot(detail::info_of(story), story.records(), opts);
}

}  // namespace newsprov

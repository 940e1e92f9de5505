#pragma once
// Generic W3C PROV records (a document's foreign records, graph/prov_model.hpp)
// in DOT, in the W3C PROV graphic style: entities yellow ellipses, activities
// blue rectangles, agents orange houses, each relation an edge from its first
// argument to its second labelled with its PROV-N name (its id, time and
// attributes under it). A relation with more arguments (a derivation's
// activity, an association's plan...) meets them at a small point, one dashed
// edge per argument, labelled with the argument's role. Elements list their
// attributes under their name; a name used but never declared is drawn dashed
// in the shape its position implies; a bundle is a dashed cluster.
//
// io/dot.hpp calls this after the story's picture (names of story parts,
// "story:rubio", join the story's nodes), or alone for a document without any
// story part. Node names are generated (p3, r7), never taken from ids.

#include <newsprov/graph/prov_model.hpp>
#include <newsprov/io/dot_syntax.hpp>
#include <newsprov/io/prov_vocabulary.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace newsprov::detail {

struct dot_prov_style {
    std::string_view shape, fill, border;
};
[[nodiscard]] constexpr dot_prov_style dot_prov_node_style(vocab::arg_kind k) noexcept {
    switch (k) {
        case vocab::arg_kind::entity:
        case vocab::arg_kind::plan: return {"ellipse", "#FFFC87", "#808080"};
        case vocab::arg_kind::activity: return {"box", "#9FB1FC", "#0000FF"};
        case vocab::arg_kind::agent: return {"house", "#FED37F", "#000000"};
        case vocab::arg_kind::bundle: return {"folder", "#F0F0F0", "#808080"};
        default: return {"ellipse", "#FFFFFF", "#808080"};
    }
}
[[nodiscard]] constexpr vocab::arg_kind element_arg_kind(prov::record_kind k) noexcept {
    return k == prov::record_kind::activity ? vocab::arg_kind::activity
           : k == prov::record_kind::agent  ? vocab::arg_kind::agent
                                            : vocab::arg_kind::entity;
}

/// Appends "name = value" (a literal as written, its language after '@').
template <class = void>
inline void append_dot_attribute(std::string& out, std::string_view name, const prov::literal& v) {
    out.append("<BR/><FONT POINT-SIZE=\"9\">");
    append_dot_html(out, name);
    out.append(" = ");
    append_dot_html(out, v.text);
    if (!v.lang.empty()) {
        out.push_back('@');
        append_dot_html(out, v.lang);
    }
    out.append("</FONT>");
}

class dot_prov_writer {
public:
    /// `story_node`: the node of a story part a qualified name names, or nullptr.
    using story_lookup = std::function<std::optional<std::string>(std::string_view)>;

    template <class = void>
    dot_prov_writer(std::string& out, story_lookup story_node) : out_(out), story_node_(std::move(story_node)) {}

    /// The records of one container; `scope` 0 is the document, i + 1 its bundle i.
    template <class = void>
    void container(const prov::container& c, std::size_t scope, std::string_view indent) {
        // Elements first, one node per name (a name may be declared more than once).
        std::vector<std::string_view> order;
        // indexes into c.records by name (indexes: the map type the other id indexes use)
        std::unordered_map<std::string_view, std::vector<std::size_t>> declared;
        for (std::size_t i = 0; i < c.records.size(); ++i) {
            const prov::record& r = c.records[i];
            if (!vocab::is_element(r.kind)) continue;
            auto& records = declared[r.id];
            if (records.empty()) order.push_back(r.id);
            records.push_back(i);
        }
        for (std::string_view id : order) element(c.records, declared[id], scope, indent);
        for (const prov::record& r : c.records)
            if (!vocab::is_element(r.kind)) relation(r, scope, indent);
    }

private:
    template <class = void>
    [[nodiscard]] static std::string key(std::size_t scope, std::string_view qname) {
        return std::to_string(scope).append(1, ':').append(qname);
    }
    template <class = void>
    void node_start(const std::string& name, vocab::arg_kind kind, std::string_view indent, bool dashed) {
        const dot_prov_style st = dot_prov_node_style(kind);
        out_.append(indent).append(name).append(" [shape=").append(st.shape);
        out_.append(dashed ? ", style=\"filled,dashed\"" : ", style=filled").append(", fillcolor=\"").append(st.fill);
        out_.append("\", color=\"").append(st.border).append("\", label=<");
    }

    /// The node of records[i] for each i of `declarations` (one name declared once or more).
    template <class = void>
    void element(const std::vector<prov::record>& records, const std::vector<std::size_t>& declarations,
                 std::size_t scope, std::string_view indent) {
        const prov::record& first = records[declarations.front()];
        const std::string& name = nodes_.emplace(key(scope, first.id), "p" + std::to_string(nodes_.size())).first->second;
        node_start(name, element_arg_kind(first.kind), indent, false);
        append_dot_html(out_, first.id);
        for (std::size_t i : declarations) {
            const prov::record& r = records[i];
            if (r.kind != first.kind) {  // declared as another kind too: say so
                out_.append("<BR/><I>");
                out_.append(prov::info(r.kind).name).append("</I>");
            }
            for (std::size_t a = 0; a < prov::info(r.kind).arg_count; ++a)
                if (!r.args[a].empty())
                    append_dot_attribute(out_, prov::info(r.kind).args[a], prov::literal::string(r.args[a]));
            for (const prov::attribute& at : r.attributes) append_dot_attribute(out_, at.name, at.value);
        }
        out_.append(">];\n");
    }

    /// The node of `qname`: a story part's, an element's, or a new dashed one.
    template <class = void>
    std::string node(std::string_view qname, vocab::arg_kind kind, std::size_t scope, std::string_view indent) {
        if (scope == 0 && story_node_)
            if (std::optional<std::string> n = story_node_(qname)) return *n;
        const auto [it, added] = nodes_.emplace(key(scope, qname), "p" + std::to_string(nodes_.size()));
        if (added) {
            node_start(it->second, kind, indent, true);
            append_dot_html(out_, qname);
            out_.append(">];\n");
        }
        return it->second;
    }

    template <class = void>
    void relation(const prov::record& r, std::size_t scope, std::string_view indent) {
        const vocab::prov_o_kind& k = vocab::prov_o(r.kind);
        const prov::record_kind_info& info = prov::info(r.kind);
        std::string label;
        label.append("<B>").append(info.name).append("</B>");
        if (!r.id.empty()) {
            label.append("<BR/>");
            append_dot_html(label, r.id);
        }
        bool extras = false;
        for (std::size_t a = 2; a < info.arg_count; ++a) {
            if (r.args[a].empty()) continue;
            if (k.args[a] == vocab::arg_kind::time) append_dot_attribute(label, "time", prov::literal::string(r.args[a]));
            else extras = true;
        }
        for (const prov::attribute& at : r.attributes) append_dot_attribute(label, at.name, at.value);
        const std::string from = end_node(r, 0, scope, indent);
        const std::string to = end_node(r, 1, scope, indent);
        if (!extras) {
            out_.append(indent).append(from).append(" -> ").append(to).append(" [label=<").append(label).append(">];\n");
            return;
        }
        // More than two arguments: they meet at a point.
        const std::string point = "r" + std::to_string(points_++);
        out_.append(indent).append(point).append(" [shape=point, width=0.06];\n");
        out_.append(indent).append(from).append(" -> ").append(point);
        out_.append(" [arrowhead=none, label=<").append(label).append(">];\n");
        out_.append(indent).append(point).append(" -> ").append(to).append(";\n");
        for (std::size_t a = 2; a < info.arg_count; ++a) {
            if (r.args[a].empty() || k.args[a] == vocab::arg_kind::time) continue;
            const std::string other = node(r.args[a], k.args[a], scope, indent);
            out_.append(indent).append(point).append(" -> ").append(other).append(" [style=dashed, label=<");
            out_.append(info.args[a].substr(5)).append(">];\n");  // "prov:plan" -> "plan"
        }
    }

    /// The node at end `a` (0 or 1) of a relation; a point when the argument is absent.
    template <class = void>
    std::string end_node(const prov::record& r, std::size_t a, std::size_t scope, std::string_view indent) {
        if (!r.args[a].empty()) return node(r.args[a], vocab::prov_o(r.kind).args[a], scope, indent);
        std::string point = "r" + std::to_string(points_++);
        out_.append(indent).append(point).append(" [shape=point, width=0.06, label=\"-\"];\n");
        return point;
    }

    std::string& out_;
    story_lookup story_node_;
    std::unordered_map<std::string, std::string> nodes_;
    std::size_t points_ = 0;
};

/// The document's generic records, its bundles as clusters, inside a digraph
/// the caller opened.
template <class = void>
inline void write_dot_prov_records(std::string& out, const prov::model& doc,
                                   dot_prov_writer::story_lookup story_node) {
    dot_prov_writer w(out, std::move(story_node));
    w.container(doc.top, 0, "  ");
    for (std::size_t b = 0; b < doc.bundles.size(); ++b) {
        out.append("  subgraph cluster_bundle").append(std::to_string(b)).append(" {\n");
        out.append("    style=\"dashed,rounded\"; color=\"#808080\"; label=<bundle ");
        append_dot_html(out, doc.bundles[b].id);
        out.append(">;\n");
        w.container(doc.bundles[b].content, b + 1, "    ");
        out.append("  }\n");
    }
}

/// A document of generic records alone, as a digraph.
template <class = void>
inline void write_dot_prov(std::string& out, const prov::model& doc, dot_prov_writer::story_lookup story_node) {
    out.append("digraph prov {\n");
    out.append("  graph [rankdir=BT, fontname=\"Helvetica\", bgcolor=\"white\", pad=0.3];\n");
    out.append("  node [fontname=\"Helvetica\", fontsize=11];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\"];\n");
    write_dot_prov_records(out, doc, std::move(story_node));
    out.append("}\n");
}

}  // namespace newsprov::detail

#pragma once
// The closed vocabulary that the rule table speaks: kinds of source, kinds of
// claim, roles a source can hold, and kinds of relation. Sets of kinds are bit
// masks so that a rule is plain data, equally usable by the compiler and at run time.

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>

namespace newsprov {

/// Who or what information comes from.
enum class source_kind : std::uint8_t {
    person,        ///< a named individual
    office,        ///< a position rather than its holder: "the mayor of Kharkiv"
    organization,  ///< a government, ministry, company, party, army...
    publication,   ///< an outlet or wire service
    journalist,    ///< a reporter, as byline, contributor or observer
    anonymous,     ///< an unnamed source; must carry the reason anonymity was granted
    document,      ///< a statement, report, memorandum, filing...
};
inline constexpr std::array all_source_kinds{
    source_kind::person,     source_kind::office,    source_kind::organization, source_kind::publication,
    source_kind::journalist, source_kind::anonymous, source_kind::document};

/// The role a source plays towards another (PROV actedOnBehalfOf).
enum class source_role : std::uint8_t {
    none,
    official_of,       ///< holds an office in an organization: "Ukraine's economy minister"
    spokesperson_for,  ///< speaks for an organization: "Kremlin spokesman Dmitry Peskov"
};
inline constexpr std::array all_source_roles{source_role::none, source_role::official_of,
                                             source_role::spokesperson_for};

/// What kind of statement a claim is.
enum class claim_kind : std::uint8_t {
    direct_quote,     ///< the speaker's words, verbatim and in quotation marks
    mixed_quote,      ///< a paraphrase with quoted fragments
    paraphrase,       ///< reported speech without quotation marks
    reported_figure,  ///< quantities with units, possibly with parts
    denial,           ///< a denial, refusal or "declined to comment"
    observation,      ///< what the reporter saw or established
};
inline constexpr std::array all_claim_kinds{claim_kind::direct_quote, claim_kind::mixed_quote,
                                            claim_kind::paraphrase,   claim_kind::reported_figure,
                                            claim_kind::denial,       claim_kind::observation};

/// Kinds of document that a document source can be.
enum class document_kind : std::uint8_t { statement, report, memorandum, filing, transcript, article, other };

/// Relations between the parts of a story; each maps to a PROV relation.
enum class relation_kind : std::uint8_t {
    attribution,   ///< claim wasAttributedTo source (with its cue)
    on_behalf_of,  ///< source actedOnBehalfOf principal
    relayed_by,    ///< a claim of one source passed on by another (second hand)
    quoted_from,   ///< document quotes another (prov:Quotation)
    derived_from,  ///< document wasDerivedFrom another
    revision_of,   ///< document is a revision of another (prov:Revision)
    byline,        ///< story wasAttributedTo its byline
    contributor,   ///< story had contributions from a journalist
};

[[nodiscard]] constexpr std::string_view to_string(source_kind k) noexcept {
    constexpr std::array<std::string_view, 7> names{"person",     "office",    "organization", "publication",
                                                    "journalist", "anonymous", "document"};
    return names[static_cast<std::size_t>(k)];
}
[[nodiscard]] constexpr std::string_view to_string(source_role r) noexcept {
    constexpr std::array<std::string_view, 3> names{"none", "official-of", "spokesperson-for"};
    return names[static_cast<std::size_t>(r)];
}
[[nodiscard]] constexpr std::string_view to_string(claim_kind k) noexcept {
    constexpr std::array<std::string_view, 6> names{"direct-quote",    "mixed-quote", "paraphrase",
                                                    "reported-figure", "denial",      "observation"};
    return names[static_cast<std::size_t>(k)];
}
[[nodiscard]] constexpr std::string_view to_string(document_kind k) noexcept {
    constexpr std::array<std::string_view, 7> names{"statement",  "report",  "memorandum", "filing",
                                                    "transcript", "article", "other"};
    return names[static_cast<std::size_t>(k)];
}
[[nodiscard]] constexpr std::string_view to_string(relation_kind k) noexcept {
    constexpr std::array<std::string_view, 8> names{"attribution", "on-behalf-of", "relayed-by",
                                                    "quoted-from", "derived-from", "revision-of",
                                                    "byline",      "contributor"};
    return names[static_cast<std::size_t>(k)];
}

/// Parses the names that to_string() prints (used by readers of documents).
template <class Kind, std::size_t N>
[[nodiscard]] constexpr std::optional<Kind> kind_from_string(std::string_view name,
                                                             const std::array<Kind, N>& all) noexcept {
    for (Kind k : all)
        if (to_string(k) == name) return k;
    return std::nullopt;
}

/// A set of enumerators of one kind, as a bit mask.
template <class Kind>
class kind_set {
public:
    constexpr kind_set() noexcept = default;
    constexpr kind_set(std::initializer_list<Kind> kinds) noexcept {
        for (Kind k : kinds) bits_ |= bit(k);
    }
    [[nodiscard]] static constexpr kind_set all() noexcept {
        kind_set s;
        s.bits_ = 0xFFFFFFFFu;
        return s;
    }
    [[nodiscard]] constexpr bool contains(Kind k) const noexcept { return (bits_ & bit(k)) != 0; }
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    [[nodiscard]] constexpr kind_set without(Kind k) const noexcept {
        kind_set s = *this;
        s.bits_ &= ~bit(k);
        return s;
    }
    [[nodiscard]] constexpr kind_set with(Kind k) const noexcept {
        kind_set s = *this;
        s.bits_ |= bit(k);
        return s;
    }
    friend constexpr bool operator==(kind_set, kind_set) noexcept = default;

private:
    static constexpr std::uint32_t bit(Kind k) noexcept { return std::uint32_t{1} << static_cast<unsigned>(k); }
    std::uint32_t bits_ = 0;
};

using source_kinds = kind_set<source_kind>;
using claim_kinds = kind_set<claim_kind>;
using source_roles = kind_set<source_role>;

}  // namespace newsprov

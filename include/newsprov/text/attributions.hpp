#pragma once
// Attribution finding within one sentence: cue, source, content, kind.
//
// The patterns, in the order they are tried for each cue word:
//   "According to X, C."  /  "C, according to X."  /  "C, according to X, C2."
//   "'C,' X said."  /  "'C,' said X, a doctor."  /  "C, X said, C2."   (cue after content)
//   "X said (that) C."  /  "X said: 'C'"  /  "X told reporters C."   (cue before content)
// Sources are noun phrases with titles and appositives ("Hugh Hill, a doctor,
// said"); the cue span takes auxiliaries and adverbs before the verb ("has also
// said"), particles after it ("pointed out", "called for"), a medium ("in a
// statement") and a time ("on Friday"). Verbs of thought and intention fire only
// with a clausal complement (see cues.hpp).

#include <newsprov/text/cues.hpp>
#include <newsprov/text/quotes.hpp>
#include <newsprov/text/sentences.hpp>
#include <newsprov/text/sources.hpp>
#include <newsprov/text/tokens.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

namespace newsprov::text {

enum class quote_kind : std::uint8_t { direct, mixed, indirect };

[[nodiscard]] constexpr std::string_view to_string(quote_kind k) noexcept {
    switch (k) {
        case quote_kind::direct: return "direct";
        case quote_kind::mixed: return "mixed";
        case quote_kind::indirect: return "indirect";
    }
    return "indirect";
}

/// One attribution: what was said (content), by whom (source), how (cue).
/// Each role may have several parts ("A," he said, "B." has two content parts).
struct attribution {
    std::vector<span> content;
    std::vector<span> source;
    std::vector<span> cue;
    quote_kind kind = quote_kind::indirect;
    std::string speaker;  ///< canonical name: "Dmitry Peskov", "mayor of Kharkiv"; empty when unknown
};

namespace detail {

inline constexpr std::array<std::string_view, 45> cue_modifiers{
    "also", "has", "have", "had", "will", "would", "could", "may", "might", "should", "did", "does", "do", "not",
    "later", "previously", "again", "once", "recently", "repeatedly", "reportedly", "publicly", "privately", "often",
    "then", "still", "already", "now", "never", "ever", "always", "even", "just", "further", "first", "initially", "long",
    "had", "didn't", "doesn't", "hasn't", "haven't", "won't", "wouldn't", "frequently"};

// Words in -ly that are not adverbs, the nouns above all: "the family said" has
// the cue "said", not "family said".
// (ly_adverb() only asks about words of more than four letters.)
inline constexpr std::array<std::string_view, 13> ly_non_adverbs{
    "family", "rally", "assembly", "supply", "reply", "monopoly", "anomaly", "bully", "belly", "folly", "homily",
    "elderly", "early"};

// Words that end a noun phrase when walking left from a cue.
inline constexpr std::array<std::string_view, 72> np_stops{
    "that", "and", "but", "or", "because", "when", "while", "if", "as", "after", "before", "since", "although", "though",
    "where", "than", "whether", "so", "is", "was", "are", "were", "be", "been", "being", "to", "not", "said", "says",
    "say", "told", "what", "how", "why", "whom", "whose", "until", "unless", "yet", "nor", "has", "have", "had", "will",
    "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "also", "then", "just", "even",
    "about", "by", "with", "into", "on", "against", "during", "without", "over", "under", "like", "through", "upon",
    "once"};

inline constexpr std::array<std::string_view, 20> days{
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "today", "earlier",
    "tonight", "Monday's", "late", "recently", "night", "morning", "afternoon", "evening", "week", "month"};

inline constexpr std::array<std::string_view, 16> media{
    "statement", "interview", "tweet", "speech", "post", "letter", "video", "email", "op-ed", "memo", "release",
    "remarks", "appearance", "column", "message", "filing"};

inline constexpr std::array<std::string_view, 14> object_pronouns{
    "him", "her", "them", "me", "us", "reporters", "supporters", "journalists", "lawmakers", "voters", "you",
    "listeners", "viewers", "audiences"};

inline constexpr std::array<std::string_view, 12> complementizers{
    "that", "whether", "if", "how", "what", "why", "when", "who", "where", "which", "whom", "whatever"};

inline constexpr std::array<std::string_view, 14> months_short{
    "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
    "December", "UPDATE", "Note", "Editor"};

// Prepositions and adverbs that open circumstances after a cue ("said in 2001 that").
inline constexpr std::array<std::string_view, 16> circumstance_openers{
    "in", "on", "at", "during", "following", "after", "of", "per", "among", "for", "with", "from", "before", "over",
    "back", "via"};

// Prepositions before a participle that reports ("by saying", "for saying").
inline constexpr std::array<std::string_view, 7> participle_preps{
    "by", "from", "for", "after", "before", "of", "while"};

// Polls and surveys, which report "in": "In a CNN poll, 50 percent ...".
inline constexpr std::array<std::string_view, 4> poll_nouns{"poll", "polls", "survey", "surveys"};

// Documents and data that show, indicate or find ("the poll shows a slim lead").
inline constexpr std::array<std::string_view, 34> document_nouns{
    "poll", "polls", "survey", "surveys", "study", "studies", "records", "record", "report", "reports", "data",
    "results", "filings", "documents", "emails", "analysis", "video", "figures", "numbers", "estimates", "research",
    "statistics", "audit", "review", "average", "averages", "transcript", "slide", "tally", "count", "chart",
    "footage", "index", "polling"};

// Labels of editorial notices ("CORRECTION: ..."), not speakers.
inline constexpr std::array<std::string_view, 10> notice_labels{
    "clarification", "correction", "update", "updated", "note", "editor", "related", "watch", "read", "photo"};

// Subordinators that open a circumstance, not a report, right after a cue.
inline constexpr std::array<std::string_view, 6> subordinators{"when", "while", "after", "before", "because", "since"};

// Words after an attribution's cue that end it ("said as he left", "said at a rally").
inline constexpr std::array<std::string_view, 10> attribution_tail_words{
    "as", "at", "in", "on", "during", "after", "before", "while", "when", "of"};

// Words that, after a comma, open a clause outside a reported content.
inline constexpr std::array<std::string_view, 10> clause_breaks{
    "but", "which", "while", "although", "though", "even", "despite", "whereas", "compared", "however"};

// Words that can start a time phrase after a cue ("on Friday", "last week", "Tuesday night").
inline constexpr std::array<std::string_view, 24> time_starts{
    "on", "last", "this", "earlier", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "yesterday", "today", "tonight", "Monday's", "late", "recently", "night", "morning", "afternoon", "evening",
    "week", "month", "year"};

// Openers of an adverbial before a sentence's subject ("In Paris, ...").
inline constexpr std::array<std::string_view, 22> subject_openers{
    "in", "on", "at", "after", "before", "during", "when", "while", "later", "meanwhile", "still", "however",
    "earlier", "since", "as", "with", "without", "despite", "for", "from", "speaking", "asked"};

// Cue lemmas that are also nouns ("his remarks", "the questions").
inline constexpr std::array<std::string_view, 32> homograph_nouns{
    "question", "remark", "report", "claim", "call", "plan", "note", "state", "tweet", "post", "comment",
    "answer", "reply", "demand", "request", "doubt", "fear", "hope", "support", "show", "offer", "promise",
    "pledge", "attack", "charge", "quote", "counter", "label", "brand", "figure", "protest", "signal"};

// Finite auxiliaries and copulas: a phrase holding one is a clause, not a noun phrase.
inline constexpr std::array<std::string_view, 21> finite_verbs{
    "is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "can", "should", "did", "does", "do",
    "may", "might", "must", "isn't", "wasn't", "won't"};

inline constexpr std::array<std::string_view, 16> determiners{
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "of", "no", "any"};

// Participles that name a poll's respondents ("those surveyed say", "voters polled said").
inline constexpr std::array<std::string_view, 6> respondent_participles{"surveyed", "polled", "questioned",
                                                                       "interviewed", "sampled", "asked"};

inline constexpr std::array<std::string_view, 11> subject_words{
    "he", "she", "they", "i", "we", "it", "there", "the", "his", "her", "their"};

}  // namespace detail

/// State for attribution finding across the sentences of one article.
class attribution_finder {
public:
    struct paragraph_view {
        std::string_view text;
        const std::vector<token>* toks;
        const std::vector<quotation>* quotes;
        const std::vector<std::uint32_t>* inside;
    };

    void reset() {
        memory_.clear();
        pending_subject_.clear();
        pending_colon_ = no_token;
    }

    /// Finds the attributions of sentence [f, l) of a paragraph; appends to `out`.
    void find(const paragraph_view& p, sentence s, std::vector<attribution>& out) {
        p_ = &p;
        f_ = s.first;
        l_ = s.last;
        // trailing sentence punctuation is not content
        le_ = l_;
        while (le_ > f_ && is_punct(le_ - 1) && ch(le_ - 1) != U')') --le_;
        last_source_span_ = {};
        headline_ = 0;
        // '"A," he said. "B."': a sentence that is only a quotation continues the
        // direct quote before it in the same paragraph
        // (any kind: '"A" of B, X said. "C."' continues too), and so does one that
        // opens with a quotation and has no cue of its own ('"C" for D.'). A
        // paragraph that opens with such a quotation continues the previous one's.
        // A quotation that runs past the sentence (continued across sentences or
        // paragraphs) continues too, sentence by sentence.
        const bool starts_quoted =
            is_open_quote(f_) || (in_quote(f_) && (*p_->quotes)[(*p_->inside)[f_]].open < f_);
        // '"PENCE: Well, ...': a transcript's new speaker does not continue the last one
        const bool new_speaker = f_ == 0 && is_open_quote(f_) && f_ + 2 < le_ && upper(f_ + 1) &&
                                 (is_ch(f_ + 2, U':') || (f_ + 3 < le_ && upper(f_ + 2) && is_ch(f_ + 3, U':')));
        if (follow_ != no_token && follow_ < out.size() && starts_quoted && !new_speaker) {
            const std::uint32_t qe = quote_end((*p_->quotes)[(*p_->inside)[f_]].open);
            if (qe + 1 >= l_) {
                attribution& prev = out[follow_];
                if (prev.content.empty()) prev.kind = quote_kind::direct;
                else if (prev.kind != quote_kind::direct) prev.kind = quote_kind::mixed;
                append_part(prev, range(f_, qe < l_ ? qe + 1 : (le_ > f_ ? le_ : l_)));
                return;
            }
            if (qe < l_ && !has_own_cue(qe + 1)) {
                attribution& prev = out[follow_];
                const std::uint32_t e = qe + 1 >= le_ ? qe + 1 : le_;
                const quote_kind part = qe + 1 >= le_ ? quote_kind::direct : quote_kind::mixed;
                if (prev.content.empty()) prev.kind = part;
                else if (prev.kind != part) prev.kind = quote_kind::mixed;
                append_part(prev, range(f_, e));
                return;
            }
        }
        follow_ = no_token;
        sentence_out_begin_ = out.size();
        subject_ = sentence_subject(l_);
        {
            // a named subject is a likely referent for a later "he" or "she": keep its
            // tokens and name it only when a pronoun needs it
            const auto [b, e] = subject_;
            if ((e > b + 1 || (e == b + 1 && b > f_ && is_title(word(b - 1)))) && e - b <= 8) {
                pending_subject_.assign(p.toks->begin() + b, p.toks->begin() + e);
            }
        }
        std::uint32_t next_free = f_;  // tokens before this are used by an earlier cue in the sentence
        speaker_colon(out);
        dash_credits(out);
        for (std::uint32_t k = f_; k < l_; ++k) {
            const token& t = tok(k);
            if (t.kind != token_kind::word) continue;
            // only cue words, "in" and "according" start anything below ("asked" is a cue)
            if (t.cue == 0xFFFF && t.end - t.begin != 2 && t.end - t.begin != 9) continue;
            if (in_quote(k)) continue;
            const char c0 = p.text[t.begin];
            // "Lopez was asked whether ...": the passive names the one asked, not the
            // asker; PolNeAR marks "was asked" and the question, without a source
            const bool asked = (c0 == 'a' || c0 == 'A') && lower_is(k, "asked") && k + 1 < le_ && !in_quote(k + 1);
            const bool passive_ask = asked && k > f_ && k >= next_free && !lower_is(k + 1, "to") &&
                                     (lower_is(k - 1, "was") || lower_is(k - 1, "were") || lower_is(k - 1, "is") ||
                                      lower_is(k - 1, "are"));
            if (asked && (k == f_ || lower_is(k - 1, "when") || lower_is(k - 1, "if") || is_ch(k - 1, U',') || passive_ask)) {
                // "When asked whether ...": a question without a named asker
                std::uint32_t c = k + 1;
                std::uint32_t asker_b = 0;
                std::uint32_t asker_e = 0;
                if (lower_is(c, "by")) {  // "asked by a reporter whether"
                    asker_b = c + 1;
                    asker_e = asker_b;
                    while (asker_e < le_ && asker_e < asker_b + 6 && !in<detail::complementizers>(asker_e) &&
                           !lower_is(asker_e, "about") && !is_punct(asker_e))
                        ++asker_e;
                    c = asker_e;
                }
                if (c < le_ && (in<detail::complementizers>(c) || lower_is(c, "about") || lower_is(c, "to"))) {
                    attribution a;
                    const std::uint32_t ce = lower_is(c, "about") ? c + 1 : c;
                    a.cue.push_back(range(passive_ask ? k - 1 : k, lower_is(c, "about") ? c + 1 : k + 1));
                    if (asker_e > asker_b) set_source(a, asker_b, asker_e);
                    std::uint32_t e = ce;
                    while (e < le_ && !is_ch(e, U',')) {
                        if (is_open_quote(e)) {
                            e = quote_end(e);
                            // '... “realistic enough,” 72 percent said': the comma inside the quotation
                            if (is_ch(e - 1, U',')) {
                                ++e;
                                break;
                            }
                        }
                        ++e;
                    }
                    if (e > ce) {
                        add_content(a, ce, e);
                        finish(a, out);
                        follow_ = no_token;
                    }
                    continue;
                }
            }
            // a report inside a content ("X said that Y promised to ...") is part of
            // that content: PolNeAR rarely marks it as an attribution of its own
            if (k < next_free) continue;
            std::uint32_t used = 0;
            if ((c0 == 'i' || c0 == 'I') && lower_is(k, "in") && k + 2 < le_) {
                attribution a;
                if (poll_in(k, a, used)) {
                    finish(a, out);
                    next_free = used;
                    continue;
                }
            }
            if ((c0 == 'a' || c0 == 'A') && lower_is(k, "according") && k + 1 < l_ && lower_is(k + 1, "to")) {
                attribution a;
                if (according_to(k, a, used)) {
                    finish(a, out);
                    next_free = used;
                }
                continue;
            }
            // a capitalized cue only right after an opening quotation mark ("'Yes,' Said ..." is rare)
            if (t.has(tf_upper) && !(k == f_ + 1 && tok(f_).kind == token_kind::quote) && !headline_cue(k)) continue;
            const cue_match m = cue_at(k);
            if (!m) continue;
            attribution a;  // only for cue words: most words are not
            colon_pending_ = false;
            cue_after_ = false;
            if (try_cue(k, m, a, used)) {
                if (colon_pending_) {
                    out.push_back(std::move(a));
                    pending_colon_ = out.size() - 1;
                    follow_ = no_token;
                } else {
                    finish(a, out);
                }
                last_source_span_ = out.back().source.empty() ? span{} : out.back().source.front();
                last_speaker_ = out.back().speaker;
                next_free = used;
            }
        }
    }

    /// A paragraph starts: hand a pending "X said:" its quotation.
    void paragraph_start(const paragraph_view& p, std::vector<attribution>& out) {
        // A paragraph that opens with a quotation continues the last speaker's
        // quotation when that one quoted (direct or mixed), and is what a pending
        // "X said:" introduced; its sentences are appended in find().
        const bool opens_quote = !p.quotes->empty() && (*p.quotes)[0].open == 0;
        if (pending_colon_ != no_token && pending_colon_ < out.size()) {
            follow_ = opens_quote ? pending_colon_ : no_token;
            pending_colon_ = no_token;
            return;
        }
        pending_colon_ = no_token;
        if (!opens_quote || follow_ == no_token || follow_ >= out.size() || out[follow_].kind == quote_kind::indirect)
            follow_ = no_token;
    }

private:
    // ---- token helpers ----
    [[nodiscard]] const token& tok(std::uint32_t k) const { return (*p_->toks)[k]; }
    /// The cue lexicon entry of word k (looked up once per token, see annotate_cues).
    [[nodiscard]] cue_match cue_at(std::uint32_t k) const {
        const token& t = tok(k);
        if (t.cue == 0xFFFF) return {};
        return {&detail::cue_lemmas[t.cue], static_cast<verb_form>(t.cue_form)};
    }
    [[nodiscard]] std::string_view word(std::uint32_t k) const {
        return p_->text.substr(tok(k).begin, tok(k).end - tok(k).begin);
    }
    [[nodiscard]] bool is_word(std::uint32_t k) const { return tok(k).kind == token_kind::word; }
    [[nodiscard]] bool is_punct(std::uint32_t k) const {
        return tok(k).kind == token_kind::punct || tok(k).kind == token_kind::quote;
    }
    [[nodiscard]] char32_t ch(std::uint32_t k) const { return tok(k).ch; }
    [[nodiscard]] bool is_ch(std::uint32_t k, char32_t c) const { return tok(k).kind == token_kind::punct && tok(k).ch == c; }
    [[nodiscard]] bool upper(std::uint32_t k) const { return is_word(k) && tok(k).has(tf_upper); }
    /// An adverb in -ly ("repeatedly", "sarcastically"): a lower-case word of more
    /// than four letters in -ly that is not one of the -ly nouns and adjectives.
    [[nodiscard]] bool ly_adverb(std::uint32_t k) const {
        return is_word(k) && !upper(k) && word(k).size() > 4 && word(k).ends_with("ly") && !in<detail::ly_non_adverbs>(k);
    }
    [[nodiscard, gnu::always_inline]] bool lower_is(std::uint32_t k, std::string_view w) const {
        const token& t = tok(k);
        return t.end - t.begin == w.size() && t.kind == token_kind::word && detail::iequals(word(k), w);
    }
    /// Is word k one of List's words (ASCII case-insensitive)? One hash lookup.
    template <const auto& List>
    [[nodiscard]] bool in(std::uint32_t k) const {
        return is_word(k) && detail::in_set<List>(word(k));
    }
    [[nodiscard]] bool in_quote(std::uint32_t k) const { return (*p_->inside)[k] != no_token; }
    [[nodiscard]] bool is_open_quote(std::uint32_t k) const {
        return tok(k).kind == token_kind::quote && in_quote(k) && (*p_->quotes)[(*p_->inside)[k]].open == k;
    }
    [[nodiscard]] bool is_close_quote(std::uint32_t k) const {
        return tok(k).kind == token_kind::quote && in_quote(k) && (*p_->quotes)[(*p_->inside)[k]].close == k;
    }
    /// Last token index of the quotation opening at k.
    [[nodiscard]] std::uint32_t quote_end(std::uint32_t k) const {
        const quotation& q = (*p_->quotes)[(*p_->inside)[k]];
        return q.close == no_token ? static_cast<std::uint32_t>(p_->toks->size() - 1) : q.close;
    }
    [[nodiscard]] span range(std::uint32_t a, std::uint32_t b) const {  // tokens [a, b)
        return {tok(a).begin, tok(b - 1).end};
    }
    [[nodiscard]] bool dash(std::uint32_t k) const {
        return tok(k).kind == token_kind::punct && (is_dash(tok(k).ch) || (tok(k).ch == U'-' && tok(k).has(tf_space_before)));
    }

    // ---- the pieces ----

    /// Extends the cue left over auxiliaries and adverbs; returns its first token.
    [[nodiscard]] std::uint32_t cue_left(std::uint32_t k) const {
        std::uint32_t b = k;
        // "made it clear that", "has made clear": the light verb is part of the cue
        if (lower_is(b, "clear")) {
            if (b >= f_ + 2 && lower_is(b - 1, "it")) --b;
            if (b > f_ && (lower_is(b - 1, "made") || lower_is(b - 1, "make") || lower_is(b - 1, "makes") ||
                           lower_is(b - 1, "making")))
                --b;
            else
                return k;
        }
        // "went on to say", "goes on to argue": the verb of the report is the one after "to"
        if (b >= f_ + 3 && lower_is(b - 1, "to") && lower_is(b - 2, "on") &&
            (lower_is(b - 3, "went") || lower_is(b - 3, "goes") || lower_is(b - 3, "go") || lower_is(b - 3, "going")))
            b -= 3;
        while (b > f_ && (in<detail::cue_modifiers>(b - 1) || ly_adverb(b - 1))) --b;
        return b;
    }

    /// Extends the cue right over particles, a medium and a time; returns one past it.
    [[nodiscard]] std::uint32_t cue_right(std::uint32_t k, const cue_lemma& lem) const {
        std::uint32_t e = k + 1;
        const std::string_view lemma = lem.lemma;
        auto particle = [&](std::uint32_t j) {
            if (j >= le_ || !is_word(j)) return false;
            const std::string_view w = word(j);
            if (w == "out") return lemma == "point" || lemma == "speak" || lemma == "lay" || lemma == "rule";
            if (w == "for" || w == "on") return lemma == "call" || lemma == "comment" || lemma == "elaborate" || lemma == "hope";
            if (w == "about") return lemma == "talk" || lemma == "speak" || lemma == "ask" || lemma == "write" ||
                                     lemma == "complain" || lemma == "joke" || lemma == "worry" || lemma == "warn" ||
                                     lemma == "know" || lemma == "learn" || lemma == "hear" || lemma == "boast" || lemma == "brag";
            if (w == "of") return lemma == "speak" || lemma == "warn" || lemma == "boast";
            if (w == "to") return lemma == "respond" || lemma == "reply" || lemma == "object" || lemma == "point" || lemma == "refer";
            if (w == "up") return lemma == "bring" || lemma == "sum";
            return false;
        };
        if (particle(e)) ++e;
        // "said repeatedly that", "wrote recently:", "said sarcastically.": a manner or
        // time adverb right after the verb belongs to the cue when the complement (or
        // the sentence) follows at once, as one before it does ("has repeatedly said")
        if (e < le_ && ly_adverb(e) && !in_quote(e) &&
            (e + 1 >= le_ || is_ch(e + 1, U',') || is_ch(e + 1, U':') || lower_is(e + 1, "that") || is_open_quote(e + 1)))
            ++e;
        // "in a statement" belongs to the cue as PolNeAR marks it; "in an interview
        // (with X)", "in an email", "on Twitter" do not, but are skipped before the content
        std::uint32_t skip = e;
        if (e + 2 < le_ && (lower_is(e, "in") || lower_is(e, "during")) && (lower_is(e + 1, "a") || lower_is(e + 1, "an") ||
                                                                             lower_is(e + 1, "the") || lower_is(e + 1, "his") || lower_is(e + 1, "her"))) {
            std::uint32_t j = e + 2;
            while (j < le_ && j < e + 5 && is_word(j) && !in<detail::media>(j) && !upper(j)) ++j;
            if (j < le_ && (lower_is(j, "statement") || lower_is(j, "release"))) e = skip = j + 1;
            else if (j < le_ && in<detail::media>(j)) {
                skip = j + 1;
                if (skip + 1 < le_ && lower_is(skip, "with") && upper(skip + 1)) {  // "with The Associated Press"
                    ++skip;
                    while (skip < le_ && (upper(skip) || lower_is(skip, "of"))) ++skip;
                }
            }
        } else if (e + 1 < le_ && lower_is(e, "on") && (lower_is(e + 1, "Twitter") || lower_is(e + 1, "Facebook"))) {
            skip = e + 2;
        }
        // a time: "on Friday", "Tuesday night", "last week": not part of the cue, skipped before content
        time_end_ = skip_time(skip, k);
        return e;
    }

    [[nodiscard]] std::uint32_t skip_time(std::uint32_t e, std::uint32_t k) const {
        for (int round = 0; round < 2; ++round) {
            if (e >= le_ || !in<detail::time_starts>(e)) break;  // one lookup settles most cases
            if (e < le_ && lower_is(e, "on") && e + 1 < le_ && in<detail::days>(e + 1)) e += 2;
            else if (e + 1 < le_ && (lower_is(e, "last") || lower_is(e, "this") || lower_is(e, "earlier")) &&
                     (lower_is(e + 1, "week") || lower_is(e + 1, "month") || lower_is(e + 1, "year") || in<detail::days>(e + 1)))
                e += 2;
            else if (e < le_ && in<detail::days>(e) && upper(e)) ++e;
            else if (e < le_ && (lower_is(e, "night") || lower_is(e, "morning") || lower_is(e, "afternoon") ||
                                 lower_is(e, "evening")) && e > k + 1)
                ++e;
        }
        return e;
    }

    /// The noun phrase ending just before token `end` (exclusive), walking left.
    /// Returns its first token, or `end` when there is none.
    [[nodiscard]] std::uint32_t np_left(std::uint32_t& end) const {
        if (end <= f_) return end;
        // "McAuliffe on Friday announced": a time between subject and verb
        if (end >= f_ + 3 && lower_is(end - 2, "on") && in<detail::days>(end - 1)) end -= 2;
        else if (end >= f_ + 2 && upper(end - 1) && in<detail::days>(end - 1)) end -= 1;
        // "Leaders, for instance, noted" / "Kirk, R-Ill., said"
        if (end >= f_ + 4 && is_ch(end - 1, U',') && is_ch(end - 4, U',') && lower_is(end - 3, "for") &&
            (lower_is(end - 2, "instance") || lower_is(end - 2, "example")))
            end -= 4;
        // a noun that doubles as a cue ("his remarks", "the questions") follows a determiner
        std::uint32_t j = end - 1;
        if (is_word(j) && is_pronoun(word(j)) && !lower_is(j, "it") && !lower_is(j, "her") && !lower_is(j, "him") &&
            !lower_is(j, "them") && !lower_is(j, "me") && !lower_is(j, "us")) {
            return j;
        }
        if (is_word(j) && lower_is(j, "it")) return j;
        // "X, a doctor, said" / "X, 49, who ..., said": appositive segments between
        // commas, walking left until a segment that starts with a name
        if (is_ch(j, U',')) {
            std::uint32_t c = j;  // the comma closing the current segment
            for (int segs = 0; segs < 4; ++segs) {
                std::uint32_t b = c;
                while (b > f_ && c - b < 40 && !is_ch(b - 1, U',') && !in_quote(b - 1) && !is_ch(b - 1, U';') &&
                       !dash(b - 1) && !is_ch(b - 1, U':'))
                    --b;
                if (b == c || b <= f_ || !is_ch(b - 1, U',') || c - b >= 40) return end;
                // the segment [b, c) is an appositive when it starts like one
                const bool appositive = in<detail::determiners>(b) || lower_is(b, "who") || lower_is(b, "which") ||
                                        lower_is(b, "whose") || lower_is(b, "now") || lower_is(b, "former") ||
                                        tok(b).kind == token_kind::number || (is_word(b) && !upper(b)) ||
                                        (upper(b) && is_title(word(b))) ||
                                        (is_word(b) && word(b).find('-') != std::string_view::npos && c - b <= 3);
                if (!appositive) {
                    // "A Twitter spokesman, Christopher Abboud, said": a name in apposition to a title
                    if (segs == 0 && upper(b) && b >= f_ + 2) {
                        const std::uint32_t title_start = np_left_plain(b - 1);
                        if (title_start < b - 1 && title_start == sentence_subject_start() &&
                            (in<detail::determiners>(title_start) || upper(title_start)))
                            return title_start;
                        return b;
                    }
                    return end;
                }
                const std::uint32_t name_start = np_left_plain(b - 1);
                if (name_start < b - 1 && (upper(name_start) || in<detail::determiners>(name_start)) &&
                    (upper(b - 2) || tok(b - 2).kind == token_kind::word || is_ch(b - 2, U')') || is_ch(b - 2, U'.')))
                    return name_start;
                c = b - 1;
            }
            return end;
        }
        return np_left_plain(end);
    }

    [[nodiscard]] std::uint32_t np_left_plain(std::uint32_t end) const {
        std::uint32_t b = end;
        int words = 0;
        while (b > f_ && words < 10) {
            const std::uint32_t j = b - 1;
            if (in_quote(j)) break;
            if (is_ch(j, U')')) {  // "(R-Ky.)"
                std::uint32_t o = j;
                while (o > f_ && !is_ch(o - 1, U'(') && o + 8 > j) --o;
                if (o > f_ && is_ch(o - 1, U'(')) {
                    b = o - 1;
                    continue;
                }
                break;
            }
            if (is_ch(j, U'.') && j > f_ && toks_adjacent(j - 1, j) && is_word(j - 1) &&
                (is_title(word(j - 1)) || detail::is_abbreviation(word(j - 1)) || word(j - 1).size() == 1)) {
                b = j;  // "Mr." "Sen." "J."
                continue;
            }
            if (tok(j).kind == token_kind::number) {
                ++words;
                b = j;
                continue;
            }
            if (!is_word(j)) break;
            if (in<detail::np_stops>(j)) {
                // "people familiar with the talks", "a source close to him": the phrase goes on
                if (j > f_ + 1 && ((lower_is(j, "with") && lower_is(j - 1, "familiar")) ||
                                   (lower_is(j, "to") && lower_is(j - 1, "close")))) {
                    b = j - 1;
                    words += 2;
                    continue;
                }
                // "Rubio and Witkoff said": a conjunction between names
                if (lower_is(j, "and") && j > f_ && upper(j - 1) && b < end && upper(b)) {
                    b = j;
                    continue;
                }
                break;
            }
            // "those close to him", "many of them": an object pronoun inside the phrase
            if (is_pronoun(word(j)) && !lower_is(j, "her") && !lower_is(j, "his") &&
                !(j > f_ + 1 && in<detail::object_pronouns>(j) &&
                  (lower_is(j - 1, "to") || lower_is(j - 1, "of") || lower_is(j - 1, "with") || lower_is(j - 1, "for"))))
                break;
            if (cue_at(j) && !upper(j) && !is_office_noun(word(j)) && !lower_is(j, "report") &&
                !lower_is(j, "poll") && !lower_is(j, "survey") && !lower_is(j, "study") && !lower_is(j, "statement"))
                break;  // another verb
            ++words;
            b = j;
        }
        // no leading preposition or determiner-only phrase
        while (b < end && (lower_is(b, "of") || lower_is(b, "for") || lower_is(b, "in") || lower_is(b, "at") ||
                           lower_is(b, "from")))
            ++b;
        // must have a head that can speak: a capitalized word, a noun
        if (b < end) {
            bool head = false;
            for (std::uint32_t j = b; j < end; ++j)
                if ((is_word(j) && !lower_is(j, "the") && !lower_is(j, "a") && !lower_is(j, "an")) ||
                    tok(j).kind == token_kind::number)  // "42% say", poll shares
                    head = true;
            if (!head) return end;
        }
        return b;
    }

    /// Names the latest sentence subject seen (see find) and remembers it.
    void flush_subject() {
        if (pending_subject_.empty()) return;
        std::string name = canonical_name(p_->text, pending_subject_, 0, pending_subject_.size());
        pending_subject_.clear();
        if (name.find(' ') != std::string::npos) memory_.remember(memory_.resolve(name), true);
    }

    /// Where the sentence's subject would start: after an opening adverbial and a conjunction.
    [[nodiscard]] std::uint32_t sentence_subject_start() const { return subject_.first; }

    /// The subject of the sentence's main clause, when it is a name or a pronoun:
    /// tokens [b, e) or b == e. Skips an opening adverbial ("In Paris, ...").
    [[nodiscard]] std::pair<std::uint32_t, std::uint32_t> sentence_subject(std::uint32_t limit) const {
        std::uint32_t j = f_;
        if (j < limit && tok(j).kind == token_kind::quote) return {j, j};
        if (j < limit && in<detail::subject_openers>(j)) {
            std::uint32_t c = j;
            while (c < limit && !is_ch(c, U',')) ++c;
            if (c >= limit) return {j, j};
            j = c + 1;
        }
        if (j < limit && (lower_is(j, "but") || lower_is(j, "and") || lower_is(j, "so"))) ++j;
        if (j < limit && is_word(j) && is_pronoun(word(j)) && !lower_is(j, "it") && !lower_is(j, "who") && !lower_is(j, "which"))
            return {j, j + 1};
        std::uint32_t e = j;
        // "Kremlin spokesman Dmitry Peskov": names with titles and office nouns
        while (e < limit && (upper(e) || (is_ch(e, U'.') && e > j && toks_adjacent(e - 1, e) && is_title(word(e - 1))) ||
                             (is_word(e) && e > j && is_office_noun(word(e)) && e + 1 < limit && upper(e + 1))))
            ++e;
        if (e > j && e < limit && !in<detail::days>(j) && !(e == j + 1 && lower_is(j, "the"))) return {j, e};
        return {j, j};
    }

    [[nodiscard]] static bool noun_homograph(std::string_view lemma) noexcept {
        return detail::in_set_exact<detail::homograph_nouns>(lemma);
    }

    /// Pull quotes credited with a dash: '"We need jobs." ― Ana Ruiz'. A closed
    /// quotation, a dash, then one to five capitalized words ending the sentence,
    /// the line or before the next quotation.
    void dash_credits(std::vector<attribution>& out) {
        for (const quotation& q : *p_->quotes) {  // the paragraph's quotations, not its tokens
            const std::uint32_t k = q.close;
            if (k == no_token || k < f_ || k + 2 >= l_ || !is_close_quote(k)) continue;
            std::uint32_t d = k + 1;
            if (is_ch(d, U',')) ++d;
            if (d >= l_ || !(dash(d) || (is_ch(d, U'-') && d + 1 < l_ && is_ch(d + 1, U'-')))) continue;
            std::uint32_t n = is_ch(d, U'-') && is_ch(d + 1, U'-') ? d + 2 : d + 1;
            const std::uint32_t nb = n;
            while (n < l_ && n < nb + 6 && (upper(n) || (is_ch(n, U'.') && n > nb && toks_adjacent(n - 1, n)))) ++n;
            const bool ends = n >= le_ || is_open_quote(n) || (is_punct(n) && !is_ch(n, U','));
            if (n == nb || n > nb + 5 || !ends) continue;
            attribution a;
            const std::uint32_t open = (*p_->quotes)[(*p_->inside)[k]].open;
            if (open < f_) continue;
            a.content.push_back(range(open, k + 1));
            a.cue.push_back(range(d, nb));
            set_source(a, nb, n);
            finish(a, out);
        }
    }

    /// "NAME: text" (transcripts, headlines): a short capitalized speaker, a colon, what they said.
    void speaker_colon(std::vector<attribution>& out) {
        if (f_ != 0) return;  // only a paragraph's first sentence
        // a transcript quoted as a whole: '"PENCE: Well, ...'
        const std::uint32_t b = tok(f_).kind == token_kind::quote && is_open_quote(f_) ? f_ + 1 : f_;
        std::uint32_t c = b;
        while (c < le_ && c < b + 4 && (upper(c) || (is_ch(c, U'.') && c > b))) ++c;
        if (c == b || c + 1 >= le_ || !is_ch(c, U':') || (in_quote(c) && b == f_)) return;
        if (is_word(c - 1) && (in<detail::days>(c - 1) || detail::in_set_exact<detail::months_short>(word(c - 1)))) return;
        // headlines ("The Latest: ...", "Clinton: 1,769") are not speech: a speaker is
        // not "The ...", and says a sentence of six words or more
        if (lower_is(b, "the") || lower_is(b, "a") || (c == b + 1 && in<detail::notice_labels>(b))) return;
        std::uint32_t words = 0;
        for (std::uint32_t j = c + 1; j < le_ && words < 6; ++j)
            if (is_word(j)) ++words;
        if (words < 6) return;
        attribution a;
        a.cue.push_back(range(c, c + 1));
        set_source(a, b, c);
        add_content(a, c + 1, le_);
        if (!a.content.empty()) finish(a, out);
    }

    /// A cue verb form at k ("adding", "noting" after a comma start their own attribution).
    [[nodiscard]] bool is_word_cue(std::uint32_t k) const { return is_word(k) && cue_at(k); }

    [[nodiscard]] bool toks_adjacent(std::uint32_t a, std::uint32_t b) const { return tok(a).end == tok(b).begin; }

    /// The noun phrase starting at `begin`, walking right to a comma or the end; returns one past it.
    [[nodiscard]] std::uint32_t np_right(std::uint32_t begin, bool to_sentence_end) const {
        std::uint32_t e = begin;
        while (e < le_) {
            if (in_quote(e)) break;
            if (is_ch(e, U',') && !to_sentence_end) break;
            if (is_ch(e, U',') && e + 1 < le_ && tok(e + 1).kind == token_kind::quote) break;
            if (is_ch(e, U',') && e + 1 < le_ &&
                ((is_word(e + 1) && cue_at(e + 1) && cue_at(e + 1).form == verb_form::ing) || lower_is(e + 1, "according") ||
                 (!to_sentence_end && (lower_is(e + 1, "but") || lower_is(e + 1, "and")))))
                break;
            if (is_ch(e, U';') || is_ch(e, U':') || dash(e)) break;
            // "said Beck, who said there were ...": the relative clause reports on its own
            if (is_ch(e, U',') && e + 2 < le_ && (lower_is(e + 1, "who") || lower_is(e + 1, "which")) &&
                ((is_word(e + 2) && cue_at(e + 2)) || (e + 3 < le_ && in<detail::cue_modifiers>(e + 2) && cue_at(e + 3))))
                break;
            if (!to_sentence_end && (lower_is(e, "that") || lower_is(e, "in") || lower_is(e, "on")) && e > begin) break;
            ++e;
        }
        return e;
    }

    /// "..., she said in an interview later.": one or two adverbs that end the sentence
    /// after a cue are circumstances, not a content of their own ("Mexico said
    /// enough.", "he mentioned climate change." have objects instead).
    [[nodiscard]] bool short_tail(std::uint32_t k) const {
        if (k >= le_ || le_ - k > 2) return false;
        for (std::uint32_t j = k; j < le_; ++j) {
            if (!is_word(j) || upper(j) || in_quote(j)) return false;
            const bool adverb = ly_adverb(j) || lower_is(j, "later") ||
                                lower_is(j, "afterward") || lower_is(j, "afterwards") || lower_is(j, "again") ||
                                lower_is(j, "too") || lower_is(j, "then") || lower_is(j, "earlier");
            if (!adverb) return false;
        }
        return true;
    }
    /// Does a clause (subject, then a finite verb within a few words) start at c?
    [[nodiscard]] bool clause_follows(std::uint32_t c) const {
        if (!starts_subject(c) || !(is_subject_pronoun(c) || in<detail::determiners>(c) || upper(c))) return false;
        for (std::uint32_t v = c + 1; v < le_ && v < c + 7; ++v) {
            if (!is_word(v) && tok(v).kind != token_kind::number) return false;
            if (in<detail::finite_verbs>(v) || lower_is(v, "isn't") || lower_is(v, "aren't") || lower_is(v, "can't") ||
                lower_is(v, "don't") || lower_is(v, "doesn't"))
                return true;
        }
        return false;
    }
    /// "(see) Clinton as the stronger candidate": an object and an "as" phrase
    /// judging it start at c, within one clause.
    [[nodiscard]] bool as_judgment_follows(std::uint32_t c) const {
        if (c >= le_ || !is_word(c) || lower_is(c, "as") || in_quote(c)) return false;
        for (std::uint32_t v = c + 1; v + 1 < le_ && v < c + 10; ++v) {
            if (!is_word(v) && tok(v).kind != token_kind::number) return false;
            if (!lower_is(v, "as")) continue;
            // "as well as", "as soon as", "as if": not a judgment
            return !(lower_is(v + 1, "well") || lower_is(v + 1, "soon") || lower_is(v + 1, "long") ||
                     lower_is(v + 1, "much") || lower_is(v + 1, "many") || lower_is(v + 1, "far") ||
                     lower_is(v + 1, "if") || lower_is(v + 1, "though") || lower_is(v - 1, "such"));
        }
        return false;
    }
    /// A finite speech verb that always reports ("said", "says", "added"), lower case, at k.
    /// With `base`, also the plain form ("critics say").
    [[nodiscard]] bool is_speech_report(std::uint32_t k, bool base = false) const {
        if (k >= le_ || !is_word(k) || upper(k) || in_quote(k)) return false;
        const cue_match cm = cue_at(k);
        return cm && (cm.form == verb_form::past || cm.form == verb_form::third || (base && cm.form == verb_form::base)) &&
               cm.lemma->cls == cue_class::speech && cm.lemma->rule == cue_rule::always;
    }
    /// "he", "she", "they", "I", "we": a pronoun that can be a clause's subject.
    [[nodiscard]] bool is_subject_pronoun(std::uint32_t k) const {
        return lower_is(k, "he") || lower_is(k, "she") || lower_is(k, "they") || lower_is(k, "i") || lower_is(k, "we");
    }
    /// Can a subject start at k: a name, a determiner, a number, a subject pronoun or
    /// a bare noun ("critics"), not an adverb or a word that ends a noun phrase?
    [[nodiscard]] bool starts_subject(std::uint32_t k) const {
        if (k >= le_ || in_quote(k)) return false;
        if (tok(k).kind == token_kind::number) return true;
        if (!is_word(k) || lower_is(k, "of")) return false;
        if (upper(k) || is_subject_pronoun(k) || in<detail::determiners>(k)) return true;
        return !is_pronoun(word(k)) && !in<detail::np_stops>(k) && !in<detail::cue_modifiers>(k) &&
               !word(k).ends_with("ly") && !cue_at(k);
    }
    /// Is there, in the words and numbers from k up to (not including) `limit`, a
    /// speech verb that always reports, after at least one word of subject?
    [[nodiscard]] bool own_speech_cue(std::uint32_t k, std::uint32_t limit) const {
        for (std::uint32_t v = k + 1; v < le_ && v < limit; ++v) {
            if (in_quote(v) || (!is_word(v) && tok(v).kind != token_kind::number &&
                                !(is_ch(v, U'.') && toks_adjacent(v - 1, v))))
                return false;
            if (is_speech_report(v, true)) return true;
            if (in<detail::finite_verbs>(v) || in<detail::complementizers>(v)) return false;
        }
        return false;
    }

    /// The end of a content clause starting at `b`: the sentence end, or before a
    /// trailing attribution ("..., according to X", "..., he said").
    [[nodiscard]] std::uint32_t content_end(std::uint32_t b) const {
        // clause breaks apply to plain reported speech; a content that quotes runs on
        bool quotes = false;
        for (std::uint32_t j = b; j < le_ && !quotes; ++j) quotes = in_quote(j);
        for (std::uint32_t j = b; j + 1 < le_; ++j) {
            if (in_quote(j)) continue;
            // a semicolon or colon ends the reported clause
            if ((is_ch(j, U';') || is_ch(j, U':')) && j > b && !quotes) return j;
            // ", but ...", ", which ...", ", although ...": a clause the source did not say
            if (is_ch(j, U',') && j > b && (!quotes || lower_is(j + 1, "while") || lower_is(j + 1, "whereas")) &&
                in<detail::clause_breaks>(j + 1))
                return j;
            // ", and the union stepped in": a new clause with a subject and a finite verb
            if (is_ch(j, U',') && j > b && !quotes && j + 3 < le_ && (lower_is(j + 1, "and") || lower_is(j + 1, "so")) &&
                (in<detail::determiners>(j + 2) || upper(j + 2) || (is_word(j + 2) && is_pronoun(word(j + 2))))) {
                for (std::uint32_t v = j + 3; v < le_ && v < j + 9 && is_word(v); ++v)
                    if (in<detail::finite_verbs>(v) || (!upper(v) && (word(v).ends_with("ed") ||
                                                                      (cue_at(v) && cue_at(v).form == verb_form::third))))
                        return j;
            }
            // "... and two aides said ...": a coordinated clause with its own subject and
            // speech verb reports on its own (with or without a comma before "and")
            if ((lower_is(j, "and") || lower_is(j, "but")) && j > b && j + 2 < le_ && !quotes &&
                starts_subject(j + 1) && own_speech_cue(j + 1, j + 7))
                return is_ch(j - 1, U',') ? j - 1 : j;
            // "... and said ...": a second verb of the same subject starts its own attribution
            if ((lower_is(j, "and") || lower_is(j, "but")) && j > b) {
                std::uint32_t v = j + 1;
                while (v < le_ && in<detail::cue_modifiers>(v)) ++v;
                if (v < le_ && is_word(v) && !upper(v)) {
                    const cue_match cm = cue_at(v);
                    // ("... and talked about X" / "and thought of Y" stay in the reported clause)
                    if (cm && (cm.form == verb_form::past || cm.form == verb_form::third) &&
                        cm.lemma->rule == cue_rule::always && cm.lemma->cls == cue_class::speech)
                        return is_ch(j - 1, U',') ? j - 1 : j;
                }
            }
            // ", and Trump vowed to ...": a new clause with its own cue
            // (", and three-quarters said ...", ", and 42% say ...")
            if (is_ch(j, U',') && (lower_is(j + 1, "and") || lower_is(j + 1, "but")) && j + 2 < le_ &&
                (is_word(j + 2) || tok(j + 2).kind == token_kind::number)) {
                for (std::uint32_t v = j + 3; v < le_ && v < j + 8; ++v) {
                    if (!is_word(v) && tok(v).kind != token_kind::number) break;
                    const cue_match cm = cue_at(v);
                    if (cm && !upper(v) && (cm.form == verb_form::past || cm.form == verb_form::third)) return j;
                }
            }
            if (is_ch(j, U',') || dash(j)) {
                if (lower_is(j + 1, "according") ) return j;
                // "..., said Ann Lee": an inverted speech cue closes the content before it
                if (j > b && is_speech_report(j + 1) && j + 2 < le_ &&
                    (upper(j + 2) || in<detail::determiners>(j + 2)))
                    return j;
                // "Although X has said that C, Smith said D": a new subject and speech
                // verb after a comma start a report of their own
                if (j > b && !quotes && j + 2 < le_ && (upper(j + 1) || is_subject_pronoun(j + 1)) &&
                    own_speech_cue(j + 1, j + 6))
                    return j;
                // ", saying ...", ", adding that ...", ", citing ...": a participle clause
                // with an attribution of its own
                if (is_word(j + 1) && !upper(j + 1) && cue_at(j + 1) && cue_at(j + 1).form == verb_form::ing) return j;
                // ", he said" / ", Rubio added" / ", the agency said" ending the sentence
                std::uint32_t v = j + 1;
                while (v < le_ && v < j + 6 && is_word(v) && !cue_at(v)) ++v;
                if (v < le_ && v > j + 1 && is_word(v) && cue_at(v) && cue_at(v).lemma->rule == cue_rule::always &&
                    (v + 1 >= le_ || is_ch(v + 1, U',')) &&
                    (is_pronoun(word(j + 1)) || upper(j + 1) || (in<detail::determiners>(j + 1) && v > j + 2)))
                    return j;
            }
        }
        return le_;
    }

    /// Sets the kind from how much of the content lies inside quotation marks.
    void set_kind(attribution& a) const {
        std::size_t in = 0;
        std::size_t out_words = 0;
        const auto& toks = *p_->toks;
        for (const span& s : a.content) {
            // tokens in the span: binary search would do; spans are short, scan from a hint
            std::size_t k = 0;
            std::size_t lo = 0;
            std::size_t hi = toks.size();
            while (lo < hi) {
                const std::size_t mid = (lo + hi) / 2;
                if (toks[mid].begin < s.begin) lo = mid + 1; else hi = mid;
            }
            for (k = lo; k < toks.size() && toks[k].end <= s.end; ++k) {
                if (toks[k].kind != token_kind::word && toks[k].kind != token_kind::number) continue;
                if ((*p_->inside)[k] != no_token) ++in; else ++out_words;
            }
        }
        a.kind = in == 0 ? quote_kind::indirect : (out_words == 0 ? quote_kind::direct : quote_kind::mixed);
    }

    void finish(attribution& a, std::vector<attribution>& out) {
        set_kind(a);
        const bool has_content = !a.content.empty();
        const bool quoted = a.kind != quote_kind::indirect;
        out.push_back(std::move(a));
        // '"A," she said, adding that B. "C."': C continues the quotation, not the
        // paraphrase that came after it in the same sentence
        if (follow_ != no_token && follow_ >= sentence_out_begin_ && follow_ < out.size() - 1 &&
            out[follow_].kind != quote_kind::indirect && !quoted)
            return;
        follow_ = has_content ? out.size() - 1 : no_token;
    }

    /// Adds a content part; one that continues the previous part within its line
    /// (the next sentence of the same quotation) extends it, as PolNeAR marks them.
    void append_part(attribution& a, span part) const {
        if (!a.content.empty() && a.content.back().end <= part.begin) {
            bool adjacent = true;
            for (std::uint32_t i = a.content.back().end; i < part.begin && adjacent; ++i)
                adjacent = p_->text[i] == ' ' || p_->text[i] == '\t';
            if (adjacent) {
                a.content.back().end = part.end;
                return;
            }
        }
        a.content.push_back(part);
    }

    /// "Rubio Says Reform Was A Sign Of Leadership": in a title-case headline a
    /// capitalized speech verb is a cue. A headline has three or more longer words,
    /// nearly all capitalized.
    [[nodiscard]] bool headline_cue(std::uint32_t k) const {
        const cue_match m = cue_at(k);
        if (!m || m.lemma->cls != cue_class::speech || m.lemma->rule != cue_rule::always || k == f_) return false;
        if (headline_ == 0) {
            std::uint32_t words = 0;
            std::uint32_t caps = 0;
            for (std::uint32_t j = f_; j < l_; ++j)
                if (is_word(j) && tok(j).end - tok(j).begin > 3) {
                    ++words;
                    if (upper(j)) ++caps;
                }
            headline_ = words >= 3 && caps * 10 >= words * 9 ? 1 : 2;
        }
        return headline_ == 1;
    }

    /// Does [b, le_) hold a cue of its own outside quotation marks?
    [[nodiscard]] bool has_own_cue(std::uint32_t b) const {
        for (std::uint32_t k = b; k < le_; ++k)
            if (!in_quote(k) && is_word(k) && (cue_at(k) || lower_is(k, "according"))) return true;
        return false;
    }

    void set_source(attribution& a, std::uint32_t b, std::uint32_t e) {
        // trim trailing commas
        while (e > b && is_punct(e - 1) && !is_ch(e - 1, U')')) --e;
        if (e <= b) return;
        a.source.push_back(range(b, e));
        std::string name = canonical_name(p_->text, *p_->toks, b, e);
        const bool pron = e - b == 1 && is_pronoun(word(b));
        if (pron) flush_subject();
        std::string resolved = memory_.resolve(pron ? std::string{word(b)} : name);
        const bool person = !resolved.empty() && resolved.find(' ') != std::string::npos && upper(b) &&
                            !is_office_noun(word(e - 1));
        if (!pron) {
            pending_subject_.clear();  // a named source is more recent than any pending subject
            memory_.remember(resolved, person || (e - b == 1 && upper(b)));
        }
        a.speaker = std::move(resolved);
    }

    void add_content(attribution& a, std::uint32_t b, std::uint32_t e) const {
        while (e > b && is_punct(e - 1) && !is_close_quote(e - 1) && !is_ch(e - 1, U')')) --e;
        while (b < e && (is_ch(b, U',') || is_ch(b, U':') || dash(b))) ++b;
        if (e > b) a.content.push_back(range(b, e));
    }

    /// Polls report through "in": "In a CNN poll, 50 percent chose Clinton." and
    /// "Clinton led by 24 points in a CNN national poll." The noun phrase after "in"
    /// must name a poll or survey and end the clause (or reach the comma).
    bool poll_in(std::uint32_t k, attribution& a, std::uint32_t& used) {
        std::uint32_t e = k + 1;
        bool poll = false;
        while (e < le_ && e < k + 12 && (is_word(e) || tok(e).kind == token_kind::number || is_ch(e, U'/') ||
                                         is_ch(e, U'-') || (is_ch(e, U'.') && toks_adjacent(e - 1, e)))) {
            if (in<detail::poll_nouns>(e)) poll = true;
            if (is_word(e) && cue_at(e) && !in<detail::poll_nouns>(e) && !upper(e)) return false;  // a clause, not a name
            ++e;
        }
        if (!poll || e == k + 1) return false;
        const bool opening = k == sentence_subject_start() || k == f_;
        if (opening) {
            if (e + 1 >= le_ || !is_ch(e, U',') || has_own_cue(e + 1)) return false;
            const std::uint32_t ce = content_end(e + 1);
            a.cue.push_back(range(k, k + 1));
            set_source(a, k + 1, e);
            add_content(a, e + 1, ce);
            used = ce;
            return !a.content.empty();
        }
        // closing: the clause from the sentence's subject up to "in"
        if (!(e >= le_ || is_ch(e, U';') || is_ch(e, U'.'))) return false;
        const std::uint32_t cs = sentence_subject_start();
        if (cs >= k || k < f_ + 3) return false;
        for (std::uint32_t j = cs; j < k; ++j)  // a reporting verb of its own makes it another pattern
            if ((is_word(j) && !upper(j) && cue_at(j) && cue_at(j).form != verb_form::base) || in_quote(j)) return false;
        a.cue.push_back(range(k, k + 1));
        set_source(a, k + 1, e);
        add_content(a, cs, k);
        used = e;
        return !a.content.empty();
    }

    /// "according to X"
    bool according_to(std::uint32_t k, attribution& a, std::uint32_t& used) {
        const std::uint32_t sb = k + 2;
        const std::uint32_t se = np_right(sb, false);
        if (se <= sb) return false;
        a.cue.push_back(range(k, k + 2));
        set_source(a, sb, se);
        // before "according": content from the sentence start (or after a leading comma phrase)
        std::uint32_t left_end = k;
        while (left_end > f_ && is_punct(left_end - 1) && !is_close_quote(left_end - 1)) --left_end;
        if (left_end > f_ + 1) {
            add_content(a, f_, left_end);
            if (se < le_ && is_ch(se, U',') && se + 1 < le_) add_content(a, se + 1, content_end(se + 1));
        } else {
            std::uint32_t b = se;
            if (b < le_ && is_ch(b, U',')) ++b;
            if (b < le_) add_content(a, b, content_end(b));
        }
        used = se;
        // "According to MSNBC, basically.": one word reports nothing
        std::size_t words = 0;
        for (const span& part : a.content)
            for (std::uint32_t t = f_; t < le_; ++t)
                if (tok(t).begin >= part.begin && tok(t).end <= part.end && (is_word(t) || tok(t).kind == token_kind::number)) ++words;
        return words >= 2;
    }

    /// A cue verb at k.
    bool try_cue(std::uint32_t k, const cue_match& m, attribution& a, std::uint32_t& used) {
        const cue_lemma& lem = *m.lemma;
        auto is_be = [&](std::uint32_t j) {
            return lower_is(j, "is") || lower_is(j, "are") || lower_is(j, "was") || lower_is(j, "were") ||
                   lower_is(j, "be") || lower_is(j, "been") || lower_is(j, "being");
        };
        // "is demanding", "was warning": a progressive is a cue like any finite form
        const bool progressive = m.form == verb_form::ing && k > f_ && is_be(k - 1) && !lower_is(k - 1, "being");
        // "..., calling it ...": a participle clause after a comma
        // "began by saying ...", "was criticized for saying that ...": a speech verb's
        // participle after a preposition reports what the subject said
        const bool ing_after_prep = m.form == verb_form::ing && k > f_ && lem.cls == cue_class::speech &&
                                    lem.rule == cue_rule::always && in<detail::participle_preps>(k - 1);
        const bool ing_clause = m.form == verb_form::ing && k > f_ && (is_ch(k - 1, U',') || ing_after_prep);
        // "is expected to", "are expected to": PolNeAR reads the expectation as the subject's
        const bool expected = lem.lemma == "expect" && m.form == verb_form::past && k > f_ && is_be(k - 1) &&
                              k + 1 < le_ && lower_is(k + 1, "to");
        // "clear" reports only after "made (it)"
        if (lem.lemma == "clear" && cue_left(k) == k) return false;
        const bool contracted = k > f_ && is_word(k - 1) && (word(k - 1).ends_with("'s") || word(k - 1).ends_with("\u2019s"));
        if (m.form == verb_form::ing && lem.rule != cue_rule::always && !ing_clause && !progressive && !contracted) return false;
        const std::uint32_t ce = cue_right(k, lem);
        // Cheap test first: verbs that need a complement fire only before one, or
        // where a content may end before them ("..., he believes.").
        if (lem.rule == cue_rule::clause || lem.rule == cue_rule::that || lem.rule == cue_rule::to_inf) {
            const std::uint32_t c = time_end_;
            const bool ok = c >= le_ || is_punct(c) || in<detail::complementizers>(c) || lower_is(c, "to") ||
                            in<detail::subject_words>(c) || upper(c) || lower_is(c, "in") || lower_is(c, "at") ||
                            lower_is(c, "during") || lower_is(c, "after") || lower_is(c, "while") ||
                            lower_is(c, "when") || lower_is(c, "before") || lower_is(c, "as") ||
                            in<detail::object_pronouns>(c) || lower_is(c, "the") || lower_is(c, "a");
            if (!ok) return false;
        }
        // "He's claiming that ...", "she's said": a contracted auxiliary; the cue starts
        // at the "s", the source is the word before the apostrophe
        if ((m.form == verb_form::ing || m.form == verb_form::past) && contracted && !toks_adjacent(k - 1, k)) {
            const std::string_view prev = word(k - 1);
            const std::size_t cut = prev.ends_with("'s") ? 2 : prev.ends_with("\u2019s") ? 4 : 0;
            const std::uint32_t c = time_end_;
            if (cut != 0 && prev.size() > cut && is_pronoun(prev.substr(0, prev.size() - cut)) && c < le_ &&
                (in<detail::complementizers>(c) || lower_is(c, "to") || is_open_quote(c) ||
                 lem.rule == cue_rule::always || lem.rule == cue_rule::object)) {
                const std::uint32_t e = content_end(c);
                if (e > c) {
                    a.cue.push_back({tok(k - 1).end - 1, tok(ce - 1).end});
                    a.source.push_back({tok(k - 1).begin, static_cast<std::uint32_t>(tok(k - 1).end - cut)});
                    a.speaker = memory_.resolve(std::string{prev.substr(0, prev.size() - cut)});
                    add_content(a, c, e);
                    used = e;
                    return !a.content.empty();
                }
            }
        }
        const std::uint32_t cb = progressive || expected ? cue_left(k - 1) : cue_left(k);
        // passive / adjectival participles: "was asked", "so-called"
        if (cb == k && k > f_ && is_be(k - 1)) return false;
        if (upper(k) && k > f_ && !(k == f_ + 1 && tok(f_).kind == token_kind::quote) && !headline_cue(k))
            return false;  // "Said" as a name
        const bool before_is_comma = cb > f_ && (is_ch(cb - 1, U',') || (is_close_quote(cb - 1)));

        // ---- cue after content: '"C," X said.' / 'C, X said.' / '"C," said X.' ----
        // inverted: said X
        const std::uint32_t ti = time_end_;
        std::uint32_t probe_end = cb;
        const std::uint32_t probe = before_is_comma && !is_close_quote(cb - 1) ? np_left(probe_end) : cb;
        const bool appositive_subject = probe < cb && probe == sentence_subject_start();
        // after a closed quotation any noun phrase is the speaker ("said former Gov. X",
        // "said master of ceremonies Y")
        const bool after_quotation = cb > f_ && (is_close_quote(cb - 1) || (cb > f_ + 1 && is_ch(cb - 1, U',') && is_close_quote(cb - 2)));
        if (before_is_comma && !appositive_subject && m.form != verb_form::ing && m.form != verb_form::base && ti < le_ && cb == k &&
            (upper(ti) || lower_is(ti, "the") || lower_is(ti, "a") || lower_is(ti, "an") || lower_is(ti, "one") ||
             (after_quotation && ((is_word(ti) && !in<detail::np_stops>(ti) && !is_pronoun(word(ti))) ||
                                  tok(ti).kind == token_kind::number)))) {
            std::uint32_t ct_end = cb - 1;  // the comma or closing mark
            if (is_ch(ct_end, U',') && ct_end > f_ && is_close_quote(ct_end - 1)) --ct_end;
            const std::uint32_t se = np_right(ti, true);
            // the source must be a noun phrase: "X, a delegate, said the turmoil was ..."
            // has its subject on the left and a clause on the right
            bool clause_right = false;
            for (std::uint32_t j = ti; j < se && !is_ch(j, U','); ++j)
                if (in<detail::finite_verbs>(j) || (is_word(j) && !upper(j) && cue_at(j) && cue_at(j).form != verb_form::ing))
                    clause_right = true;
            const bool quoted_left = is_close_quote(ct_end) || (ct_end > f_ && is_close_quote(ct_end - 1));
            // without a quotation on the left the source runs to the end of the clause
            const bool np_to_end = se >= le_ || is_ch(se, U',') || is_ch(se, U';');
            // ("The program, called EB-5, allows ...": naming, not an inverted report)
            const bool reporting = lem.cls == cue_class::speech && lem.rule == cue_rule::always;
            if (se > ti && ct_end > f_ && !(clause_right && !quoted_left) && (quoted_left || (np_to_end && reporting))) {
                a.cue.push_back(range(cb, ce));
                set_source(a, ti, se);
                std::uint32_t cs = f_;
                if (is_close_quote(ct_end)) {
                    // 'He put it this way: "..." he said': the quotation only
                    const std::uint32_t open = (*p_->quotes)[(*p_->inside)[ct_end]].open;
                    if (open > f_ + 1 && open < ct_end && (is_ch(open - 1, U':') || dash(open - 1))) cs = open;
                }
                add_content(a, cs, is_close_quote(ct_end) ? ct_end + 1 : ct_end);
                used = se;  // a relative clause after the source may report on its own
                if (se + 1 < le_ && is_ch(se, U',') && is_open_quote(se + 1)) {
                    add_content(a, se + 1, le_);
                    used = le_;
                }
                cue_after_ = true;
                return true;
            }
        }
        if ((lem.lemma == "point" || lem.lemma == "refer") && ce == k + 1) return false;  // needs "out"/"to"
        // "..., saying that ...": the subject found for the earlier cue of the sentence
        const bool ing_after_comma = m.form == verb_form::ing && cb > f_ && (is_ch(cb - 1, U',') || ing_after_prep);
        std::uint32_t src_end = cb;
        std::uint32_t sb = ing_after_comma ? cb : np_left(src_end);
        // (a complementizer after a finite form settles it: "another slide shows that ...";
        // not "an hourlong show that aired")
        if (sb < src_end && (m.form == verb_form::base || m.form == verb_form::third) && noun_homograph(lem.lemma) &&
            !(m.form == verb_form::third && ce < le_ && (lower_is(ce, "that") || is_open_quote(ce)))) {
            // "remarks", "questions", "claims" are nouns unless a name or pronoun is their subject
            const std::uint32_t h = src_end - 1;
            // ("the McKinley plan", "a Trump tweet": a name after a determiner modifies the noun)
            const bool modifier = h > sb && upper(h) && in<detail::determiners>(h - 1);
            if (!(is_word(h) && (is_pronoun(word(h)) || (upper(h) && !modifier) || in<detail::document_nouns>(h)) && cb == k))
                return false;
        }
        if (cb == k && k > f_ && (in<detail::determiners>(k - 1) || (is_word(k - 1) && word(k - 1).ends_with("'s")) ||
                                  (is_word(k - 1) && word(k - 1).ends_with("\u2019s") && !is_pronoun(word(k - 1).substr(0, word(k - 1).size() - 4)))))
            return false;
        std::uint32_t subj_e = cb;
        if (ing_after_comma && last_source_span_.empty()) {
            const auto [b, e] = sentence_subject(cb);
            if (e > b) {
                sb = b;
                subj_e = e;
            }
        }
        if (sb < cb && in<detail::days>(sb)) sb = cb;
        // "has faced ridicule", "drew criticism": a base form after a past verb is its object
        // (not after a respondent's participle: "those surveyed say")
        if (m.form == verb_form::base && cb == k && k > f_ && is_word(k - 1) && !upper(k - 1) &&
            word(k - 1).size() > 3 && word(k - 1).ends_with("ed") && !in<detail::respondent_participles>(k - 1))
            return false;
        // "in support of", "in answer to": after "in" the plain form is a noun
        if (lem.rule == cue_rule::object && cb == k && m.form == verb_form::base && k > f_ && lower_is(k - 1, "in"))
            return false;
        // "please ask yourself", "No. He seems ...": no speaker either
        if (sb + 1 == src_end && (lower_is(sb, "please") || lower_is(sb, "no") || lower_is(sb, "yes"))) return false;
        // "Don't forget ...", "I can't yell ...": a negated auxiliary is no speaker
        if (sb + 1 == src_end && is_word(sb) && (word(sb).ends_with("n't") || word(sb).ends_with("n\u2019t"))) return false;
        std::uint32_t se = cb;
        // "On Friday, Rubio said" keeps its time out of the source
        const bool has_left_source = sb < cb;
        if (has_left_source && !ing_after_comma) {
            const bool source_after_comma = sb > f_ && (is_ch(sb - 1, U',') || is_close_quote(sb - 1));
            bool quote_before = sb > f_ + 1 && (is_close_quote(sb - 1) || (is_ch(sb - 1, U',') && is_close_quote(sb - 2)));
            if (quote_before) {
                // 'On Sunday's "Meet the Press," X said C': a quoted title inside an opening
                // phrase is not what was said when the clause after the cue goes on
                const std::uint32_t close = is_close_quote(sb - 1) ? sb - 1 : sb - 2;
                const std::uint32_t open = (*p_->quotes)[(*p_->inside)[close]].open;
                if (open > f_ + 1 && time_end_ < le_ && !is_punct(time_end_) && !in<detail::attribution_tail_words>(time_end_))
                    quote_before = false;
            }
            const bool quote_after = ce + 1 < le_ && (is_ch(ce, U',') || is_ch(ce, U':')) && is_open_quote(ce + 1);
            // '"...," he told me on Friday.': the addressee of "told" sits between cue and time
            std::uint32_t te = time_end_;
            if (lem.lemma == "tell" && te < le_ && in<detail::object_pronouns>(te)) te = skip_time(te + 1, k);
            const bool cue_ends = te >= le_ || is_ch(te, U',') || quote_before ||
                                  lower_is(te, "in") || lower_is(te, "at") || lower_is(te, "during") ||
                                  lower_is(te, "after") || lower_is(te, "while") || lower_is(te, "when") ||
                                  lower_is(te, "before") || lower_is(te, "as") || is_ch(te, U'(') || dash(te) ||
                                  short_tail(te);
            if (source_after_comma && cue_ends && !(quote_after && !quote_before) && sb > f_ + 1) {
                // content before: from the sentence start to the comma
                std::uint32_t ct_end = sb - 1;
                if (is_ch(ct_end, U',') && ct_end > f_ && is_close_quote(ct_end - 1)) ct_end = ct_end - 1;
                a.cue.push_back(range(cb, ce));
                set_source(a, sb, src_end);
                std::uint32_t cs = f_;
                if (is_close_quote(ct_end)) {
                    // 'He put it this way: "..." he said': the quotation only
                    const std::uint32_t open = (*p_->quotes)[(*p_->inside)[ct_end]].open;
                    if (open > f_ + 1 && open < ct_end && (is_ch(open - 1, U':') || dash(open - 1))) cs = open;
                }
                add_content(a, cs, is_close_quote(ct_end) ? ct_end + 1 : ct_end);
                used = ce;
                const bool left_quoted = is_close_quote(ct_end);
                // '"A," Trump said during a rally in Ohio, "B."': the circumstances belong
                // to the cue (as PolNeAR marks it) when the quotation resumes after them
                if (left_quoted && te < le_ && in<detail::attribution_tail_words>(te)) {
                    for (std::uint32_t j = te + 1; j + 1 < le_ && j < te + 14; ++j) {
                        if (in_quote(j) || (is_word(j) && cue_at(j) && !upper(j))) break;
                        if (is_ch(j, U',') && is_open_quote(j + 1)) {
                            a.cue.back() = range(cb, j);
                            te = j;
                            break;
                        }
                    }
                }
                // ('"A," he said, but "B."': the conjunction joins the two parts)
                if (te + 1 < le_ && is_ch(te, U',') && !is_word_cue(te + 1) &&
                    (!left_quoted || is_open_quote(te + 1) ||
                     (te + 2 < le_ && (lower_is(te + 1, "but") || lower_is(te + 1, "and")) && is_open_quote(te + 2)))) {
                    const std::uint32_t e2 = content_end(te + 1);
                    add_content(a, te + 1, e2);
                    used = e2;
                }
                cue_after_ = true;
                return !a.content.empty();
            }
        }
        // ---- cue before content: 'X said (that) C' ----
        // "Trump referred to X and said ...": the subject of the first verb
        // "Obama met survivors and said ...": the subject of the first verb, a name or a
        // pronoun opening the sentence, when no earlier cue named it
        const bool after_and = !has_left_source && cb > f_ + 2 && (lower_is(cb - 1, "and") || lower_is(cb - 1, "but"));
        std::pair<std::uint32_t, std::uint32_t> coord_subject{0, 0};
        if (after_and && last_source_span_.empty()) coord_subject = sentence_subject(cb - 1);
        const bool coordinated = after_and && (!last_source_span_.empty() || coord_subject.second > coord_subject.first);
        if (!has_left_source && m.form != verb_form::ing && !coordinated) return false;
        std::uint32_t c = time_end_;
        // the addressee: "told reporters", "told The Associated Press", "warned them"
        const bool addressee = lem.lemma == "tell" || lem.lemma == "ask" || lem.lemma == "inform" || lem.lemma == "assure" ||
                               lem.lemma == "remind" || lem.lemma == "warn" || lem.lemma == "brief" ||
                               lem.lemma == "advise" || lem.lemma == "reassure";
        if (addressee && c < le_ && is_word(c) && !in<detail::complementizers>(c) && !in_quote(c)) {
            std::uint32_t j = c;
            if (in<detail::object_pronouns>(j)) {
                ++j;
            } else {
                if (lower_is(j, "the") || lower_is(j, "a")) ++j;
                while (j < le_ && j < c + 6 && (upper(j) || (is_ch(j, U'.') && toks_adjacent(j - 1, j)))) ++j;
            }
            // a longer addressee and circumstances: "told his supporters at a rally
            // this weekend (that|to|he ...)": the complement starts at the first
            // complementizer, "to", quotation, colon or subject pronoun
            std::uint32_t k2 = j;
            while (k2 < le_ && k2 < c + 12 && is_word(k2) && !in<detail::complementizers>(k2) && !lower_is(k2, "to") &&
                   !(lower_is(k2, "about") && lem.lemma == "ask") &&
                   !(k2 > c && is_pronoun(word(k2)) && !in<detail::object_pronouns>(k2) && !lower_is(k2, "it")))
                ++k2;
            if (k2 < le_ && k2 > c && (in<detail::complementizers>(k2) || lower_is(k2, "to") || lower_is(k2, "about") || is_pronoun(word(k2)) ||
                                       is_ch(k2, U':') || is_open_quote(k2) || (is_ch(k2, U',') && k2 + 1 < le_ && is_open_quote(k2 + 1))))
                j = k2;
            if (j == c) return false;
            c = j;
            // time after the addressee belongs to the cue in the gold style; skip it here
            if (c + 1 < le_ && lower_is(c, "on") && in<detail::days>(c + 1)) c += 2;
        }
        if (c >= le_) {
            // "X said:" ending a paragraph: the next paragraph's quotation
            if (ce < l_ && is_ch(ce, U':') && has_left_source) {
                a.cue.push_back(range(cb, ce));
                set_source(a, sb, src_end);
                colon_pending_ = true;
                used = l_;
                return true;
            }
            return false;
        }
        // "said following a vote in 2001 that ...", "said, among other things, that ...",
        // "announced on her Facebook page, in capitals, '...'": circumstances between
        // the cue and its complement belong to neither
        // (not "spoke in a cottage on a base that overlooks ...": a relative clause)
        if (c < le_ && !in<detail::complementizers>(c) && !is_open_quote(c) && lem.lemma != "speak" &&
            lem.lemma != "talk" &&
            (is_ch(c, U',') || in<detail::circumstance_openers>(c) ||
             ly_adverb(c) || lower_is(c, "early"))) {  // "said early Friday that"
            for (std::uint32_t j = c + 1; j < le_ && j < c + 16; ++j) {
                if (in_quote(j) && !is_open_quote(j)) break;
                if (lower_is(j, "that")) {
                    c = j;
                    break;
                }
                if (is_open_quote(j) && (is_ch(j - 1, U',') || is_ch(j - 1, U':'))) {
                    c = j;
                    break;
                }
                // a verb ends the search; "report" after "a 2019" is a noun
                const bool verb = is_word(j) && cue_at(j) && !upper(j) && cue_at(j).form != verb_form::base &&
                                  !in<detail::determiners>(j - 1) && tok(j - 1).kind != token_kind::number;
                if (is_open_quote(j) || verb || in<detail::subject_words>(j) ||
                    is_ch(j, U';') || dash(j) || in<detail::complementizers>(j))
                    break;
            }
        }
        // "says to Nevadans: '...'": a colon and a quotation shortly after the cue
        if (!in<detail::complementizers>(c) && !is_open_quote(c)) {
            for (std::uint32_t j = c; j < le_ && j < c + 10; ++j) {
                if ((is_ch(j, U':') || is_ch(j, U',')) && j + 1 < le_ && is_open_quote(j + 1)) {
                    c = j;
                    break;
                }
                if (is_punct(j)) break;
            }
        }
        bool colon = false;
        if (is_ch(c, U':') || (is_ch(c, U',') && c + 1 < le_ && is_open_quote(c + 1))) {
            colon = true;
            ++c;
        }
        if (c >= le_) return false;
        const bool quote_next = is_open_quote(c);
        const bool comp = in<detail::complementizers>(c);
        switch (lem.rule) {
            case cue_rule::always: break;
            case cue_rule::clause:
                if (!(quote_next || colon || comp)) {
                    // "a poll shows a slimmer lead", "records show ...": evidence named by a
                    // document reports whatever follows
                    const bool document = lem.cls == cue_class::evidence && has_left_source && src_end > sb &&
                                          in<detail::document_nouns>(src_end - 1);
                    if (!document &&
                        !((lem.cls == cue_class::cognition || lem.cls == cue_class::evidence) && (in<detail::subject_words>(c) || upper(c))))
                        return false;
                }
                break;
            case cue_rule::to_inf:
                // ("analysts agreed it was ...": a thought's clause without "that")
                // ("hopes the vote will pass": a hope's clause without "that" too, when a
                // subject and a finite verb follow at once)
                if (!(quote_next || colon || comp || lower_is(c, "to") ||
                      (lem.cls == cue_class::cognition && in<detail::subject_words>(c) && !lower_is(c, "the")) ||
                      (lem.cls == cue_class::intention && m.form != verb_form::ing && clause_follows(c))))
                    return false;
                break;
            case cue_rule::object:
                if (is_punct(c) && !quote_next) return false;
                break;
            case cue_rule::that:
                // ("I think the case is clear": a thought's clause may drop "that" when a
                // subject follows at once; "knew the area" has an object, not a subject)
                if (!(quote_next || colon || lower_is(c, "that") ||
                      (lem.cls == cue_class::cognition && m.form != verb_form::ing && clause_follows(c)) ||
                      (lem.lemma == "see" && as_judgment_follows(c))))
                    return false;
                break;
        }
        // "with 30 percent of voters saying ...": the phrase between "with" and a speech
        // participle is its speaker
        // ("with about a third saying": a quantity's adverb may stand between)
        std::uint32_t with_at = sb;
        if (with_at > f_ + 1 && (lower_is(with_at - 1, "about") || lower_is(with_at - 1, "nearly") ||
                                 lower_is(with_at - 1, "almost") || lower_is(with_at - 1, "roughly")))
            --with_at;
        const bool with_subject = m.form == verb_form::ing && lem.cls == cue_class::speech &&
                                  lem.rule == cue_rule::always && has_left_source && cb == k && with_at > f_ &&
                                  lower_is(with_at - 1, "with");
        if (m.form == verb_form::ing && !ing_after_comma && !progressive && !with_subject) return false;
        // "X reported from Midway Atoll" (a credit line), "what she said when she
        // resigned": no report follows the cue
        if ((lem.lemma == "report" && lower_is(c, "from")) ||
            (!quote_next && !colon && in<detail::subordinators>(c) && !(c + 1 < le_ && lower_is(c + 1, "that"))))
            return false;
        a.cue.push_back(range(cb, ce));
        (void)se;
        // "They appear to be ...", "The birth is expected to ...": PolNeAR reads the
        // subject as part of what is reported, with no source named
        const bool subject_is_content = lem.lemma == "seem" || lem.lemma == "appear" || expected;
        if (has_left_source && subject_is_content && !ing_after_comma) add_content(a, sb, src_end);
        else if (has_left_source) set_source(a, sb, ing_after_comma ? subj_e : src_end);
        else if (!last_source_span_.empty()) {
            // "..., saying ...": the subject of the main clause, found for the earlier cue
            a.source.push_back(last_source_span_);
            a.speaker = last_speaker_;
        } else if (coord_subject.second > coord_subject.first) {
            set_source(a, coord_subject.first, coord_subject.second);
        }
        std::uint32_t e;
        if (quote_next) {
            const std::uint32_t qe = quote_end(c);
            e = qe + 1;
            if (e > l_) e = l_;
            // text after the quotation in the same clause makes it mixed: take to the clause end
            if (e < le_ && !is_ch(e, U',') && !is_ch(e, U'.') && is_word(e) && !cue_at(e)) e = content_end(e);
        } else {
            e = content_end(c);
        }
        // ", who has endorsed Clinton, said ...": a relative clause ends at its comma
        if (has_left_source && src_end == sb + 1 && sb > f_ && is_ch(sb - 1, U',') &&
            (lower_is(sb, "who") || lower_is(sb, "which"))) {
            for (std::uint32_t j = c; j < e; ++j)
                if (is_ch(j, U',') && !in_quote(j)) {
                    e = j;
                    break;
                }
        }
        add_content(a, c, e);
        used = e;
        return !a.content.empty();
    }

    const paragraph_view* p_ = nullptr;
    std::uint32_t f_ = 0, l_ = 0, le_ = 0;
    speaker_memory memory_;
    std::size_t pending_colon_ = no_token;
    bool colon_pending_ = false;
    std::pair<std::uint32_t, std::uint32_t> subject_{0, 0};
    std::vector<token> pending_subject_;
    bool cue_after_ = false;
    std::size_t sentence_out_begin_ = 0;  ///< index in `out` of the current sentence's first attribution
    mutable std::uint8_t headline_ = 0;  ///< per sentence: 0 not yet known, 1 a title-case headline, 2 not
    mutable std::uint32_t time_end_ = 0;
    std::size_t follow_ = no_token;
    span last_source_span_{};
    std::string last_speaker_;
};

}  // namespace newsprov::text

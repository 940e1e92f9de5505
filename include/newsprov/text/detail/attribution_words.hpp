#pragma once
// The word lists the attribution patterns consult (ASCII, looked up case-insensitively
// through sentence_view::in<List>, one hash lookup each).

#include <array>
#include <string_view>
#include <utility>

namespace newsprov::text::detail {

inline constexpr std::array<std::string_view, 47> cue_modifiers{
    "also", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does",
    "do", "not",
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

inline constexpr std::array<std::string_view, 19> days{
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "today", "earlier",
    "tonight", "late", "recently", "night", "morning", "afternoon", "evening", "week", "month"};

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
inline constexpr std::array<std::string_view, 17> circumstance_openers{
    "in", "on", "at", "during", "following", "after", "of", "per", "among", "for", "with", "from", "before", "over",
    "back", "via", "about"};

// Adverbs of time and connection that may stand between a cue and its "that"
// ("said again that", "said late Monday that", "suggest however that").
inline constexpr std::array<std::string_view, 16> circumstance_adverbs{
    "earlier", "later", "late", "again", "however", "then", "now", "once", "previously", "recently", "yesterday",
    "today", "tonight", "last", "this", "instead"};

// Prepositions before a participle that reports ("by saying", "for saying").
inline constexpr std::array<std::string_view, 9> participle_preps{
    "by", "from", "for", "after", "before", "of", "while", "upon", "when"};

// Polls and surveys, which report "in": "In a CNN poll, 50 percent ...".
inline constexpr std::array<std::string_view, 4> poll_nouns{"poll", "polls", "survey", "surveys"};

// Documents and data that show, indicate or find ("the poll shows a slim lead").
inline constexpr std::array<std::string_view, 34> document_nouns{
    "poll", "polls", "survey", "surveys", "study", "studies", "records", "record", "report", "reports", "data",
    "results", "filings", "documents", "emails", "analysis", "video", "figures", "numbers", "estimates", "research",
    "statistics", "audit", "review", "average", "averages", "transcript", "slide", "tally", "count", "chart",
    "footage", "index", "polling"};

// What a speaker issues and a participle then reports ("issued a statement
// saying", "sent an email urging").
inline constexpr std::array<std::string_view, 22> issued_documents{
    "statement", "statements", "letter", "memo", "release", "tweet", "tweets", "post", "ad", "ads", "email",
    "e-mail", "message", "note", "video", "editorial", "op-ed", "column", "petition", "mailer", "flyer", "report"};

// Labels of editorial notices and headlines ("CORRECTION: ...", "Breaking: ..."),
// not speakers.
inline constexpr std::array<std::string_view, 24> notice_labels{
    "clarification", "correction", "update",  "updated", "note",   "editor",   "related",  "watch",
    "read",          "photo",      "photos",  "video",   "listen", "breaking", "revealed", "exclusive",
    "exposed",       "confirmed",  "busted",  "boom",    "look",   "wow",      "bombshell", "analysis"};

// Adverbs that link a sentence to the one before ("Critics, however, said").
inline constexpr std::array<std::string_view, 10> discourse_adverbs{
    "however", "meanwhile", "though", "instead", "too", "also", "moreover", "nonetheless", "likewise", "therefore"};

// Connectives that open a sentence before a comma and tie it to the one before
// ("Still, ...", "In fact, ..."): not part of what the sentence reports.
inline constexpr std::array<std::string_view, 30> connective_openers{
    "however", "still", "meanwhile", "nevertheless", "nonetheless", "indeed", "instead", "moreover", "also",
    "now", "then", "overall", "ultimately", "similarly", "likewise", "besides", "yet", "again", "later",
    "otherwise", "thus", "therefore", "anyway", "plus", "regardless", "separately", "finally", "importantly",
    "so", "sure"};
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 20> connective_pairs{{
    {"in", "fact"},      {"in", "contrast"}, {"even", "so"},     {"in", "all"},       {"in", "particular"},
    {"in", "addition"},  {"by", "contrast"}, {"for", "example"}, {"for", "instance"}, {"after", "all"},
    {"above", "all"},    {"that", "said"},   {"all", "told"},    {"by", "comparison"}, {"of", "course"},
    {"in", "short"},     {"to", "date"},     {"in", "turn"},     {"at", "times"},     {"so", "far"}}};

// Verbs of a phase before a participle, part of its cue ("began talking about",
// "kept complaining about", "started chanting").
inline constexpr std::array<std::string_view, 12> phase_verbs{
    "began", "begins", "begin", "started", "starts", "start", "kept", "keeps", "keep", "continued", "continues",
    "continue"};

// Verbs of attempt and phase before "to" and a cue ("tried to explain", "continued to insist").
// ("sought to" is a cue of its own: PolNeAR takes what was sought as the content)
// ("seemed to mock X": how a report came across is part of its cue)
inline constexpr std::array<std::string_view, 23> attempt_verbs{
    "tried", "trying", "tries", "try", "continued", "continues", "continue", "continuing", "began", "begins",
    "begin", "attempted", "attempts", "attempting", "struggled", "managed", "moved", "seemed", "seems", "seem",
    "appeared", "appears", "appear"};

// Adjectives before "to" and a cue whose subject is the one who reports ("was
// quick to condemn", "are more likely to say", "was reluctant to endorse").
inline constexpr std::array<std::string_view, 14> control_adjectives{
    "likely", "unlikely", "quick", "eager", "willing", "unwilling", "ready", "reluctant", "hesitant", "careful",
    "able", "unable", "loath", "keen"};

// Shares of a group that hold a stance in poll reports ("most support", "60 percent oppose").
inline constexpr std::array<std::string_view, 14> group_shares{
    "percent", "majority", "majorities", "most", "many", "half", "third", "thirds", "quarter", "quarters",
    "few", "others", "fifths", "minority"};

// Prepositions that take a relative pronoun ("to which", "of what").
inline constexpr std::array<std::string_view, 10> pronoun_prepositions{
    "to", "of", "in", "for", "on", "by", "with", "from", "at", "about"};

// Words after a stance verb that are no object: "backed away", "favored by most".
inline constexpr std::array<std::string_view, 12> stance_non_objects{
    "by", "away", "off", "down", "out", "in", "of", "to", "from", "for", "at", "on"};

// Words that, after a comma inside a source phrase, open a circumstance that is
// not part of the source ("Clinton, after the vote, said").
inline constexpr std::array<std::string_view, 10> source_circumstances{
    "after", "before", "during", "in", "at", "on", "speaking", "while", "when", "appearing"};

// Those who speak for someone named after "to": "aides to Clinton", "an adviser to".
inline constexpr std::array<std::string_view, 12> counsel_nouns{
    "aide",   "aides",    "adviser",  "advisers", "advisor", "advisors",
    "lawyer", "lawyers", "spokesman", "spokeswoman", "envoy", "ambassador"};

// Quantifiers "not" may negate as a subject: "Not everyone agreed".
inline constexpr std::array<std::string_view, 7> negatable_quantifiers{"everyone", "everybody", "all", "every",
                                                                       "many", "most", "much"};

// Participles that begin a title, not an action: "Dan Ruiz, managing director of".
inline constexpr std::array<std::string_view, 12> title_participles{
    "managing", "ranking", "acting", "founding", "presiding", "outgoing",
    "incoming", "sitting", "visiting", "consulting", "governing", "reigning"};

// Subordinators that open a circumstance, not a report, right after a cue.
inline constexpr std::array<std::string_view, 6> subordinators{"when", "while", "after", "before", "because", "since"};

// Words after an attribution's cue that end it ("said as he left", "said at a rally").
inline constexpr std::array<std::string_view, 10> attribution_tail_words{
    "as", "at", "in", "on", "during", "after", "before", "while", "when", "of"};

// Words that, after a comma, open a clause outside a reported content. (Keeping a
// concession -- ", although", ", even", ", despite" -- inside was even on the train
// folds and 0.003 lower on dev: left as it is.)
inline constexpr std::array<std::string_view, 10> clause_breaks{
    "but", "which", "while", "although", "though", "even", "despite", "whereas", "compared", "however"};

// Words after ", but" that keep the contrast inside the report (", but not X",
// ", but rather Y", ", but that Z").
inline constexpr std::array<std::string_view, 10> contrast_openers{
    "not", "also", "rather", "only", "that", "more", "less", "instead", "because", "beyond"};

// Words that rule out a bare plural subject before a trailing speech verb (", as
// officials said" is a clause of the content's own; ", police said" is not).
inline constexpr std::array<std::string_view, 24> bare_subject_stops{
    "and", "or", "but", "as", "which", "who", "that", "what", "it", "there", "this", "to", "of", "in", "on",
    "at", "for", "with", "by", "from", "than", "so", "if", "when"};

// Words that can start a time phrase after a cue ("on Friday", "last week", "Tuesday night").
inline constexpr std::array<std::string_view, 23> time_starts{
    "on", "last", "this", "earlier", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "yesterday", "today", "tonight", "late", "recently", "night", "morning", "afternoon", "evening",
    "week", "month", "year"};

// Openers of an adverbial before a sentence's subject ("In Paris, ...").
inline constexpr std::array<std::string_view, 31> subject_openers{
    "in", "on", "at", "after", "before", "during", "when", "while", "later", "meanwhile", "still", "however",
    "earlier", "since", "as", "with", "without", "despite", "for", "from", "speaking", "asked", "if", "because",
    "although", "though", "unless", "once", "until", "whether", "why"};

// Adverbs before a sentence's subject, with or without a comma ("Then he said",
// "Instead, Lee ..."), and other openers of an adverbial that a comma closes
// ("By noon, Lee had", "Hours later, police").
inline constexpr std::array<std::string_view, 8> leading_adverbs{"then",    "now",  "instead", "still",
                                                                 "finally", "later", "soon",    "yet"};
inline constexpr std::array<std::string_view, 13> phrase_openers{
    "by", "under", "among", "amid", "like", "unlike", "through", "throughout", "within", "hours", "days", "moments",
    "over"};

// Words that open a subordinate clause before the main one ("While he has said
// C, Sanders must ...").
inline constexpr std::array<std::string_view, 14> opening_subordinators{
    "while", "although", "though", "if", "as", "because", "when", "since", "after", "before", "once", "even",
    "whereas", "unless"};

// Prepositions after a plural cue noun that a verb's plural homograph seldom takes
// ("attacks in Paris", "reports from the front").
inline constexpr std::array<std::string_view, 8> noun_prepositions{"in",      "on",  "at",     "from",
                                                                   "against", "over", "during", "across"};

// Cue lemmas that are also nouns ("his remarks", "the questions").
inline constexpr std::array<std::string_view, 32> homograph_nouns{
    "question", "remark", "report", "claim", "call", "plan", "note", "state", "tweet", "post", "comment",
    "answer", "reply", "demand", "request", "doubt", "fear", "hope", "support", "show", "offer", "promise",
    "pledge", "attack", "charge", "quote", "counter", "label", "brand", "figure", "protest", "signal"};

// Modals and the "do" of emphasis or negation: the plain form after them is a verb.
inline constexpr std::array<std::string_view, 12> modal_verbs{
    "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "shall"};

// Finite auxiliaries and copulas: a phrase holding one is a clause, not a noun phrase.
inline constexpr std::array<std::string_view, 21> finite_verbs{
    "is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "can", "should", "did", "does", "do",
    "may", "might", "must", "isn't", "wasn't", "won't"};

inline constexpr std::array<std::string_view, 16> determiners{
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "of", "no", "any"};

// Common irregular past forms: after a name, a clause's verb ("Smith went").
inline constexpr std::array<std::string_view, 48> irregular_pasts{
    "went", "made", "took", "got", "came", "gave", "knew", "saw", "found", "won", "lost", "left", "kept", "held",
    "led", "ran", "paid", "sent", "spent", "built", "became", "began", "brought", "bought", "fell", "felt",
    "met", "put", "set", "cut", "hit", "let", "sold", "stood", "understood", "wrote", "broke", "chose", "did", "had",
    "grew", "drew", "rose", "fought", "threw", "drove", "shook", "struck"};

// Words after which a verb-like word is a noun ("the talks", "his thinking").
inline constexpr std::array<std::string_view, 10> noun_markers{"the", "a",   "an", "his",  "her",
                                                               "their", "its", "our", "my", "your"};

// Participles that name a poll's respondents ("those surveyed say", "voters polled said").
inline constexpr std::array<std::string_view, 6> respondent_participles{"surveyed", "polled", "questioned",
                                                                       "interviewed", "sampled", "asked"};

// What a contracted subject ("it's", "we're", "there'll") is made of.
inline constexpr std::array<std::string_view, 9> contracted_subjects{"he",  "she", "they",  "i",   "we",
                                                                    "it",  "you", "there", "that"};
inline constexpr std::array<std::string_view, 6> contraction_suffixes{"s", "re", "ll", "d", "ve", "m"};

inline constexpr std::array<std::string_view, 11> subject_words{
    "he", "she", "they", "i", "we", "it", "there", "the", "his", "her", "their"};

}  // namespace newsprov::text::detail

#pragma once
// Words that name a stance or a report together with a preposition: "called for",
// "railed against", "criticism of", "questions about", "critical of". The object of
// the preposition is what the stance is about, so it is the content. One list per
// preposition and word class; hand-written from English usage (no corpus).

#include <array>
#include <string_view>

namespace newsprov::text::detail {

// No word of a class for a preposition ("-" is never a word token).
inline constexpr std::array<std::string_view, 1> no_stance_words{"-"};

// Verbs, in all their forms, that report what follows the preposition. Cue verbs
// whose own rule wants a clause ("talked", "spoke") get their object here.
inline constexpr std::array<std::string_view, 52> verbs_about{
    "talk",   "talks",   "talked",   "talking",   "speak",  "speaks",  "spoke",    "speaking",  "spoken",
    "write",  "writes",  "wrote",    "writing",   "tweet",  "tweets",  "tweeted",  "tweeting",  "comment",
    "comments", "commented", "commenting", "complain", "complains", "complained", "complaining", "joke",
    "jokes",  "joked",   "joking",   "boast",     "boasts", "boasted", "boasting", "brag",      "brags",
    "bragged", "bragging", "testify", "testified", "testifies", "testifying", "worry", "worries", "worried",
    "worrying", "warn",   "warns",    "warned",    "warning", "asked",  "ask",     "asks"};

inline constexpr std::array<std::string_view, 32> verbs_for{
    "push",      "pushes",     "pushed",   "pushing",  "advocate", "advocates", "advocated", "advocating",
    "argue",     "argues",     "argued",   "arguing",  "lobby",    "lobbies",   "lobbied",   "lobbying",
    "plead",     "pleads",     "pleaded",  "pleading", "apologize", "apologizes", "apologized", "apologizing",
    "vouch",     "vouches",    "vouched",  "vouching", "press",    "pressed",   "pressing",  "presses"};

inline constexpr std::array<std::string_view, 32> verbs_against{
    "rail",     "rails",     "railed",     "railing",  "protest", "protests", "protested", "protesting",
    "caution",  "cautions",  "cautioned",  "cautioning", "warn",  "warns",    "warned",    "warning",
    "argue",    "argues",    "argued",     "arguing",  "speak",   "speaks",   "spoke",     "speaking",
    "inveigh",  "inveighs",  "inveighed",  "fulminated", "lash",  "lashed",   "lashes",    "lashing"};

inline constexpr std::array<std::string_view, 12> verbs_with{
    "agree", "agrees", "agreed", "agreeing", "side", "sides", "sided", "siding",
    "disagree", "disagrees", "disagreed", "disagreeing"};

inline constexpr std::array<std::string_view, 20> verbs_to{
    "respond", "responds", "responded", "responding", "reply", "replies", "replied", "replying", "object",
    "objects", "objected", "objecting", "allude", "alludes", "alluded", "alluding", "refer", "refers",
    "referred", "referring"};

inline constexpr std::array<std::string_view, 16> verbs_on{
    "comment", "comments", "commented", "commenting", "elaborate", "elaborates", "elaborated", "elaborating",
    "insist", "insists", "insisted", "insisting", "reflect", "reflects", "reflected", "reflecting"};

// Nouns of stance and report.
inline constexpr std::array<std::string_view, 21> nouns_for{
    "support", "praise", "call", "calls", "case", "demand", "demands", "proposal", "enthusiasm", "passion",
    "push", "plea", "pleas", "appeal", "appeals", "endorsement", "backing", "admiration", "disdain",
    "contempt", "sympathy"};

inline constexpr std::array<std::string_view, 24> nouns_of{
    "criticism", "criticisms", "endorsement", "endorsements", "defense", "defence", "rejection", "critique",
    "view", "views", "opinion", "accusation", "accusations", "allegation", "allegations", "embrace",
    "denunciation", "condemnation", "praise", "assessment", "portrayal", "characterization", "dismissal",
    "disapproval"};

// Nouns of a crowd's voice before "of" and a quotation ("chants of 'Lock her up'"):
// the quotation is what was voiced, whoever voiced it.
inline constexpr std::array<std::string_view, 8> voice_nouns_of{"chants", "chant", "cries", "cry",
                                                                "shouts", "shout", "cheers", "calls"};

inline constexpr std::array<std::string_view, 20> nouns_about{
    "questions", "question", "concerns", "concern", "doubts", "doubt", "comments", "comment", "remarks",
    "complaints", "complaint", "worries", "fears", "warnings", "warning", "claims", "speculation",
    "statements", "misgivings", "reservations"};

inline constexpr std::array<std::string_view, 14> nouns_on{
    "attack", "attacks", "position", "positions", "stance", "views", "view", "comments", "remarks",
    "criticism", "opinion", "opinions", "assault", "assaults"};

inline constexpr std::array<std::string_view, 8> nouns_to{
    "opposition", "reference", "references", "objection", "objections", "allegiance", "hostility", "resistance"};

inline constexpr std::array<std::string_view, 11> nouns_against{
    "attack", "attacks", "campaign", "allegations", "allegation", "warning", "warnings", "tirade", "broadside",
    "backlash", "crusade"};

inline constexpr std::array<std::string_view, 8> nouns_over{
    "criticism", "concerns", "concern", "outrage", "anger", "controversy", "dispute", "frustration"};

inline constexpr std::array<std::string_view, 8> nouns_at{"swipe", "swipes", "shot", "shots", "dig", "digs", "jab", "jabs"};

// Adjectives of stance after a copula ("is critical of", "were worried about").
inline constexpr std::array<std::string_view, 15> adjectives_of{
    "critical", "supportive", "skeptical", "sceptical", "wary", "proud", "aware", "fond", "enamored",
    "dismissive", "contemptuous", "suspicious", "tolerant", "scornful", "respectful"};

inline constexpr std::array<std::string_view, 18> adjectives_about{
    "worried", "concerned", "optimistic", "pessimistic", "upbeat", "nervous", "angry", "excited",
    "enthusiastic", "confident", "cautious", "skeptical", "unhappy", "happy", "adamant", "bullish", "hopeful",
    "sanguine"};

inline constexpr std::array<std::string_view, 3> adjectives_at{"angry", "furious", "upset"};

inline constexpr std::array<std::string_view, 10> adjectives_with{
    "pleased", "unhappy", "frustrated", "comfortable", "satisfied", "disappointed", "happy", "impressed",
    "uncomfortable", "displeased"};

inline constexpr std::array<std::string_view, 5> adjectives_over{"concerned", "divided", "split", "worried", "upset"};

// Adjectives of stance after a copula that take a "that" clause ("remain
// confident that", "are worried that").
inline constexpr std::array<std::string_view, 36> adjectives_that{
    "optimistic", "pessimistic", "confident", "hopeful", "skeptical", "sceptical", "adamant", "convinced",
    "worried", "concerned", "sure", "certain", "aware", "afraid", "fearful", "doubtful", "insistent",
    "unconvinced", "upset", "angry", "happy", "glad", "pleased", "disappointed", "frustrated", "proud",
    "surprised", "shocked", "encouraged", "relieved", "alarmed", "furious", "thankful", "grateful", "nervous",
    "anxious"};

// Nouns that report with a "that" clause ("the claim that ..."). Not "fact",
// "evidence", "message" or "sign": they name what is so more often than a report.
inline constexpr std::array<std::string_view, 34> reporting_nouns{
    "claim", "claims", "assertion", "assertions", "allegation", "allegations", "accusation", "accusations",
    "suggestion", "suggestions", "statement", "warning", "warnings", "belief", "beliefs", "fear", "fears",
    "hope", "hopes", "concern", "concerns", "worry", "worries", "doubt", "doubts", "assurance", "assurances",
    "complaint", "complaints", "insistence", "admission", "speculation", "rumors", "contention"};

// Light verbs whose subject holds the stance a noun names ("voiced concerns about").
inline constexpr std::array<std::string_view, 32> stance_light_verbs{
    "make", "makes", "made", "making", "give", "gives", "gave", "giving",
    "express", "expresses", "expressed", "expressing", "voice", "voices", "voiced", "voicing", "raise",
    "raises", "raised", "raising", "offer", "offers", "offered", "offering", "renew", "renews", "renewed",
    "renewing", "repeat", "repeated", "reiterate", "reiterated"};

// Possessive pronouns that name who holds a stance ("his support for").
inline constexpr std::array<std::string_view, 7> possessive_pronouns{"his", "her", "their", "its", "my", "our", "your"};

// Words that open a clause as the object of a preposition ("talked about how ...").
inline constexpr std::array<std::string_view, 8> wh_openers{"how", "what", "whether", "why", "who", "where", "when", "which"};

}  // namespace newsprov::text::detail

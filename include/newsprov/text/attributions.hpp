#pragma once
// Attribution finding within one sentence: cue, source, content, kind.
//
// The pattern families, one header each under text/patterns/, in the order the
// finder (text/detail/attribution_finder.hpp) tries them in a sentence:
//   transcript.hpp          "NAME: C" opening a paragraph
//   pull_quote.hpp          '"C." - Ana Ruiz'
//   question.hpp            "When asked whether C", "X was asked about C"
//   poll.hpp                "In a CNN poll, C." / "C in a CNN poll."
//   according_to.hpp        "According to X, C." / "C, according to X."
//   headline.hpp            "Rubio Says C" (a capitalized cue in a title-case headline)
//   cue_verb.hpp            at each cue verb, in turn:
//     contracted.hpp          "He's claiming that C"
//     content_before_cue.hpp  "'C,' said X, a doctor." / "'C,' X said." / "C, X said, C2."
//     left_source.hpp         the source left of the verb, or why the verb is a noun here
//     cue_before_content.hpp  "X said (that) C." / "X said: 'C'" / "X told reporters C."
// A sentence that is only a quotation continues the quotation before it.
// Shared pieces live in text/detail/: the sentence and its token tests
// (sentence_view.hpp), the cue's extent (cue_span.hpp: "has also said", "pointed
// out in a statement on Friday"), noun phrases (noun_phrases.hpp), where a content
// ends (clauses.hpp), content parts and kind (content_parts.hpp), speakers and
// pronouns (speaker_tracker.hpp), and the word lists (attribution_words.hpp).
// Verbs of thought and intention fire only with a clausal complement (see cues.hpp).

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/detail/attribution_finder.hpp>

#!/usr/bin/env python3
"""Generates a C++ table of WordNet 3.0's clause-taking report verbs.

Status: an experiment. Merged into the cue lexicon with cue_rule::that, the table
left the PolNeAR train folds unchanged or lower (docs/extraction.md), so neither
the table nor WordNet ships; cues.hpp keeps its hand list. Rerun it when the
patterns can use more verbs; ship WordNet's licence notice with its output.

usage: gen_wordnet_verbs.py [--wordnet /usr/share/wordnet] [--out FILE] [--min-count 1] [--min-share 0.5]

The extractor's cue lexicon (text/cues.hpp) lists the verbs that report with
their firing rules by hand. This generator adds the verbs WordNet files under
verb.communication (lexicographer file 32) and verb.cognition (31) whose sense
in that file takes a clause: the synset lists verb frame 26, "Somebody ----s
that CLAUSE", for all its words or for that word. Such a verb reports in "X
<verb>s that ..." and fires only with that complement (cue_rule::that), so a
literal use ("he drafted the letter") stays quiet.

Only single lower-case words are kept, and only those WordNet's semantic
concordance saw at least --min-count times in a communication or cognition
sense (cntlist.rev), and only those whose clause-taking senses make up at least
--min-share of the verb's tagged uses and that are tagged as verbs at least as
often as nouns: rare senses add lookups and false cues, no reports. Irregular past
forms come from verb.exc. Debian package wordnet-base installs the files; the
licence notice (WordNet 3.0, Princeton University; /usr/share/doc/wordnet-base/
copyright) must ship beside any output that is checked in.

Data file lines (wndb(5WN)): synset_offset lex_filenum ss_type w_cnt
(word lex_id){w_cnt} p_cnt (pointer){p_cnt} f_cnt (+ f_num w_num){f_cnt} | gloss
with w_cnt two hex digits and w_num two hex digits (00: every word).
"""
import argparse
import collections
import os
import sys

LEXFILES = {31: 'cognition', 32: 'communication'}
THAT_CLAUSE = 26
MODALS = {'will', 'can', 'may', 'must', 'shall', 'need', 'dare'}


def synsets(path):
    for line in open(path, encoding='latin-1'):
        if line.startswith('  '):
            continue  # the licence header
        fields = line.split(' | ')[0].split()
        lexfile = int(fields[1])
        if lexfile not in LEXFILES:
            continue
        w_cnt = int(fields[3], 16)
        words = [fields[4 + 2 * i] for i in range(w_cnt)]
        lex_ids = [fields[5 + 2 * i] for i in range(w_cnt)]
        at = 4 + 2 * w_cnt
        p_cnt = int(fields[at])
        at += 1 + 4 * p_cnt
        frames = []
        if at < len(fields):
            f_cnt = int(fields[at])
            for i in range(f_cnt):
                frames.append((int(fields[at + 2 + 3 * i]), int(fields[at + 3 + 3 * i], 16)))
        yield lexfile, words, lex_ids, frames


def tag_counts(wordnet):
    """Sense key -> times tagged in the semantic concordance."""
    counts = {}
    path = os.path.join(wordnet, 'cntlist.rev')
    for line in open(path, encoding='latin-1'):
        key, _, count = line.split()
        counts[key] = int(count)
    return counts


def irregular_pasts(wordnet):
    pasts = collections.defaultdict(list)
    for line in open(os.path.join(wordnet, 'verb.exc'), encoding='latin-1'):
        form, *bases = line.split()
        for b in bases:
            pasts[b].append(form)
    return pasts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--wordnet', default='/usr/share/wordnet')
    ap.add_argument('--out', default='include/newsprov/text/detail/wordnet_verbs.hpp')
    ap.add_argument('--min-count', type=int, default=1)
    ap.add_argument('--min-share', type=float, default=0.5)
    args = ap.parse_args()

    counts = tag_counts(args.wordnet)
    chosen = {}
    for lexfile, words, lex_ids, frames in synsets(os.path.join(args.wordnet, 'data.verb')):
        for i, (w, lex_id) in enumerate(zip(words, lex_ids)):
            if not any(f == THAT_CLAUSE and (n == 0 or n == i + 1) for f, n in frames):
                continue
            if not w.isalpha() or not w.islower() or len(w) < 3 or len(w) > 12:
                continue
            key = f'{w}%2:{lexfile}:{int(lex_id, 16):02d}::'
            c = counts.get(key, 0)
            if c < args.min_count:
                continue
            prev = chosen.get(w)
            if prev is None:
                chosen[w] = (LEXFILES[lexfile], c)
            else:  # the class of the most used sense; the uses of all clause senses
                chosen[w] = (LEXFILES[lexfile] if c > prev[1] else prev[0], prev[1] + c)
    # a word used more often as a noun than as a verb ("record", "order", "file")
    # would be read as a cue where it names a thing; modal verbs ("will") are
    # function words, not reports
    by_pos = collections.Counter()
    for key, c in counts.items():
        lemma, _, rest = key.partition('%')
        by_pos[(lemma, rest[:1])] += c
    for w in list(chosen):
        # and a verb whose clause-taking senses are a minor part of its uses
        # ("make", "hold", "return") reads literally nearly always
        if w in MODALS or by_pos[(w, '1')] > by_pos[(w, '2')] or chosen[w][1] < args.min_share * by_pos[(w, '2')]:
            del chosen[w]
    pasts = irregular_pasts(args.wordnet)

    lines = []
    for w in sorted(chosen):
        cls, _ = chosen[w]
        # one irregular past when WordNet lists one that is not the regular -ed form
        irr = [p for p in pasts.get(w, []) if not p.endswith('ed') and not p.endswith('ing') and p != w]
        past = irr[0] if irr else ''
        participle = irr[1] if len(irr) > 1 else past
        irregular = f',{past},{participle},' if past else ''
        if not past and w + w[-1] + 'ed' in pasts.get(w, []):
            irregular = '+'  # the final consonant doubles: "admitted"
        lines.append(f'    {{"{w}", wordnet_class::{cls}, "{irregular}"}},')
    out = f'''#pragma once
// GENERATED by tools/lexicon/gen_wordnet_verbs.py from WordNet 3.0 (Princeton
// University; licence notice in WORDNET-LICENSE beside this file). Do not edit:
// rerun the generator. {len(lines)} verbs of communication and cognition whose sense
// takes a that-clause (verb frame 26), seen at least {args.min_count} time(s) in that sense
// in WordNet's semantic concordance, those senses at least {args.min_share} of the verb's
// tagged uses, and tagged as a verb at least as often as a noun.

#include <array>
#include <cstdint>
#include <string_view>

namespace newsprov::text::detail {{

enum class wordnet_class : std::uint8_t {{ communication, cognition }};

struct wordnet_verb {{
    std::string_view lemma;
    wordnet_class cls;
    std::string_view irregular;  ///< as in cue_lemma: ",past,participle," or "+" (doubled consonant); empty: regular
}};

inline constexpr auto wordnet_verbs = std::to_array<wordnet_verb>({{
{chr(10).join(lines)}
}});

}}  // namespace newsprov::text::detail
'''
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, 'w', encoding='utf-8') as f:
        f.write(out)
    print(f'{args.out}: {len(lines)} verbs', file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())

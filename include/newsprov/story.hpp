#pragma once
// Everything a compile-time story needs, and nothing of the run-time document,
// the formats or the extractor: the vocabulary, the rule table, the builders,
// make_story and check. A lighter include than <newsprov/newsprov.hpp>.
//
//   #include <newsprov/story.hpp>
//   constexpr auto s = newsprov::make_story(...);
//   static_assert(newsprov::check(s));

// enforce.hpp first: the compilers print the chain by which the header holding a
// failed rule was first included, and a short chain keeps the rule in line 5.
#include <newsprov/policy/enforce.hpp>
#include <newsprov/story/check.hpp>
#include <newsprov/story/figures.hpp>
#include <newsprov/story/queries.hpp>
#include <newsprov/story/relations.hpp>
#include <newsprov/story/story.hpp>

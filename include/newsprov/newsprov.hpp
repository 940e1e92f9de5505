#pragma once
// Umbrella header: the model, its rules, the run-time document and every format
// it reads and writes. Extraction from text and citation checks have their own
// headers (<newsprov/text/extract.hpp>, <newsprov/text/to_document.hpp>,
// <newsprov/check/check.hpp>), or take everything with <newsprov/all.hpp>: they
// add a third to the cost of a unit that only models stories (docs/compile_time.md).

#include <newsprov/version.hpp>
#include <newsprov/policy/enforce.hpp>  // first: a short include chain in compile errors

#include <newsprov/core/claims.hpp>
#include <newsprov/core/error.hpp>
#include <newsprov/story/figures.hpp>
#include <newsprov/util/fixed_string.hpp>
#include <newsprov/core/kinds.hpp>
#include <newsprov/core/records.hpp>
#include <newsprov/core/sources.hpp>

#include <newsprov/policy/check_records.hpp>
#include <newsprov/policy/concepts.hpp>
#include <newsprov/policy/default_policy.hpp>
#include <newsprov/policy/enforce.hpp>
#include <newsprov/policy/evaluate.hpp>
#include <newsprov/policy/rule.hpp>

#include <newsprov/story/check.hpp>
#include <newsprov/story/queries.hpp>
#include <newsprov/story/relations.hpp>
#include <newsprov/story/report.hpp>
#include <newsprov/story/story.hpp>

#include <newsprov/graph/graph.hpp>

#include <newsprov/json/json.hpp>
#include <newsprov/io/prov_json.hpp>
#include <newsprov/io/prov_n.hpp>
#include <newsprov/io/prov_read.hpp>
#include <newsprov/io/dot.hpp>
#include <newsprov/io/jsonld.hpp>
#include <newsprov/io/turtle.hpp>

#include <newsprov/util/sha256.hpp>

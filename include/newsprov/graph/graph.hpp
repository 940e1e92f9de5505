#pragma once
// The run-time document, its checks and its queries.

#include <newsprov/graph/check.hpp>
#include <newsprov/graph/document.hpp>
#include <newsprov/graph/from_story.hpp>
#include <newsprov/graph/prov_model.hpp>
#include <newsprov/graph/queries.hpp>
#include <newsprov/graph/strings.hpp>

#pragma once
// Everything newsprov offers: the umbrella header, extraction from text and
// citation checks. A unit that only models stories includes newsprov.hpp.

#include <newsprov/newsprov.hpp>

#include <newsprov/text/extract.hpp>
#include <newsprov/text/to_document.hpp>

#include <newsprov/check/check.hpp>

#pragma once
// Citation validation and attribution drift (newsprov::checker): prove declared
// attributions against an article, compare two versions of a story, and report
// the findings as text, JSON or SARIF.

#include <newsprov/check/article.hpp>
#include <newsprov/check/drift.hpp>
#include <newsprov/check/finding.hpp>
#include <newsprov/check/report.hpp>
#include <newsprov/check/sarif.hpp>
#include <newsprov/check/similarity.hpp>
#include <newsprov/check/validate.hpp>

#pragma once
// PROV-N (W3C recommendation, 2013): read and write.
//
//   std::string text = newsprov::to_prov_n(doc);                  // io/prov_n_write.hpp
//   newsprov::story_document doc = newsprov::read_prov_n(text);   // io/prov_n_read.hpp
//
// Include the one you need; this header includes both.

#include <newsprov/io/prov_n_read.hpp>
#include <newsprov/io/prov_n_write.hpp>

#pragma once
// PROV-JSON (W3C member submission, 2013): read and write.
//
//   std::string text = newsprov::to_prov_json(doc);                  // io/prov_json_write.hpp
//   newsprov::story_document doc = newsprov::read_prov_json(text);   // io/prov_json_read.hpp
//
// Include the one you need; this header includes both.

#include <newsprov/io/prov_json_read.hpp>
#include <newsprov/io/prov_json_write.hpp>

#pragma once
// The JSON layer every newsprov reader and writer builds on: a strict RFC 8259
// reader with limits and positioned errors (into a tree, or as a streaming
// cursor), an ordered in-memory value, a streaming writer, and JSON Lines
// records.

#include <newsprov/json/cursor.hpp>
#include <newsprov/json/lines.hpp>
#include <newsprov/json/reader.hpp>
#include <newsprov/json/value.hpp>
#include <newsprov/json/writer.hpp>

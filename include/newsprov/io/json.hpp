#pragma once
// The JSON layer every newsprov reader and writer builds on: a strict RFC 8259
// reader with limits and positioned errors (into a tree, or as a streaming
// cursor), an ordered in-memory value, a streaming writer, and JSON Lines
// records.

#include <newsprov/io/json_cursor.hpp>
#include <newsprov/io/json_lines.hpp>
#include <newsprov/io/json_reader.hpp>
#include <newsprov/io/json_value.hpp>
#include <newsprov/io/json_writer.hpp>

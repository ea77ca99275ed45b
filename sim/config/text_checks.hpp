#pragma once

#include <yaml-cpp/yaml.h>

#include <string>

namespace sim::config {

// Checks of a scenario's text that yaml-cpp does not make. Each is an InputError naming
// `name`, line and column.
// The text must be UTF-8 (YAML's encoding; a stray Latin-1 byte would be stored as is).
void check_utf8(const std::string& text, const std::string& name);
// One YAML document: a `---` line after the first document's content starts a second one,
// which yaml-cpp's Load ignores. (Checked on the text: yaml-cpp 0.7's LoadAll never returns
// on some malformed input.)
void check_single_document(const std::string& text, const std::string& name);
// A quoted value must end where it was meant to: one with no closing quote, or whose quote
// closes only after lines that look like `key:` (a forgotten quote swallowing the keys
// below it), is an error. yaml-cpp accepts both: the keys would silently take defaults.
void check_quotes(const YAML::Node& root, const std::string& text, const std::string& name);

}  // namespace sim::config

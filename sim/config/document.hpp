#pragma once

#include <yaml-cpp/yaml.h>

#include <map>
#include <string>
#include <vector>

namespace sim::config {

// A scenario file as parsed YAML, with `--set key=value` overrides applied, remembering where
// every value came from so that errors can name file, line, column and key.
class Document {
 public:
  // Reads and parses `path`; a missing file or a YAML syntax error is an InputError.
  static Document from_file(const std::string& path);
  static Document from_text(const std::string& text, const std::string& name);

  // Applies "a.b.c=value" (value parsed as YAML). Malformed text is an InputError.
  void apply_override(const std::string& assignment);

  const YAML::Node& root() const { return root_; }
  const std::string& name() const { return name_; }
  const std::string& source_text() const { return source_; }
  // The scenario after overrides, as YAML text (comments are not kept).
  std::string effective_text() const;

  // A path named in the scenario, taken relative to the scenario file's folder (so a
  // scenario and its data files move together); absolute paths are kept.
  std::string resolve(const std::string& path) const;

  // "file:line:column" of a node, or "--set key=value" when the key was overridden.
  std::string where(const std::string& key, const YAML::Node& node) const;
  // Error prefix "where: key 'a.b': ".
  std::string error_at(const std::string& key, const YAML::Node& node) const;

 private:
  Document(YAML::Node root, std::string name, std::string source);

  YAML::Node root_;
  std::string name_;
  std::string source_;
  std::map<std::string, std::string> overrides_;
};

}  // namespace sim::config

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
  // Reads and parses `path`; a missing file or a YAML syntax error is an InputError. A file
  // with a top-level `base: OTHER.yaml` (relative to the file) inherits every key of OTHER
  // that it does not write itself: sections are merged key by key, any other value (a
  // list, a number) is the file's own where it gives one. Errors about an inherited key name
  // the file and line that wrote it. Bases may have bases (at most 8 deep, no cycle).
  static Document from_file(const std::string& path);
  static Document from_text(const std::string& text, const std::string& name);

  // Applies "a.b.c=value" (value parsed as YAML). Malformed text is an InputError.
  void apply_override(const std::string& assignment);
  // Sets the value at a key path, which may index existing lists ("initiatives[2].founded");
  // errors about that key then name `origin` (e.g. "design.csv: row 3, column 2") instead of
  // a line of this file.
  void set(const std::string& key, const YAML::Node& value, const std::string& origin);
  // Removes a top-level key (a block read by someone else, such as `sweep:`); true if present.
  bool remove(const std::string& key);
  // A deep copy: overrides applied to it leave this document unchanged (YAML nodes share
  // their data when copied).
  Document clone() const;

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
  static Document from_file(const std::string& path, int depth);
  void inherit(YAML::Node mine, const YAML::Node& base, const std::string& prefix,
               const Document& from);
  // The file an inherited key path came from, or "" when this file wrote it.
  std::string inherited_from(const std::string& key) const;

  YAML::Node root_;
  std::string name_;
  std::string source_;
  // key path -> where its value came from ("--set a.b=1", "design.csv: row 3, column 2")
  std::map<std::string, std::string> overrides_;
  // key path -> the base file that wrote it (`base:`)
  std::map<std::string, std::string> inherited_;
};

}  // namespace sim::config

#include "sim/config/document.hpp"

#include "sim/core/error.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace sim::config {

Document::Document(YAML::Node root, std::string name, std::string source)
    : root_(std::move(root)), name_(std::move(name)), source_(std::move(source)) {}

Document Document::from_text(const std::string& text, const std::string& name) {
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    throw InputError(name + ":" + std::to_string(e.mark.line + 1) + ":" +
                     std::to_string(e.mark.column + 1) + ": YAML syntax error: " + e.msg);
  }
  if (root.IsNull()) root = YAML::Node(YAML::NodeType::Map);
  if (!root.IsMap())
    throw InputError(name + ": a scenario must be a YAML mapping of keys to values");
  return Document(root, name, text);
}

Document Document::from_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot open scenario file");
  std::ostringstream text;
  text << in.rdbuf();
  return from_text(text.str(), path);
}

void Document::apply_override(const std::string& assignment) {
  const auto eq = assignment.find('=');
  if (eq == std::string::npos || eq == 0)
    throw InputError("--set " + assignment + ": expected key.path=value");
  const std::string key = assignment.substr(0, eq);
  const std::string text = assignment.substr(eq + 1);
  YAML::Node value;
  try {
    value = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    throw InputError("--set " + assignment + ": value is not valid YAML: " + e.msg);
  }
  std::vector<std::string> parts;
  std::stringstream ss(key);
  for (std::string part; std::getline(ss, part, '.');) {
    if (part.empty()) throw InputError("--set " + assignment + ": empty component in key path");
    parts.push_back(part);
  }
  YAML::Node cur = root_;
  std::string prefix;
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    prefix += (i ? "." : "") + parts[i];
    YAML::Node child = cur[parts[i]];
    if (!child.IsDefined() || child.IsNull()) {
      cur[parts[i]] = YAML::Node(YAML::NodeType::Map);
    } else if (!child.IsMap()) {
      throw InputError("--set " + assignment + ": key '" + prefix +
                       "' holds a value, not a section");
    }
    YAML::Node next = cur[parts[i]];
    cur.reset(next);
  }
  cur[parts.back()] = value;
  overrides_[key] = assignment;
}

std::string Document::effective_text() const {
  YAML::Emitter out;
  out << root_;
  return std::string(out.c_str()) + "\n";
}

std::string Document::where(const std::string& key, const YAML::Node& node) const {
  for (const auto& [path, assignment] : overrides_)
    if (key == path || key.starts_with(path + ".")) return "--set " + assignment;
  const YAML::Mark m = node.Mark();
  if (m.is_null()) return name_;
  return name_ + ":" + std::to_string(m.line + 1) + ":" + std::to_string(m.column + 1);
}

std::string Document::error_at(const std::string& key, const YAML::Node& node) const {
  return where(key, node) + ": key '" + key + "': ";
}

std::string Document::resolve(const std::string& path) const {
  const std::filesystem::path p(path);
  if (p.is_absolute()) return path;
  return (std::filesystem::path(name_).parent_path() / p).string();
}

}  // namespace sim::config

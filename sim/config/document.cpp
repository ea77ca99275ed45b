#include "sim/config/document.hpp"

#include "sim/config/text_checks.hpp"
#include "sim/core/error.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace sim::config {

Document::Document(YAML::Node root, std::string name, std::string source)
    : root_(std::move(root)), name_(std::move(name)), source_(std::move(source)) {}

Document Document::from_text(const std::string& text, const std::string& name) {
  check_utf8(text, name);
  check_single_document(text, name);
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
  check_quotes(root, text, name);
  return Document(root, name, text);
}

Document Document::from_file(const std::string& path) {
  return from_file(path, 0);
}

Document Document::from_file(const std::string& path, int depth) {
  if (std::filesystem::is_directory(path))
    throw InputError(path + ": is a folder: name a scenario file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot open scenario file");
  std::ostringstream text;
  text << in.rdbuf();
  Document doc = from_text(text.str(), path);
  const YAML::Node base = doc.root_["base"];
  if (!base) return doc;
  const YAML::Mark m = base.Mark();
  const std::string at = path + ":" + std::to_string(m.line + 1) + ":" +
                         std::to_string(m.column + 1) + ": key 'base': ";
  if (!base.IsScalar() || base.Scalar().empty())
    throw InputError(at + "expected the path of a scenario file");
  if (depth >= 8) throw InputError(at + "more than 8 bases in a chain (is one its own base?)");
  const Document parent = from_file(doc.resolve(base.Scalar()), depth + 1);
  doc.root_.remove("base");
  doc.inherit(doc.root_, parent.root_, "", parent);
  return doc;
}

void Document::inherit(YAML::Node mine, const YAML::Node& base, const std::string& prefix,
                       const Document& from) {
  for (const auto& entry : base) {
    const std::string name = entry.first.Scalar();
    const std::string key = prefix.empty() ? name : prefix + "." + name;
    const YAML::Node own = mine[name];
    if (!own) {
      mine[name] = entry.second;
      const std::string origin = from.inherited_from(key);
      inherited_[key] = origin.empty() ? from.name_ : origin;
    } else if (own.IsMap() && entry.second.IsMap()) {
      inherit(own, entry.second, key, from);
    }
  }
}

std::string Document::inherited_from(const std::string& key) const {
  for (const auto& [path, file] : inherited_)
    if (key == path || key.starts_with(path + ".") || key.starts_with(path + "[")) return file;
  return "";
}

void Document::apply_override(const std::string& assignment) {
  const auto eq = assignment.find('=');
  if (eq == std::string::npos || eq == 0)
    throw InputError("--set " + assignment + ": expected key.path=value");
  const std::string text = assignment.substr(eq + 1);
  YAML::Node value;
  try {
    value = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    throw InputError("--set " + assignment + ": value is not valid YAML: " + e.msg);
  }
  set(assignment.substr(0, eq), value, "--set " + assignment);
}

namespace {

// "norms[2][0]" -> name "norms", indices {2, 0}; false when the brackets are malformed.
bool split_indices(std::string part, std::string& name, std::vector<std::size_t>& indices) {
  indices.clear();
  while (part.ends_with(']')) {
    const auto open = part.rfind('[');
    if (open == std::string::npos || open + 2 > part.size() - 1) return false;
    const std::string digits = part.substr(open + 1, part.size() - open - 2);
    if (digits.find_first_not_of("0123456789") != std::string::npos) return false;
    indices.insert(indices.begin(), std::stoul(digits));
    part.resize(open);
  }
  name = part;
  return !name.empty() && name.find_first_of("[]") == std::string::npos;
}

}  // namespace

void Document::set(const std::string& key, const YAML::Node& value, const std::string& origin) {
  std::vector<std::string> parts;
  std::stringstream ss(key);
  for (std::string part; std::getline(ss, part, '.');) {
    if (part.empty()) throw InputError(origin + ": empty component in key path '" + key + "'");
    parts.push_back(part);
  }
  if (parts.empty() || key.ends_with('.'))
    throw InputError(origin + ": empty component in key path '" + key + "'");
  YAML::Node cur = root_;
  std::string prefix;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::string name;
    std::vector<std::size_t> indices;
    if (!split_indices(parts[i], name, indices))
      throw InputError(origin + ": malformed key path component '" + parts[i] + "'");
    prefix += (i ? "." : "") + name;
    const bool last = i + 1 == parts.size();
    if (last && indices.empty()) {
      cur[name] = value;
      break;
    }
    YAML::Node child = cur[name];
    if (indices.empty()) {
      if (!child.IsDefined() || child.IsNull()) {
        cur[name] = YAML::Node(YAML::NodeType::Map);
      } else if (!child.IsMap()) {
        throw InputError(origin + ": key '" + prefix + "' holds a value, not a section");
      }
      YAML::Node next = cur[name];
      cur.reset(next);
      continue;
    }
    YAML::Node node = child;
    for (std::size_t j = 0; j < indices.size(); ++j) {
      if (!node.IsSequence() || indices[j] >= node.size())
        throw InputError(
            origin + ": key '" + prefix + "[" + std::to_string(indices[j]) +
            "]': no such list item" +
            (node.IsSequence() ? " (the list has " + std::to_string(node.size()) + " items)" : ""));
      prefix += "[" + std::to_string(indices[j]) + "]";
      if (last && j + 1 == indices.size()) {
        node[indices[j]] = value;
        break;
      }
      YAML::Node item = node[indices[j]];
      node.reset(item);
    }
    if (last) break;
    if (!node.IsMap()) throw InputError(origin + ": key '" + prefix + "' is not a section");
    cur.reset(node);
  }
  overrides_[key] = origin;
}

bool Document::remove(const std::string& key) {
  return root_.remove(key);
}

Document Document::clone() const {
  Document copy(YAML::Clone(root_), name_, source_);
  copy.overrides_ = overrides_;
  copy.inherited_ = inherited_;
  return copy;
}

std::string Document::effective_text() const {
  YAML::Emitter out;
  out << root_;
  return std::string(out.c_str()) + "\n";
}

std::string Document::where(const std::string& key, const YAML::Node& node) const {
  // The override of a section or list is where everything inside it came from
  // ("a.b" for "a.b.c", "a.list" for "a.list[2]").
  for (const auto& [path, assignment] : overrides_)
    if (key == path || key.starts_with(path + ".") || key.starts_with(path + "["))
      return assignment;
  const std::string inherited = inherited_from(key);
  const std::string& file = inherited.empty() ? name_ : inherited;
  const YAML::Mark m = node.IsDefined() ? node.Mark() : YAML::Mark::null_mark();
  if (m.is_null()) {
    // Not in the file: a section an override created ("a" for --set a.b=1, a typo in a
    // sweep parameter's path included) is where that override came from.
    for (const auto& [path, assignment] : overrides_)
      if (path.starts_with(key + ".") || path.starts_with(key + "[")) return assignment;
    return file;
  }
  return file + ":" + std::to_string(m.line + 1) + ":" + std::to_string(m.column + 1);
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

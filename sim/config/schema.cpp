#include "sim/config/schema.hpp"

#include "sim/config/suggest.hpp"

#include <sstream>

namespace sim::config {

YAML::Node find_node(const YAML::Node& root, const std::string& key) {
  YAML::Node cur;
  cur.reset(root);
  std::stringstream ss(key);
  for (std::string part; std::getline(ss, part, '.');) {
    if (!cur.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
    const YAML::Node& parent = cur;
    YAML::Node child = parent[part];
    if (!child.IsDefined()) return child;
    cur.reset(child);
  }
  return cur;
}

void throw_unknown_key(const Document& doc, const std::string& key, const YAML::Node& key_node,
                       const std::vector<std::string>& siblings) {
  const std::string last = key.substr(key.rfind('.') == std::string::npos ? 0 : key.rfind('.') + 1);
  const std::string hint = closest(last, siblings);
  std::string message = doc.error_at(key, key_node) + "unknown key";
  if (!hint.empty()) {
    const std::string parent =
        key.size() > last.size() ? key.substr(0, key.size() - last.size()) : "";
    message += " (did you mean '" + parent + hint + "'?)";
  }
  throw InputError(message);
}

}  // namespace sim::config

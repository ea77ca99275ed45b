#include "sim/config/schema.hpp"

#include "sim/config/suggest.hpp"

#include <sstream>
#include <vector>

namespace sim::config {

YAML::Node find_node(const YAML::Node& root, const std::string& key) {
  YAML::Node cur;
  cur.reset(root);
  std::stringstream ss(key);
  for (std::string part; std::getline(ss, part, '.');) {
    std::vector<std::size_t> indices;
    while (part.ends_with(']') && part.find('[') != std::string::npos) {
      const auto open = part.rfind('[');
      indices.insert(indices.begin(), std::stoul(part.substr(open + 1, part.size() - open - 2)));
      part.resize(open);
    }
    if (!cur.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
    const YAML::Node& parent = cur;
    YAML::Node child = parent[part];
    if (!child.IsDefined()) return child;
    cur.reset(child);
    for (const std::size_t i : indices) {
      if (!cur.IsSequence() || i >= cur.size()) return YAML::Node(YAML::NodeType::Undefined);
      const YAML::Node& list = cur;
      YAML::Node item = list[i];
      cur.reset(item);
    }
  }
  return cur;
}

YAML::Node nearest_node(const YAML::Node& root, const std::string& key) {
  for (std::string k = key;;) {
    YAML::Node n = find_node(root, k);
    if (n.IsDefined()) return n;
    const auto cut = k.find_last_of(".[");
    if (cut == std::string::npos || cut == 0) return root;
    k.resize(cut);
  }
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

#include "sim/sweep/sweep_block.hpp"

#include "sim/config/schema.hpp"

#include <cmath>

namespace sim::sweep {
namespace {

// A whole number >= low, or an error at the key.
std::int64_t read_count(const SweepBlock& b, const std::string& key, const YAML::Node& n,
                        std::int64_t low) {
  double v = 0;
  if (!n.IsScalar() || !YAML::convert<double>::decode(n, v) || v != std::floor(v) ||
      v < static_cast<double>(low) || v > static_cast<double>(kMaxRuns))
    b.fail(key, n,
           "expected a whole number >= " + std::to_string(low) + ", got '" +
               (n.IsScalar() ? n.Scalar() : std::string("a list or section")) + "'");
  return static_cast<std::int64_t>(v);
}

}  // namespace

std::uint64_t seed_value(const std::string& where, std::optional<double> value,
                         const std::string& text) {
  if (!value || *value != std::floor(*value) || *value < 0 || *value > 0x1.0p53)
    throw InputError(where + "a seed must be a whole number in [0, 2^53], got '" + text + "'");
  return static_cast<std::uint64_t>(*value);
}

std::uint64_t read_seed(const std::string& where, const std::string& text) {
  double v = 0;
  const bool number = YAML::convert<double>::decode(YAML::Node(text), v);
  return seed_value(where, number ? std::optional<double>(v) : std::nullopt, text);
}

namespace {

void flatten(const SweepBlock& b, const YAML::Node& map, const std::string& prefix,
             std::vector<std::pair<std::string, YAML::Node>>& out) {
  for (auto it = map.begin(); it != map.end(); ++it) {
    const YAML::Node key = it->first;
    const YAML::Node value = it->second;
    if (!key.IsScalar()) b.fail(prefix, key, "keys must be plain names");
    const std::string path = prefix.empty() ? key.Scalar() : prefix + "." + key.Scalar();
    for (const auto& [seen, node] : out)
      if (seen == path) b.fail("parameters." + path, key, "given twice; remove one");
    if (value.IsMap())
      flatten(b, value, path, out);
    else
      out.emplace_back(path, value);
  }
}

}  // namespace

SweepBlock read_block(const config::Document& doc) {
  const YAML::Node node = config::find_node(doc.root(), "sweep");
  if (!node.IsDefined())
    throw InputError(doc.name() + ": no `sweep:` block (see the README, \"Sweeps\")");
  SweepBlock b;
  b.doc = &doc;
  b.block = node;
  if (!node.IsMap()) b.fail("", node, "expected a section of keys");
  static const std::vector<std::string> known = {"design", "parameters", "replicates",
                                                 "seeds",  "samples",    "file"};
  for (auto it = node.begin(); it != node.end(); ++it) {
    const YAML::Node key = it->first;
    const YAML::Node value = it->second;
    const std::string name = key.IsScalar() ? key.Scalar() : "";
    if (name == "design") {
      static const std::vector<std::pair<std::string, DesignKind>> kinds = {
          {"grid", DesignKind::kGrid},
          {"lhs", DesignKind::kLhs},
          {"sobol", DesignKind::kSobol},
          {"random", DesignKind::kRandom},
          {"csv", DesignKind::kCsv}};
      bool found = false;
      for (const auto& [n, k] : kinds)
        if (value.IsScalar() && value.Scalar() == n) {
          b.kind = k;
          found = true;
        }
      if (!found)
        b.fail(name, value,
               "expected one of grid, lhs, sobol, random, csv, got '" +
                   (value.IsScalar() ? value.Scalar() : "a list or section") + "'");
    } else if (name == "parameters") {
      if (!value.IsMap()) b.fail(name, value, "expected a section of key paths");
      flatten(b, value, "", b.parameters);
    } else if (name == "replicates") {
      b.replicates = read_count(b, name, value, 1);
      b.has_replicates = true;
    } else if (name == "seeds") {
      if (!value.IsSequence() || value.size() == 0)
        b.fail(name, value, "expected a non-empty list of seeds");
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value[i].IsScalar())
          b.fail(name + "[" + std::to_string(i) + "]", value[i], "expected a seed");
        b.seeds.push_back(read_seed(
            doc.error_at("sweep.seeds[" + std::to_string(i) + "]", value[i]), value[i].Scalar()));
      }
    } else if (name == "samples") {
      b.samples = read_count(b, name, value, 1);
      b.samples_node = value;
    } else if (name == "file") {
      if (!value.IsScalar()) b.fail(name, value, "expected a file name");
      b.file = value.Scalar();
      b.file_node = value;
    } else {
      config::throw_unknown_key(doc, "sweep." + name, key, known);
    }
  }
  if (b.has_replicates && !b.seeds.empty())
    b.fail("seeds", node["seeds"], "give either replicates or seeds, not both");
  return b;
}

}  // namespace sim::sweep

#pragma once

// The `sweep:` block as written (see sweep_spec.hpp for its keys), read with the document it
// came from so that every later error can name the file, line and key. Internal to sweeps.

#include "sim/config/document.hpp"
#include "sim/core/error.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sim::sweep {

enum class DesignKind { kGrid, kLhs, kSobol, kRandom, kCsv };

inline constexpr std::int64_t kMaxRuns = std::int64_t{1} << 31;

// The sweep block as written, with the document it came from for error locations.
struct SweepBlock {
  const config::Document* doc = nullptr;
  YAML::Node block;  // the sweep section itself
  DesignKind kind = DesignKind::kGrid;
  std::int64_t replicates = 1;
  bool has_replicates = false;
  std::vector<std::uint64_t> seeds;
  std::int64_t samples = 0;
  std::optional<YAML::Node> samples_node;  // where `samples` and `file` were written, if so
  std::string file;
  std::optional<YAML::Node> file_node;
  std::vector<std::pair<std::string, YAML::Node>> parameters;  // flattened, in file order

  [[noreturn]] void fail(const std::string& key, const YAML::Node& node,
                         const std::string& message) const {
    throw InputError(doc->error_at("sweep." + key, node) + message);
  }
  std::string where(const std::string& key, const YAML::Node& node) const {
    return doc->where("sweep." + key, node);
  }
};

// Reads the top-level `sweep` block of `doc`; InputError at the offending key when it is
// missing or malformed. `doc` must outlive the SweepBlock.
SweepBlock read_block(const config::Document& doc);

// `where` prefixes the message ("file:3:5: key 'sweep.seeds[0]': ").
std::uint64_t read_seed(const std::string& where, const std::string& text);
// As read_seed, for a seed already read as a number (nothing: `text` is not a number), as
// a CSV design table's `seed` column is: a whole number in [0, 2^53], else an error.
std::uint64_t seed_value(const std::string& where, std::optional<double> value,
                         const std::string& text);

}  // namespace sim::sweep

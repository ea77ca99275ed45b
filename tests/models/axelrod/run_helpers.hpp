#pragma once

#include "models/axelrod/model.hpp"
#include "sim/io/reader.hpp"
#include "sim/run/run_model.hpp"
#include "tests/scratch.hpp"

#include <string>
#include <vector>

namespace axelrod_test {

// Runs a shipped scenario (path relative to the repository) into a temporary file; the name
// carries the process id, so test runs from several checkouts at once do not collide.
inline std::string run_scenario(const std::string& scenario, const std::vector<std::string>& sets,
                                std::uint64_t seed, int threads, const std::string& out_name) {
  const auto s = sim::config::load_scenario(std::string(NORMSIM_SOURCE_DIR) + "/" + scenario, sets);
  const std::string out = normsim_test::scratch_path(out_name).string();
  sim::run_model<axelrod::Model>(s, {out, seed, threads, true, {}});
  return out;
}

}  // namespace axelrod_test

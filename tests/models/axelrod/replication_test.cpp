#include "run_helpers.hpp"

#include <gtest/gtest.h>

namespace {

std::string outcome(const std::string& scenario, std::uint64_t seed) {
  const std::string name = std::filesystem::path(scenario).stem().string();
  const std::string out =
      axelrod_test::run_scenario(scenario, {}, seed, 1, "normsim_replication_" + name + ".h5");
  const std::string o = sim::io::Reader(out).string_value("/summary/outcome");
  std::filesystem::remove(out);
  return o;
}

// Axelrod (1986): in the norms game vengefulness decays, then boldness takes over.
TEST(AxelrodReplication, NormsGameCollapsesInMostRunsByGeneration1000) {
  int collapsed = 0;
  const int runs = 30;
  for (int seed = 1; seed <= runs; ++seed)
    collapsed += outcome("scenarios/axelrod/norms.yaml", seed) == "collapsed";
  EXPECT_GT(collapsed, runs / 2) << collapsed << " of " << runs << " collapsed";
}

// Axelrod (1986): with metanorms the norm is established.
TEST(AxelrodReplication, MetanormsGameEstablishesTheNormInMostRunsAtGeneration100) {
  int established = 0;
  const int runs = 30;
  for (int seed = 1; seed <= runs; ++seed)
    established += outcome("scenarios/axelrod/metanorms.yaml", seed) == "established";
  EXPECT_GT(established, runs / 2) << established << " of " << runs << " established";
}

}  // namespace

// Calibration recovers known parameters: the Axelrod norms game run at chosen parameters
// gives the "observed" record (mean boldness and vengefulness over its replicates), and a
// calibration from wide ranges finds the parameters again. 300 agents: with 100 the mean
// series are rough enough that the best point of 240 evaluations came from the random first
// generations; with 300 CMA-ES closes in (best at evaluation 214, D 2.3 against 0 at the
// truth). Mutation rate and temptation trade off against each other, hence the tolerance.
// About 8 s of CPU.

#include "models/axelrod/model.hpp"
#include "sim/calibrate/calibration.hpp"
#include "sim/calibrate/moments.hpp"
#include "sim/sweep/run_in_memory.hpp"
#include "tests/scratch.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

namespace {

namespace cal = sim::calibrate;

constexpr const char* kScenario =
    "model: axelrod\nseed: 3\npopulation: 300\ngenerations: 60\nobservers: 10\n"
    "mutation_rate: 0.01\npayoff: {temptation: 3, hurt: -1, punishment: -9, enforcement: -2}\n";

struct World {
  sim::sweep::SweepPlan plan;
  std::vector<cal::FreeParameter> free;
  std::vector<std::uint64_t> seeds;
  sim::sweep::RunOne run = sim::sweep::in_memory_runner<axelrod::Model>();

  World() {
    plan.scenarios = {
        {sim::config::Document::from_text(kScenario, "recovery.yaml"), {"axelrod", 3, "", {}}}};
    free = {cal::parse_free("mutation_rate=0.001:0.1"), cal::parse_free("payoff.temptation=0.5:8")};
    for (const auto& f : free) plan.parameters.push_back(f.key);
    for (std::int64_t r = 0; r < 4; ++r) seeds.push_back(sim::sweep::derive_seed(3, r));
  }

  // Each replicate's runs at `values`, handed to `each`.
  void runs(const std::vector<double>& values,
            const std::function<void(std::size_t, sim::io::RunRecord&&)>& each) {
    plan.rows.clear();
    for (std::size_t r = 0; r < seeds.size(); ++r)
      plan.rows.push_back({std::ssize(plan.rows), seeds[r], 0, cal::assignments(free, values)});
    sim::sweep::run_plan(plan, run, {2, 1, false, {}},
                         [&](const sim::sweep::PlanRow& row, sim::io::RunRecord&& record) {
                           each(static_cast<std::size_t>(row.index), std::move(record));
                         });
  }
};

TEST(Calibration, RecoversKnownParametersOfTheAxelrodModel) {
  World world;
  const std::vector<double> truth = {0.02, 3.0};
  // The observed record: both series at every 5th generation, averaged over the replicates.
  std::vector<std::string> at;
  for (int t = 4; t < 60; t += 5) at.push_back(std::to_string(t));
  std::vector<std::vector<double>> bold(4), venge(4);
  world.runs(truth, [&](std::size_t r, sim::io::RunRecord&& record) {
    const auto b = cal::quantity_values({"mean_boldness", "", cal::Reduce::kSum}, record);
    const auto v = cal::quantity_values({"mean_vengefulness", "", cal::Reduce::kSum}, record);
    for (const auto& s : at) {
      bold[r].push_back(b[std::stoul(s)]);
      venge[r].push_back(v[std::stoul(s)]);
    }
  });
  const auto list = [](const std::vector<std::string>& v) {
    std::string out = "[";
    for (const auto& s : v) out += (out.size() > 1 ? ", " : "") + s;
    return out + "]";
  };
  const auto observed = [&](const std::vector<std::vector<double>>& runs) {
    std::vector<std::string> out;
    for (double x : cal::mean_moments(runs)) out.push_back(std::to_string(x));
    return out;
  };
  const auto path = normsim_test::scratch_path("recovery_targets.yaml").string();
  std::ofstream(path) << "targets:\n"
                      << "  - {name: boldness, series: mean_boldness, sd: 0.02, at: " << list(at)
                      << ", observed: " << list(observed(bold)) << "}\n"
                      << "  - {name: vengefulness, series: mean_vengefulness, sd: 0.02, at: "
                      << list(at) << ", observed: " << list(observed(venge)) << "}\n";
  const auto targets = cal::read_targets(path, cal::Calendar::of(world.plan.scenarios[0].doc));

  const auto simulate = [&](const std::vector<double>& values) {
    std::vector<std::vector<double>> moments(world.seeds.size());
    world.runs(values, [&](std::size_t r, sim::io::RunRecord&& record) {
      moments[r] = cal::run_moments(targets, record);
    });
    return std::optional(moments);
  };
  const auto outcome = cal::search(targets, world.free, {cal::Algorithm::kCmaes, 11, 240, 12}, {},
                                   simulate, [](const cal::Evaluation&, bool) {});
  ASSERT_EQ(outcome.evaluations.size(), 240u);
  const auto& best = outcome.evaluations[cal::best_index(outcome.evaluations)];
  // Tolerance: a tenth of each range (0.099 and 7.5 wide).
  EXPECT_NEAR(best.values[0], truth[0], 0.0099) << "D " << best.distance.total;
  EXPECT_NEAR(best.values[1], truth[1], 0.75) << "D " << best.distance.total;
}

}  // namespace

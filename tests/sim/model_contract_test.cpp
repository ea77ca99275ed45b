#include "sim/run/model_contract.hpp"

#include <gtest/gtest.h>

namespace {

// A toy model that meets the contract, and variants that each miss one part of it: the
// concept must tell them apart, so that a model's static_assert(sim::Model<M>) means something.
struct ToyParams {
  std::int64_t steps = 1;
};

struct ToySimulation {
  ToySimulation(const ToyParams&, std::uint64_t, const sim::Executor&, sim::io::Recorder&) {}
  std::int64_t steps() const { return 1; }
  void step(std::int64_t) {}
  void finish() {}
  std::string summary() const { return ""; }
  std::vector<sim::PhaseTime> timings() const { return {}; }
};

struct NoFinish {
  NoFinish(const ToyParams&, std::uint64_t, const sim::Executor&, sim::io::Recorder&) {}
  std::int64_t steps() const { return 1; }
  void step(std::int64_t) {}
  std::string summary() const { return ""; }
  std::vector<sim::PhaseTime> timings() const { return {}; }
};

template <class S, bool with_draws_version>
struct Toy {
  using Params = ToyParams;
  using Simulation = S;
  static constexpr const char* kName = "toy";
  static constexpr const char* kSummary = "a toy";
  static constexpr const char* kStepsKey = "steps";
  static constexpr const char* kStepUnit = "step";
  static const sim::config::Schema<Params>& schema();
};

template <class S>
struct Toy<S, true> : Toy<S, false> {
  static constexpr std::int64_t kDrawsVersion = 1;
};

TEST(ModelContract, TellsAModelFromOneMissingAPart) {
  EXPECT_TRUE((sim::Model<Toy<ToySimulation, true>>));
  EXPECT_FALSE((sim::Model<Toy<ToySimulation, false>>));  // no kDrawsVersion
  EXPECT_FALSE((sim::Model<Toy<NoFinish, true>>));        // a simulation without finish()
  EXPECT_FALSE(sim::Model<ToyParams>);                    // not a model at all
}

}  // namespace

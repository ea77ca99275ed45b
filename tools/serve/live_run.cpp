#include "tools/serve/live_run.hpp"

#include "models/axelrod/model.hpp"
#include "models/cybernorms/model.hpp"
#include "sim/core/error.hpp"
#include "sim/io/recorder.hpp"
#include "sim/run/run_model.hpp"
#include "sim/schedule/executor.hpp"
#include "tools/serve/cyber_ticker.hpp"
#include "tools/serve/cyber_world.hpp"

#include <optional>

namespace serve {
namespace {

// The model-specific parts: a run's size, and its ticker and world view where it has them.
std::int64_t agents_of(const axelrod::Params& p) {
  return p.population;
}
std::int64_t agents_of(const cybernorms::Params& p) {
  return p.agents();
}

template <class M>
class ModelRun final : public LiveRun {
 public:
  ModelRun(const typename M::Params& params, std::uint64_t seed)
      : params_(params),
        executor_(1),
        recorder_(record_),
        simulation_(params_, seed, executor_, recorder_) {
    record_.seed = seed;
    if constexpr (std::is_same_v<M, cybernorms::Model>) ticker_.emplace(params_);
  }

  bool step() override {
    if (done_ >= simulation_.steps()) return false;
    simulation_.step(done_++);
    if constexpr (std::is_same_v<M, cybernorms::Model>) ticker_->after_step(record_, events_);
    return true;
  }
  std::int64_t steps_done() const override { return done_; }
  std::int64_t steps_total() const override { return simulation_.steps(); }
  const sim::io::RunRecord& record() const override { return record_; }
  const std::vector<TickerEvent>& ticker() const override { return events_; }

  nlohmann::json world(int norm) const override {
    if constexpr (std::is_same_v<M, cybernorms::Model>) {
      const int k = norm >= 0 && norm < simulation_.world().norms ? norm : 0;
      return cyber_world(params_, simulation_.world(), simulation_.state(), k);
    } else {
      (void)norm;
      return nullptr;
    }
  }

 private:
  // Declared in construction order: the simulation keeps references to all of them.
  typename M::Params params_;
  sim::io::RunRecord record_;
  sim::Executor executor_;
  sim::io::Recorder recorder_;
  typename M::Simulation simulation_;
  std::int64_t done_ = 0;
  std::vector<TickerEvent> events_;
  std::optional<CyberTicker> ticker_;  // cybernorms only
};

template <class M>
std::unique_ptr<LiveRun> start(const sim::config::Scenario& scenario, std::uint64_t seed,
                               const RunLimits& limits) {
  const typename M::Params params = sim::parse_params<M>(scenario);
  const std::int64_t agents = agents_of(params);
  if (agents > limits.max_agents)
    throw sim::InputError(scenario.doc.name() + ": " + std::to_string(agents) +
                          " agents; `normsim serve` builds at most " +
                          std::to_string(limits.max_agents) + " (--max-agents)");
  auto run = std::make_unique<ModelRun<M>>(params, seed);
  if (run->steps_total() > limits.max_steps)
    throw sim::InputError(scenario.doc.name() + ": " + std::to_string(run->steps_total()) +
                          " steps; `normsim serve` runs at most " +
                          std::to_string(limits.max_steps) + " (--max-steps)");
  return run;
}

}  // namespace

std::unique_ptr<LiveRun> start_run(const sim::config::Scenario& scenario, std::uint64_t seed,
                                   const RunLimits& limits) {
  const std::string& model = scenario.engine.model;
  if (model == cybernorms::Model::kName) return start<cybernorms::Model>(scenario, seed, limits);
  if (model == axelrod::Model::kName) return start<axelrod::Model>(scenario, seed, limits);
  throw sim::InputError(scenario.doc.name() + ": model '" + model +
                        "' has no live view in `normsim serve`");
}

}  // namespace serve
